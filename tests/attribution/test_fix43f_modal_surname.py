"""Blind round 43 (fix43f): a surname spelt like an auxiliary ("May", "Can", "Will") after an inverted
cue that ends the sentence ('"C?" asked May.') is the speaker: no auxiliary ends a sentence after a
speech verb. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_modal_surname_after_an_inverted_cue_ends_the_sentence():
    found = attributions(
        "Trustee Alice May questioned the museum director about the loan.\n\n"
        "“The paintings left the building in June. Why was nobody told until October?” asked May."
    )
    (a,) = [a for a in found if "The paintings left" in a["pieces"][0]]
    assert a["speaker"] == "Alice May"
    assert a["kind"] == "direct"
