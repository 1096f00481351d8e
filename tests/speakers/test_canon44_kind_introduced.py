"""Issue 18 (canon44): "the letter" after "a letter drafted by the company's board, and shared with a newspaper"
is the company's (the organisation of that kind the article names), not a document of its own nor the paper's
that printed it. Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

LETTER = (
    "Ostler Theatre Company will stage only two plays next year, its artistic director Nell Garvey said on "
    "Friday. Donors received a letter drafted by the company's board, and shared with the Evening Courier, in "
    "October. The letter said the theatre “cannot keep a second stage open” without new money."
)


def test_the_letter_is_the_company_s():
    assert speaker_holding(LETTER, "cannot keep a second stage") == "Ostler Theatre Company"
