"""Tests of :mod:`quotelens.attribution.context` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import proposals


@pytest.mark.parametrize(
    "body",
    [
        "He was joined by Buddy Valastro, star of the TLC reality show “Cake Boss.”",
        "Hillary Clinton named “Madam Secretary” as her favourite show.",
    ],
)
def test_a_quoted_title_is_no_ones_words(body):
    assert proposals(body) == []


def test_a_quoted_title_before_its_star_is_no_ones_words_but_a_quoted_slogan_with_its_comma_is():
    assert proposals("“Orange Is the New Black” star Dascha Polanco opened up about her youth.") == []
    (p,) = proposals("“Nusra Is Al Qaeda,” Mr. Kerry said.")
    assert p[1:] == ("Mr. Kerry", "said", ["“Nusra Is Al Qaeda,”"])


def test_a_single_name_is_what_is_backed():
    rows = proposals("He endorsed Ortega in March.")
    assert [(p[1], p[2], p[3]) for p in rows] == [("He", "endorsed", ["Ortega"])]


def test_a_lone_verb_is_no_speaker():
    found = proposals("“Call the roll,” came shouts from the crowd, as the crowd booed.")
    assert all(source != "came" for _, source, _, _ in found)
