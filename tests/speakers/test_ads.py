"""An ad, a spot or the voice in it speaks for the ad's sponsor (quotelens/speakers/documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_a_spot_is_the_ad_its_sponsor_released():
    body = (
        "The super PAC Freedom Works Action released a new ad on Tuesday attacking Jo Hale.\n\n"
        "This latest spot says that Hale cannot be trusted."
    )
    speaker = speaker_of(body, "says")
    assert speaker is not None and speaker.endswith("Freedom Works Action")  # (named "PAC Freedom Works Action")


def test_the_voice_in_an_ad_speaks_for_its_sponsor():
    body = "Priorities Fund Action released an ad on Monday.\n\nIn the ad, a voice-over says that Hale is dangerous."
    assert speaker_of(body, "says") == "Priorities Fund Action"


def test_an_ad_introduced_by_its_sponsor_as_the_subject_is_the_sponsors():
    body = (
        "The Liberty Action Fund, backed by major donors, is planning to fill screens with a Web ad on Monday.\n\n"
        "The ad says that Hale cannot be trusted."
    )
    assert speaker_of(body, "says") == "Liberty Action Fund"
