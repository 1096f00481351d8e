"""Subjects that open a sentence before descriptions: quotelens/attribution/openings.py (through the engine)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_an_opening_name_is_not_the_subject_of_a_cue_in_a_later_clause_with_its_own_subject():
    rows = attributions(
        "Ana Ruiz, leader of the left, called on supporters to “march,” while the Socialist Party's first "
        "secretary, Omar Diaz, accused the government of “contempt for parliament.”"
    )
    by_cue = {r["cue"]: r["mention"] for r in rows}
    assert by_cue["accused"] == "Omar Diaz"


def test_an_opening_name_before_a_participle_description_is_still_the_subject():
    (row,) = attributions("Ana Ruiz, accused of lying while in office, said that the charges were false.")
    assert row["mention"] == "Ana Ruiz"
