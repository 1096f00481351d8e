"""Blind round 47 (fix47f): an unnamed source with a post-modifier that tells how it stands to a matter ("a
buyer *privy to* the terms", "a dealer *briefed on* the sale") keeps the post-modifier: the object of the
preposition is not the speaker, and the participle is not the verb of a quotation before it. Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_source_privy_to_a_matter_is_the_whole_phrase():
    found = attributions(
        "The museum would not put a figure on the sale of its only Turner. Yet a collector privy to the terms said "
        "the painting would leave the country before June."
    )
    (a,) = [a for a in found if "leave the country" in a["pieces"][0]]
    assert a["speaker"] == "a collector privy to the terms"


def test_a_participle_and_its_preposition_after_a_quotation_are_no_cue():
    found = attributions(
        "“It fetched twice the estimate and nobody in the room haggled,” a dealer briefed on the auction told "
        "reporters on the steps of the gallery."
    )
    (a,) = [a for a in found if "twice the estimate" in a["pieces"][0]]
    assert a["cue"] == "told"
    assert a["speaker"] == "a dealer briefed on the auction"
