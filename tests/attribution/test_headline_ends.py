"""Tests of :mod:`quotelens.attribution.passes.headline_ends`, on headlines written for the test."""

from __future__ import annotations

import pytest

from quotelens.attribution.passes.headline_ends import opens_own_clause
from quotelens.segment import tokenize
from tests.attribution.examples import proposals_in


def _headline(title: str) -> list[tuple[str, str | None, str]]:
    """(rule, source, content) of the headline's proposals (the body says nothing)."""
    return [p for p in proposals_in(title + "\n\nThe story goes on here.\n") if p[0].endswith("(headline)")]


@pytest.mark.parametrize(
    ("title", "content"),
    [
        # a clause of its own after the comma (a pronoun and a finite verb)
        ("Mayor Hale Sides With The Governor Over The Pier, This Is Outrageous!", "The Governor Over The Pier"),
        # the headline's next predicate (an -s reporting verb)
        ("Mayor Hale Blasts The Council For Its Vote, Quotes The Charter", "The Council For Its Vote"),
        # a conjunction and a contracted subject and verb
        ("Mayor Hale Revealed The Plan, And He’s Willing To Bet On It", "The Plan"),
    ],
)
def test_a_headline_report_ends_before_a_comma_opening_a_clause_of_its_own(title, content):
    found = _headline(title)
    assert ("source-first (headline)", "Mayor Hale", content) in found


@pytest.mark.parametrize(
    ("title", "content"),
    [
        # a bare verb coordinated inside the content, and a noun after the comma, go on with it
        ("Mayor Hale Says Voters Need To Rest, Show Patience", "Voters Need To Rest, Show Patience"),
        ("Mayor Hale Says Pier, Park Pose A Threat To The Budget", "Pier, Park Pose A Threat To The Budget"),
    ],
)
def test_a_headline_comma_inside_the_report_keeps_its_content(title, content):
    assert ("source-first (headline)", "Mayor Hale", content) in _headline(title)


def test_a_speaker_labels_content_keeps_its_commas():
    found = _headline("Mayor Hale: The Pier Is Safe, It Is Paid For")
    assert ("speaker label (headline)", "Mayor Hale", "The Pier Is Safe, It Is Paid For") in found


def test_a_body_sentence_is_not_cut_by_the_headline_pass():
    text = "Headline For The Test\n\nThe mayor says the pier is safe, this is what the city found.\n"
    found = [p for p in proposals_in(text) if p[1] == "The mayor"]
    assert found and all(not p[2].endswith("safe") for p in found)


@pytest.mark.parametrize(
    ("words", "opens"),
    [
        ("This Is REVOLTING", True),
        ("Quotes The Bible", True),
        ("Then Calls It Off", True),
        ("But He Says No", True),
        ("It’s True", True),
        ("Show Compassion", False),
        ("Park Pose A Threat", False),
        ("Is Not Enough", False),
        ("by pricking party orthodoxy", False),
        ("", False),
    ],
)
def test_what_opens_a_clause_of_its_own(words, opens):
    assert opens_own_clause(tokenize(words, 0, len(words)), 0) is opens
