"""Blind round 44 (fix44f): "told <listener> a neighbour climbed up to be sure that ...": when the words told
have already begun after the listener with their own verb, a later "that" is inside them, not the start of
what was told. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_that_after_the_told_clause_verb_is_inside_the_words():
    found = attributions(
        "The bakery on Mill Lane burned overnight. Its owner, Marta Quill, praised the fire crew. Quill told the "
        "Gazette a neighbour climbed onto the roof to be sure that the flames had not spread.\n\n"
        "The lane reopened at noon."
    )
    (a,) = [a for a in found if any("the flames had not spread" in p for p in a["pieces"])]
    assert a["speaker"] == "Marta Quill"
    assert a["cue"] == "told"
    assert a["pieces"][0].startswith("a neighbour climbed onto")
