"""Blind round 37 (fix37f): after "told", a plural noun that names people by what they do ("jurors",
"investors", "senators") and is followed by a subject pronoun is the listener, not the start of the
words: "told jurors they were not to ...". Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_plural_agent_noun_before_a_subject_pronoun_is_the_listener():
    (a,) = attributions("Judge Amira Stone told jurors they were not to read anything into the delay.")
    assert a["speaker"] == "Amira Stone"
    assert a["pieces"] == ["they were not to read anything into the delay."]


def test_with_a_determiner_too():
    (a,) = attributions("The chief executive, Paul Okoro, told the auditors he would not sell the stake.")
    assert a["speaker"] == "Paul Okoro"
    assert a["pieces"][0].startswith("he would not sell")


def test_a_thing_told_before_a_relative_clause_is_no_listener():
    found = attributions("Marta Vine told the stories she had heard as a child in the village.")
    assert all(not a["pieces"][0].startswith("she had heard") for a in found)
