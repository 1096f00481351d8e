"""Issue 18 (canon44): "the memo" after "an internal memo from the company's executive committee, later seen by a
news agency" is the company's (the organisation of that kind the article names), not a document of its own nor
the agency's that saw it. Short article written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

MEMO = (
    "Harbor Lumber Co. had a hard winter, its chief executive Ann Volk said on Monday. In March, an internal "
    "memo from the company's executive committee, later seen by Bloomberg, went out to all staff. "
    "The memo said the firm would “cut costs wherever it can” this year."
)


def test_the_memo_is_the_company_s():
    assert speaker_holding(MEMO, "cut costs wherever") == "Harbor Lumber Co."
