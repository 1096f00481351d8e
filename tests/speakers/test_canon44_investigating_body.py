"""Issue 18 (canon44): a name opening "a <name> investigation" is the body that investigated, an organisation,
even when the name reads like a person's ("A Val Forest investigation"). Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

TEXT = (
    "The utility denies any wrongdoing. A Val Forest investigation released last year concluded that the blaze "
    "was started by a broken power line."
)


def test_the_investigation_is_the_body_s():
    assert speaker_holding(TEXT, "started by a broken power line") == "Val Forest"
