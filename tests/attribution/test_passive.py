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


def _by_agent(body: str) -> list[tuple[str | None, list[str]]]:
    return [(p[1], p[3]) for p in proposals(body) if p[0] == "passive (by agent)"]


def test_agents_without_a_determiner_or_a_name():
    assert _by_agent("The pier levy was rejected by 64 percent of the voters.") == [
        ("64 percent of the voters", ["The pier levy"])
    ]
    assert _by_agent("Hale has been criticized by some of his rivals for the levy.") == [
        ("some of his rivals", ["Hale"])
    ]
    assert _by_agent("Ruiz has been rebuked by opponents for the levy.") == [("opponents", ["Ruiz"])]


def test_a_manner_or_a_time_after_by_is_no_agent():
    assert _by_agent("The mayor was told by phone that the vote had failed.") == []
    assert _by_agent("The levy was approved by March.") == []
