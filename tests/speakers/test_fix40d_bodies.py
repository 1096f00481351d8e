"""A "body" is an organisation: "the civic body", "the governing body", "the regulatory body" speak for the one
named before, as "the company" or "the agency" do (speakers/kindwords.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_civic_body_is_the_council_named_before():
    body = (
        "Water cuts in Nashik will last until March, the Nashik Municipal Corporation said on Monday.\n\n"
        "In a notice issued late on Monday, the NMC said tankers would serve the worst-hit wards. "
        "The civic body said it would fine anyone found washing cars with a hose."
    )
    assert speaker_holding(body, "washing cars with a hose") == "Nashik Municipal Corporation"


def test_the_governing_body_is_the_federation_named_before():
    body = (
        "The International Rowing Federation has banned the new carbon oars from the world championships.\n\n"
        "The governing body said the oars gave crews an unfair advantage in rough water."
    )
    assert speaker_holding(body, "unfair advantage in rough water") == "International Rowing Federation"
