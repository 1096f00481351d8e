"""Blind round 44 (fix44f): "told <listener> he ran back to check that ...": when the words told have
already begun after the listener with their own verb, a later "that" is inside them, not the start of
what was told. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_that_after_the_told_clause_verb_is_inside_the_words():
    found = attributions(
        "A hiker, Lena Ortiz, thanked the rescue team. Ortiz told KXAN News the guide crawled back along "
        "the ledge to make sure that nobody was left behind.\n\nThe trail reopened on Sunday."
    )
    (a,) = [a for a in found if any("nobody was left behind" in p for p in a["pieces"])]
    assert a["speaker"] == "Lena Ortiz"
    assert a["cue"] == "told"
    assert a["pieces"][0].startswith("the guide crawled back")
