"""nest47 (issue 23): a report coordinated after another's words ("declined to comment and Senator Brannigan
later said C") stands beside that report, not inside it: the first content ends before the coordinator, and
the second report has no parent. PolNeAR never nests one attribution in another's content (not one of
19,831 train cues lies inside another content). A bare "and" between two subjects of the reported clause
("said the band and producer Lee Park have said ...") cuts nothing. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def _by_cue(found: list[dict], cue: str) -> dict:
    (a,) = [a for a in found if a["cue"] == cue]
    return a


def test_a_coordinated_report_ends_the_content_before_it():
    found = attributions(
        "The ministry declined to give details and Senator Maren Brannigan later said the deal had collapsed.\n\n"
        "Talks may resume."
    )
    declined = _by_cue(found, "declined")
    assert declined["pieces"] == ["to give details"]
    said = _by_cue(found, "said")
    assert said["speaker"] == "Maren Brannigan"
    assert said["pieces"] == ["the deal had collapsed."]
    assert said["parent"] is None


def test_but_before_a_second_speaker_ends_the_first_content():
    found = attributions(
        "The rebel group claimed responsibility for the ambush but Governor Ana Ruiz has said the attackers "
        "were local smugglers.\n\nThe road reopened on Sunday."
    )
    assert _by_cue(found, "claimed")["pieces"] == ["responsibility for the ambush"]
    assert _by_cue(found, "said")["parent"] is None


def test_and_between_two_subjects_of_the_reported_clause_cuts_nothing():
    found = attributions(
        "Ms. Holt said the band and producer Lee Park have said little about the record.\n\nThe tour starts in June."
    )
    (outer,) = [a for a in found if a["speaker"] == "Holt"]
    assert outer["pieces"] == ["the band and producer Lee Park have said little about the record."]
