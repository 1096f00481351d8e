"""Review 43b, finding 3: "a spokesperson for the ministry" speaks for a government body; a campaign group
quoted just before is of no such kind and is not taken for it. Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "Riverkeep said on Tuesday that the new dam would drown three villages.\n\n"
    "A spokesperson for the ministry said the dam had passed every environmental review."
)


def test_the_ministry_is_not_the_campaign_group():
    assert speaker_holding(TEXT, "passed every environmental review") != "Riverkeep"
