"""A name set off after a description opening with "Another" or "One" ("Another former nurse, Ruth Okafor, was
more cautious.") is its sentence's subject, as after "A" or "The": a "she" opening the next sentence takes her
up, not the woman quoted in the paragraph before."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    "Several former staff have spoken about the closure of the ward. One former nurse, Helen Marsh, said she had "
    'raised the alarm in 2021. "Nobody listened to us," the 58-year-old said.\n\n'
    "Another former nurse, Ruth Okafor, was more cautious. She said the managers had "
    '"done their best" with the money they had.\n'
)


def test_she_after_another_apposed_name_is_that_woman():
    assert speaker_holding(BODY, "done their best") == "Ruth Okafor"


def test_she_after_one_apposed_name_is_that_woman():
    body = BODY.replace("Another former nurse, Ruth Okafor,", "One colleague, Ruth Okafor,")
    assert speaker_holding(body, "done their best") == "Ruth Okafor"
