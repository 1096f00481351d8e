"""Blind round 42 (fix42f): a noun phrase and a finite cue set off by a comma at a sentence's end ("..., the
clinic adds.") attribute the clause before them; they are no content of a verb before that comma (a passive
"have been released" proposed "the clinic adds." as what was released, and that rival hid the report).
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_present_tense_closing_cue_after_a_passive_credits_the_clause():
    found = attributions(
        "Two passengers, a man in his 40s and a young girl, were treated for smoke inhalation and have been released, the clinic adds."
    )
    (a,) = [a for a in found if "smoke inhalation" in a["pieces"][0]]
    assert a["speaker"] == "the clinic"
    assert a["cue"] == "adds"
    assert a["kind"] == "indirect"


def test_a_said_clause_ending_in_a_reported_cue_keeps_its_content():
    found = attributions("The coach said the referee had spoken.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["pieces"] == ["the referee had spoken."]
