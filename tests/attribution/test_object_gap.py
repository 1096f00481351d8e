"""Tests of :mod:`quotelens.attribution.frames.object_gap` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals

RULE = "content-first (object gap)"


def _gaps(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(p[1], p[2], p[3]) for p in proposals(body) if p[0] == RULE]


def test_an_object_noun_phrase_before_the_subject():
    found = _gaps("The council backed a toll on the bridge, an idea several mayors have also embraced.")
    assert found == [("several mayors", "embraced", ["an idea"])]


def test_a_relative_pronoun_stands_for_the_object():
    assert _gaps("Ruiz signed the lease, which the landlord strongly opposed.") == [
        ("the landlord", "opposed", ["which"])
    ]


def test_a_comparison_and_a_bare_antecedent():
    assert _gaps("The rally drew more people than the organisers expected.") == [
        ("the organisers", "expected", ["than"])
    ]
    assert _gaps("The board raised fees, something the tenants aren't proposing.") == [
        ("the tenants", "proposing", ["something"])
    ]


def test_no_gap_when_the_cue_has_words_after_it_or_is_passive():
    assert _gaps("He said that Hale agreed.") == []
    assert _gaps("The request was denied.") == []
    assert _gaps("Those are the rules the mayor announced on a visit to the harbour in May.") == []
