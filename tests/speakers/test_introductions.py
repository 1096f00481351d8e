"""Roles, states and parties from the words around a person's name: quotelens/speakers/introductions.py."""

from __future__ import annotations

import pytest

from quotelens.segment import tokenize
from quotelens.speakers.introductions import role_of_description
from tests.test_attribution import attributions


def speakers(body: str) -> list[str | None]:
    return [q["speaker"] for q in attributions(body)]


def test_a_description_set_off_before_a_name_is_that_persons_role():
    body = (
        "The group's president, Jane Doe, said that the plan was dead. Tom Smith, a local farmer, said it was fine. "
        "The president added that it would fail."
    )
    assert speakers(body) == ["Jane Doe", "Tom Smith", "Jane Doe"]


@pytest.mark.parametrize(
    "intro",
    [
        "A fisherman from Puri, 52-year-old Bhaskar Behera, said his family had lost their boat.",
        "A fisherman from Puri, Bhaskar Behera, said his family had lost their boat.",
    ],
)
def test_a_description_with_its_place_and_an_age_before_the_name_is_that_persons(intro):
    body = f'{intro} Ravi Das, a trader, said prices rose. "We want the wall," the fisherman told PTI.'
    assert speakers(body) == ["Bhaskar Behera", "Ravi Das", "Bhaskar Behera"]


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the group's president", "president"),
        ("Labour’s leader", "leader"),
        ("the White House press secretary", "white house press secretary"),
        ("A fisherman from Puri", "fisherman"),  # (the place it is from left out)
        ("a nurse at the clinic", "nurse"),
        ("the Secretary of State for Defence", "secretary of state for defence"),
        ("the local farmers", ""),  # (no role noun)
        ("Tom Smith", ""),
        ("the plan", ""),
    ],
)
def test_the_role_of_a_description(phrase, role):
    assert role_of_description(tokenize(phrase)) == role


@pytest.mark.parametrize(
    ("intro", "later", "who"),
    [
        (
            "Sen. Tim Kaine of Virginia said the bill was fair. Sen. Ted Cruz of Texas said it was not.",
            "The Virginia senator",
            "Tim Kaine",
        ),
        (
            "Rep. Joe Kennedy (D-Mass.) said the bill was fair. Rep. Ted Poe (R-Texas) said it was not.",
            "The Massachusetts Democrat",
            "Joe Kennedy",
        ),
        (
            "Sen. Ted Cruz, R-Texas, said the bill was fair. Sen. Tim Kaine, D-Va., said it was not.",
            "The Texas Republican",
            "Ted Cruz",
        ),
    ],
)
def test_a_state_or_party_tag_places_the_person_for_a_later_description(intro, later, who):
    *_, last = speakers(f"{intro} {later} added that it would pass.")
    assert last is not None and last.startswith(who)
