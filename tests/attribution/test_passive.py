"""Tests of :mod:`quotelens.attribution.frames.passive` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_passive_with_an_agent_credits_the_agent():
    (p,) = proposals("The mayor's plan to close the pier was first reported by the Gazette.")
    assert p[:4] == ("passive (by agent)", "the Gazette", "reported by", ["The mayor's plan to close the pier"])


def test_reduced_passive_with_its_agent():
    rows = proposals("The pier levy, opposed by House Republicans, never became law.")
    assert ("passive (reduced, by agent)", "House Republicans", "opposed by", ["The pier levy"]) in rows
    rows = proposals("It was a measure strongly opposed by unions that would have cost them dues.")
    assert ("passive (reduced, by agent)", "unions", "opposed by", ["a measure"]) in rows
    assert not any(r[0].startswith("passive (reduced") for r in proposals("He was opposed by unions."))
    assert not any(r[0].startswith("passive (reduced") for r in proposals("Hale opposed by then the levy."))
