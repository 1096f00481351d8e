"""Blind round 40 (fix40f): Catalan and Spanish double surnames joined by "i" or "y" ("Joan Vidal i Ferrer",
"José Ortega y Gasset") are one name, so a description set off before it ('said the region's spokesman,
Joan Vidal i Ferrer.') stands for the whole name. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_catalan_double_surname_after_an_inverted_cue():
    found = attributions(
        "The regional cabinet met on Monday. “This is only a beginning, and a late one,” said the region's "
        "spokesman, Joan Vidal i Ferrer. Vidal said talks would go on."
    )
    (a,) = [a for a in found if "only a beginning" in a["pieces"][0]]
    assert a["speaker"] == "Joan Vidal i Ferrer"
    (b,) = [b for b in found if "talks would go on" in b["pieces"][0]]
    assert b["speaker"] == "Joan Vidal i Ferrer"


def test_a_spanish_double_surname_with_y():
    found = attributions("“We will vote against it,” said María Gómez y Pardo, the party's leader in the senate.")
    (a,) = [a for a in found if "vote against it" in a["pieces"][0]]
    assert a["speaker"] == "María Gómez y Pardo"
