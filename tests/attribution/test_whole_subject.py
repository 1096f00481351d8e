"""A subject's whole phrase: quotelens/attribution/whole_subject.py (through the engine)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Sources at the club say talks are at an advanced stage.", "Sources at the club"),
        ("Officials at the ministry say the plan is ready.", "Officials at the ministry"),
    ],
)
def test_a_sentence_opening_plural_of_people_keeps_its_place_phrase(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_name_before_an_occasion_is_still_the_subject():
    (row,) = attributions("Donald Trump at a rally in Ohio said that the wall would be built.")
    assert row["mention"] == "Donald Trump"
