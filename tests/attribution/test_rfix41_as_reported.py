"""Review findings on the "as reported by" frame: "as written/described by X" names who wrote or described a
thing, not who said it; a credit clause the sentence goes on after is an aside, not a credit; a time or place
after the agent ("by the Ledger on Tuesday,") still opens the statement."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    "text",
    [
        "The bill, as written by the committee, would cut taxes for two million families.",
        "Its cost, as described by the budget office, is modest, officials hope.",
        "The novel, as written by Tolstoy, runs to 1,200 pages.",
        "The bill, as reported by the committee, would cut taxes for two million families.",
    ],
)
def test_an_aside_is_no_credit(text: str):
    assert [a for a in attributions(text) if a["cue"] in ("written", "described", "reported")] == []


def test_a_time_after_the_agent_still_credits():
    (a,) = attributions("As reported by the Daily Ledger on Tuesday, the council approved the harbour budget.")
    assert (a["cue"], a["speaker"], a["pieces"]) == (
        "reported",
        "Daily Ledger",
        ["the council approved the harbour budget."],
    )


def test_a_place_inside_the_agent_still_credits():
    (a,) = attributions("As noted by economists at Barclays, inflation has slowed.")
    assert (a["cue"], a["pieces"]) == ("noted", ["inflation has slowed."])
