"""Tests of verb readings in :mod:`quotelens.attribution.verbs` on phrases written for the test."""

from __future__ import annotations

from quotelens.attribution.verbs import reads_as_verb, relative_verb, verb_after_pronoun
from quotelens.segment import tokenize
from tests.attribution.examples import attributions, proposals


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


def test_an_ambiguous_or_base_form_after_a_noun_and_that_is_a_verb_before_its_object():
    assert relative_verb(tokenize("polls that show him leading"), 2)
    assert relative_verb(tokenize("ads that slam the mayor"), 2)
    assert not relative_verb(tokenize("the fear that claims were false"), 3)
    found = [(p[1], p[2], p[3]) for p in proposals("Hale cited polls that show him leading the race.")]
    assert ("that", "show", ["him leading the race."]) in found


def test_infinitives_and_participles_after_those_read_as_verbs():
    assert reads_as_verb(tokenize("is right to note that"), 3)
    assert reads_as_verb(tokenize("leaving some to question whether"), 3)
    assert reads_as_verb(tokenize("outnumbered those supporting the levy"), 2)
    assert not reads_as_verb(tokenize("the question is"), 1)
    found = [(p[1], p[2]) for p in proposals("Mayor Hale was right to note that the pier is old.")]
    assert ("Mayor Hale", "note") in found
    found = [(p[1], p[2]) for p in proposals("Voters there outnumbered those supporting the new levy.")]
    assert ("those", "supporting") in found


def test_a_coordinated_verb_of_evidence_with_an_object_stays_inside_the_reported_clause():
    (row,) = attributions('John Smith said he had visited it and found it "empty."')
    assert row["pieces"] == ['he had visited it and found it "empty."']
