"""Review of round 47 (fix47f2): a time after "by" ("expected by the end of June", "due by 2030", "by next
week") is a deadline, never the agent of a passive report: nothing is credited to it. Short passages written
for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals


@pytest.mark.parametrize(
    "sentence",
    [
        "A ruling on the bridge tolls is expected by the end of March.",
        "Completion of the new terminal is expected by 2031.",
        "The inspection report, expected by next week, may delay the opening.",
        "A final count is expected by midnight.",
    ],
)
def test_a_deadline_after_by_is_no_source(sentence):
    assert not [p for p in proposals(sentence) if p[0].name.startswith("PASSIVE")]


def test_an_agent_after_by_still_speaks():
    found = attributions("The toll increase was criticised by the transport union on Monday.")
    assert [a["speaker"] for a in found] == ["the transport union"]
