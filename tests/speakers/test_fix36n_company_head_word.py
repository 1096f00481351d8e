"""A company named in full, then by its name's first word alone ("Verdana" after "Verdana Health Systems Inc."),
is that company (speakers/namehints.long_name_head, used by speakers/mentions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_first_word_of_a_long_company_name_is_that_company():
    body = (
        "Dana Whitfield had run Quorvant Freight Holdings Inc. for six years before the board removed her. "
        '"The board wanted a new direction," Quorvant said in a statement on Monday.'
    )
    assert speaker_holding(body, "The board wanted") == "Quorvant Freight Holdings Inc."


def test_a_surname_opening_a_company_name_stays_the_persons():
    body = (
        "Ellen Whitaker founded Whitaker Freight Holdings Inc. in 1990. "
        '"I never wanted to sell," Whitaker said in an interview.'
    )
    assert speaker_holding(body, "I never wanted") == "Ellen Whitaker"
