"""A college is a kind of organisation: "a spokesperson for the college" speaks for the college named before
("the Royal College of Nursing"), and "the company" is never a college (speakers/kindwords.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_spokesperson_for_the_college():
    body = (
        "Nurses in training say placements are too short. The Royal College of Midwives currently advises "
        "at least twelve weeks on a ward. A spokesperson for the college said the advice would be reviewed "
        "in the spring."
    )
    assert speaker_holding(body, "advice would be reviewed") == "Royal College of Midwives"
