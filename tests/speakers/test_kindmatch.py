"""Organisations of a description's kind: quotelens/speakers/kindmatch.py."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def test_the_company_is_the_one_named_after_the_word_company_not_a_law_firm_named_since():
    text = (
        "Headline\n\nRide-hailing company Swiftly Inc. lost the appeal. Its lawyer, Jane Evans of Gibson Dunn LLP, "
        'did not respond. A spokesperson for the company said it was "reviewing the decision."'
    )
    assert speakers_of(text)[-1][1] == "Swiftly Inc."
