"""Blind round 42 (fix42f): a noun phrase opened by "a"/"an" after a comma ends a reported clause as a
description ("rose to $5 million, an increase of 40 percent"), but not when it is the next item of a series
("had a clean record, a steady job and a young son"): the content goes on to the series' end and past it.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, rule_proposals


def test_a_series_after_the_verb_stays_in_the_content():
    found = attributions(
        'Defence lawyer Maria Zammit said the accused had a clean record, a steady job and a young son, and was '
        '"not a flight risk".'
    )
    (a,) = [a for a in found if a["pieces"][0].startswith("the accused had")]
    assert a["pieces"][0].endswith('"not a flight risk".')
    assert a["kind"] == "mixed"
    assert a["speaker"] == "Maria Zammit"


def test_a_description_after_the_clause_still_ends_the_rules_content():
    found = rule_proposals("The mayor said tax receipts rose to $5 million, an increase of 40 percent.")
    (pieces,) = [p for _, _, cue, p in found if cue == "said"]
    assert pieces == ["tax receipts rose to $5 million"]
