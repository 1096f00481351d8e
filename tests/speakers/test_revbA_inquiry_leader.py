"""Review 43b, finding 2: "the <surname> inquiry" after the article has named that person in full is the
person's inquiry, led by them, not a body of that name beside them. Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "Retired judge Helen Okoro was asked last spring to look into the hospital's accounts.\n\n"
    "The Okoro inquiry concluded that managers had ignored repeated warnings about the pension fund."
)


def test_the_inquiry_is_the_named_person_s():
    assert speaker_holding(TEXT, "ignored repeated warnings") == "Helen Okoro"
