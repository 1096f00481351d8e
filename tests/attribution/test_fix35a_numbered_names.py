"""Blind round 35 (fix35a): a name that ends in its number ("Local 902", "Terminal 5") is a subject like any
other name; a count, a date or a year before a cue stays what it was. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Teamsters Local 727 said on its website that a vote would be held on Friday.", "Teamsters Local 727"),
        ("Precinct 14 said in a post that the road would reopen by noon.", "Precinct 14"),
    ],
)
def test_a_name_ending_in_its_number_is_a_subject(body, speaker):
    (a,) = attributions(body)
    assert a["mention"] == speaker
    assert a["pieces"][0].startswith("that ")


def test_a_count_before_the_cue_is_still_a_measure():
    (a,) = attributions("About 300 said they would strike if the offer stood.")
    assert a["mention"] == "About 300"


def test_a_year_after_a_preposition_is_no_name():
    assert attributions("In 2019 the plant closed for a month.") == []
