"""Blind round 36 (fix36a): 'posting a photo of the two with the caption, "C"': what the poster said is the
caption's quotation, not the photo the words were posted with. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_caption_is_the_content_of_posting():
    found = attributions(
        "The singer addressed it on Sunday, posting a photo of the pair on a pier at dusk with the caption,"
        ' "Every tide turns. Thank you for the years."'
    )
    (a,) = [a for a in found if a["cue"] == "posting"]
    assert a["pieces"] == ['"Every tide turns. Thank you for the years."']
    assert a["kind"] == "direct"
