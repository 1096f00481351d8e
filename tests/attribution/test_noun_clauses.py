"""Tests of :mod:`quotelens.attribution.frames.noun_clauses` on short sentences written for the test."""

from __future__ import annotations

import pytest

from quotelens.attribution.rules import Rule
from tests.attribution.examples import proposals


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            "Mayor Hale also made the point that the pier was unsafe.",
            "Mayor Hale",
            "point",
            "that the pier was unsafe.",
        ),
        (
            "Mayor Hale stirred anger with an assertion that the pier was unsafe.",
            "Mayor Hale",
            "assertion",
            "that the pier was unsafe.",
        ),
    ],
)
def test_a_cue_noun_with_its_that_clause_is_the_verbs_subjects_report(body, speaker, cue, content):
    found = [p for p in proposals(body) if p[2] == cue]
    assert [(p[0], p[1], p[3]) for p in found] == [(Rule.NOUN_CLAUSE, speaker, [content])]


def test_a_relative_clause_after_the_noun_is_no_report():
    assert [p for p in proposals("The council issued a warning that could close the pier.") if p[2] == "warning"] == []


def test_a_noun_after_no_verb_names_nobody():
    assert [p for p in proposals("The hope that the pier reopens is fading.") if p[2] == "hope"] == []
