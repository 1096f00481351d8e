"""A source who gives only a first name is that name: "One shopper, a retired nurse who gave only her first name,
Maureen, said ..." is Maureen, and so is the "she" who goes on (speakers/described.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Queues formed outside the bakery before dawn as the flour shortage entered its third week.\n\n"
    "One shopper, a retired nurse who would give only her first name, Maureen, said she had come at five. "
    "“It feels like the war years,” she said."
)


def test_one_shopper_who_gave_a_first_name_is_that_name():
    assert speaker_holding(_BODY, "she had come at five") == "Maureen"


def test_she_goes_on_as_that_name():
    assert speaker_holding(_BODY, "the war years") == "Maureen"
