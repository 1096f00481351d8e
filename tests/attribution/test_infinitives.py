"""Tests of :mod:`quotelens.attribution.frames.infinitives` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals

RULE = "source-first (infinitive of a stance verb)"


def test_the_subject_of_the_verb_before_to_speaks():
    found = [p for p in proposals("Trump used his speech to call for a ban on imports.") if p[0] == RULE]
    assert found == [(RULE, "Trump", "call for", ["a ban on imports."])]


def test_past_an_object_and_a_phrase():
    found = [p for p in proposals("The union seized on the ruling to endorse the plan.") if p[0] == RULE]
    assert [(p[1], p[2], p[3]) for p in found] == [("The union", "endorse", ["the plan."])]


def test_plans_are_no_stance():
    assert not any(p[0] == RULE for p in proposals("He went to Iowa to see the caucus."))
    assert not any(p[0] == RULE for p in proposals("She wanted to know the answer."))


def test_speech_verbs_keep_their_own_rule():
    found = proposals("Clinton took to Twitter to say that the ruling was a disgrace.")
    assert not any(p[0] == RULE for p in found)
