"""Review findings on fix41f: a "then" after an inner speaker's quotation ends the inner report, not the outer
one that holds it ('Witnesses said the gunman shouted "get down," then fired'); a day or month after "a
statement" dates the statement, it does not speak ("A statement Friday said")."""

from __future__ import annotations

from tests.attribution.examples import attributions

SHOUTED = "Witnesses said the gunman shouted \u201cget down,\u201d then fired twice into the crowd."
DATED = (
    "A statement Friday said the army would withdraw from the border by the end of the month. In a statement "
    "Tuesday, the ministry said the talks would resume."
)


def test_the_outer_report_keeps_the_inner_speakers_next_act():
    (outer,) = [a for a in attributions(SHOUTED) if a["cue"] == "said"]
    assert outer["pieces"][0].endswith("fired twice into the crowd."), outer


def test_the_inner_report_ends_before_then():
    (inner,) = [a for a in attributions(SHOUTED) if a["cue"] == "shouted"]
    assert inner["pieces"] == ["\u201cget down,\u201d"], inner


def test_a_day_after_a_statement_is_no_speaker():
    speakers = {a["speaker"] for a in attributions(DATED)}
    assert "Friday" not in speakers and "Tuesday" not in speakers, speakers
