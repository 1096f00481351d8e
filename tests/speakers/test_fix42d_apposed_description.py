"""A vague unnamed source with an indefinite description set off after it ("One of them, a retired line cook,
said") is that described person: the description is its label, and a shortened definite description later
("the former cook") takes it up (speakers/apposed.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Three people who worked at the plant described long shifts without breaks.\n\n"
    "One of them, a former line cook, said managers locked the break room during the lunch rush.\n\n"
    '"We ate standing up or not at all," the former cook told the Courier.'
)


def test_one_of_them_is_the_apposed_description():
    assert speaker_holding(_BODY, "managers locked the break room") == "a former line cook"


def test_the_shortened_description_takes_it_up():
    assert speaker_holding(_BODY, "We ate standing up") == "a former line cook"


def test_a_name_apposed_still_wins():
    body = "One of them, a former line cook named Rosa Dlamini, said managers locked the break room."
    assert speaker_holding(body, "managers locked the break room") != "a former line cook"
