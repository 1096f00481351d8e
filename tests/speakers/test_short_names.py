"""Whose staff an organisation's name before "aides" makes (quotelens/speakers/resolve.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_aides_of_a_chamber_are_no_campaign():
    body = "The bill passed the House on Tuesday.\n\nSenate aides said that the vote would come next week."
    assert speaker_of(body, "said") is None


def test_a_persons_aides_are_still_the_persons_campaign():
    body = "Jo Hale spoke in Iowa on Monday.\n\nHale aides said that she would win the state."
    assert speaker_of(body, "said") == "the Hale campaign"
