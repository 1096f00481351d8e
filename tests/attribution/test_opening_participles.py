"""Tests of :mod:`quotelens.attribution.frames.opening_participles` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals

RULE = "participle (opening, subject after)"


def _opening(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(p[1], p[2], p[3]) for p in proposals(body) if p[0] == RULE]


def test_a_capitalised_participle_opening_the_sentence_is_the_subjects_report():
    found = _opening("Noting that the levy had failed twice, Hale said the council would try again.")
    assert found == [("Hale", "Noting", ["that the levy had failed twice"])]
    assert _opening("But citing the cost of the bridge, the mayor rejected the plan.") == [
        ("the mayor", "citing", ["the cost of the bridge"])
    ]
    assert _opening("Citing the cost of the bridge, the mayor rejected the plan.") == [
        ("the mayor", "Citing", ["the cost of the bridge"])
    ]


def test_no_report_without_the_phrase_and_a_subject_or_with_another_verb():
    assert _opening("Demanding equality.") == []
    assert _opening("Opening the session, Hale thanked the council.") == []
