"""Blind round 42 (fix42f): a capitalised phrase ending in a title ("Ruritania's Finance Minister", "the Deputy
Prime Minister") names an office, not its holder; when a name follows it set off by commas, the name is the
subject of the cue, as after a described role ("the rival coach, Sam Ortiz, said"). Short passages written
for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_name_after_a_possessive_title_speaks_after_the_quotation():
    found = attributions(
        '"The budget is balanced for the first time in a decade," Ruritania\'s Finance Minister, Tomas Velk, '
        "told reporters on Monday."
    )
    (a,) = [a for a in found if "budget is balanced" in a["pieces"][0]]
    assert a["speaker"] == "Tomas Velk"
    assert a["mention"] == "Tomas Velk"


def test_a_name_after_a_title_speaks_before_the_cue_and_its_participle():
    found = attributions(
        "Ruritania's Deputy Prime Minister, Anna Holm, rejected the report on Friday, saying that exports "
        "had grown every month this year."
    )
    (a,) = [a for a in found if a["pieces"][0].startswith("that exports")]
    assert a["speaker"] == "Anna Holm"
