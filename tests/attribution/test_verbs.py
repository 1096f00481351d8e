"""Tests of verb readings in :mod:`quotelens.attribution.verbs` on phrases written for the test."""

from __future__ import annotations

from quotelens.attribution.verbs import relative_verb, verb_after_pronoun
from quotelens.segment import tokenize
from tests.attribution.examples import proposals


def test_a_cue_after_many_or_some_is_their_verb_unless_a_noun_shares_it():
    assert verb_after_pronoun("believe") and verb_after_pronoun("argue") and verb_after_pronoun("said")
    assert not verb_after_pronoun("support") and not verb_after_pronoun("reports")
    found = [(p[1], p[3]) for p in proposals("Many believe the levy will fail.") if p[2] == "believe"]
    assert found == [("Many", ["the levy will fail."])]


def test_a_past_or_s_form_after_a_noun_and_that_is_a_relative_clause_verb():
    assert relative_verb(tokenize("a group that endorsed Ruiz"), 3)
    assert not relative_verb(tokenize("Hale said that reports were wrong"), 3)
    assert not relative_verb(tokenize("the pier that claim concerns"), 3)
    found = [(p[1], p[2]) for p in proposals("Hale joined a group that endorsed Ruiz in the primary.")]
    assert ("that", "endorsed") in found
