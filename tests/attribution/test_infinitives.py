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


def test_a_habit_taken_to_takes_the_ing_form():
    found = [
        (p[1], p[2], p[3]) for p in proposals("Kasich has taken to urging voters to slow down.") if p[0] == CONTROLLED
    ]
    assert found == [("Kasich", "urging", ["voters to slow down."])]
    assert not any(p[0] in (RULE, CONTROLLED) for p in proposals("Kasich has come to urging voters to slow down."))


def test_speech_verbs_keep_their_own_rule():
    found = proposals("Clinton took to Twitter to say that the ruling was a disgrace.")
    assert not any(p[0] == RULE for p in found)


CONTROLLED = "source-first (controlled infinitive)"


def _controlled(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(p[1], p[2], p[3]) for p in proposals(body) if p[0] == CONTROLLED]


def test_a_word_that_passes_its_subject_on():
    assert _controlled("Hale continues to insist that the bridge is safe.") == [
        ("Hale", "insist", ["that the bridge is safe."])
    ]


def test_the_object_of_an_enabling_verb_speaks():
    assert _controlled("The rule allows the mayor to criticize any budget line.") == [
        ("the mayor", "criticize", ["any budget line."])
    ]


def test_a_purpose_infinitive_far_from_the_main_verb():
    found = _controlled("Ana Ruiz rushed to meet the mayor at the office in Ava, Mo., to discuss the budget.")
    assert found == [("Ana Ruiz", "discuss", ["the budget."])]


def test_no_main_clause_speaker_past_another_verb_or_a_relative():
    assert _controlled("Ruiz met the mayor, who had flown in from Ava, to discuss the budget.") == []
    assert _controlled("Ruiz said the mayor came to Ava, Mo., to discuss the budget.") == []
