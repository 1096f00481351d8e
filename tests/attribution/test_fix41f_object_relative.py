"""Blind round 41 (fix41f): in "The letter, which the newspaper has seen, says C" the relative pronoun is the
object of "seen", so "seen" has no content: C is the letter's, not the subject of the relative clause's.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals


def test_the_subject_of_an_object_relative_clause_is_no_source():
    found = attributions(
        "The mayor sent a memo to the council on Friday. The memo, which the Gazette has seen, says the city "
        "\u201ccannot afford another year of delay\u201d on the bridge."
    )
    (a,) = [a for a in found if any("another year of delay" in p for p in a["pieces"])]
    assert a["mention"] == "The memo"
    assert a["pieces"][0].startswith("the city")


def test_the_relative_clause_verb_proposes_nothing():
    found = proposals(
        "Senator Ruth Alden wrote to the committee last week. The letter, which Reuters has seen, says the party "
        "“has waited too long to act” on the budget."
    )
    assert [cue for _, _, cue, _ in found if cue in ("seen", "says")] == ["says"]


def test_a_report_in_a_relative_clause_still_stands():
    found = attributions("The mayor, who said the bridge would open in May, was not at the meeting on Friday evening.")
    (a,) = [a for a in found if "would open in May" in a["pieces"][0]]
    assert (a["cue"], a["mention"], a["speaker"]) == ("said", "who", "the mayor")
