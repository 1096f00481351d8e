"""Blind round 43 (fix43f): a surname spelt like an auxiliary ("May", "Can", "Were") after an inverted
cue that ends the sentence ('"C?" asked May.') is the speaker: no auxiliary ends a sentence after a
speech verb. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_modal_surname_after_an_inverted_cue_ends_the_sentence():
    found = attributions(
        "Councillor Ruth May pressed the treasurer on the budget.\n\n"
        "“Families wait months for a permit. How did this firm get one in a week?” asked May."
    )
    (a,) = [a for a in found if "Families wait months" in a["pieces"][0]]
    assert a["speaker"] == "Ruth May"
    assert a["kind"] == "direct"
