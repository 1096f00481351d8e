"""Recall round 41 (span41n): a passive credit clause set off from its statement, "As reported by X, C" and
"C, as first reported by X", credits C to X as "according to X" does. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention", "content"),
    [
        (
            "As reported by the Daily Ledger, the council approved the harbour budget last week.",
            "the Daily Ledger",
            "the council approved the harbour budget last week.",
        ),
        (
            "The ferry company plans to cut 500 jobs, as first reported by Reuters.",
            "Reuters",
            "The ferry company plans to cut 500 jobs",
        ),
    ],
)
def test_the_agent_of_the_credit_clause_is_the_source(body, mention, content):
    found = [a for a in attributions(body) if a["cue"] == "reported"]
    assert [(a["mention"], a["pieces"]) for a in found] == [(mention, [content])]


def test_a_relayed_speech_keeps_its_own_speaker():
    body = '"We will rebuild the pier," the mayor noted in an interview, as reported by the Daily Ledger.'
    found = attributions(body)
    assert [a["mention"] for a in found] == ["the mayor"]


def test_an_expectation_is_no_credit():
    found = attributions("As expected by most traders, the central bank held its rate at 4 percent.")
    assert all(a["cue"] != "expected" for a in found)
