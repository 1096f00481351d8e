"""Tests of :mod:`quotelens.attribution.frames.raising` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals

RULE = "seems (no source)"


def test_subject_and_infinitive_with_no_source():
    found = [p for p in proposals("The statistics appear to be fabricated.") if p[0] == RULE]
    assert found == [(RULE, None, "appear", ["The statistics", "to be fabricated."])]


def test_an_adjective_after_the_verb():
    found = [p for p in proposals("Mr. Putin seemed most concerned with the economy.") if p[0] == RULE]
    assert [(p[1], p[3]) for p in found] == [(None, ["Mr. Putin", "most concerned with the economy."])]


def test_the_subject_is_no_speaker():
    found = proposals("Trump appeared to lose his temper while addressing the crowd.")
    assert not any(p[1] == "Trump" for p in found)
    assert any(p[0] == RULE for p in found)


def test_appearing_somewhere_is_no_report():
    assert not any(p[0] == RULE for p in proposals("Trump appeared on Fox News on Sunday."))
    assert not any(p[0] == RULE for p in proposals("She appeared before the committee in May."))
    assert not any(p[0] == RULE for p in proposals("He appeared to reporters after the vote."))
