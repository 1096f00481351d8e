"""Blind round 42 (fix42f): a short capitalised phrase set off by commas right after an organisation or a
place governed by a preposition ("at the University of Lagos, *Akoka*,") is that organisation's town or
campus, not a person; when a name follows it, set off by commas too, the name is the subject of the cue.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_name_after_a_campus_town_is_the_source():
    found = attributions(
        "A lecturer in finance at the University of Ruritania, Velka, Dr. Mira Osei, argued that the bank "
        "should have cut rates months ago."
    )
    (a,) = [a for a in found if "should have cut rates" in a["pieces"][0]]
    assert a["speaker"] == "Mira Osei"


def test_a_name_right_after_a_description_is_still_the_source():
    found = attributions(
        "A lecturer in finance at the university, Mira Osei, argued that the bank should have cut rates months ago."
    )
    (a,) = [a for a in found if "should have cut rates" in a["pieces"][0]]
    assert a["speaker"] == "Mira Osei"
