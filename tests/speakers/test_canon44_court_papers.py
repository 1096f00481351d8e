"""Issue 18 (canon44): "the affidavit", "the memo" after the sentence that introduced it with its author ("In an
affidavit filed on Friday, the X said", "In a memo to staff ..., Y acknowledged") is that author's, as "the
letter" after "In a letter to ..., X wrote" is. Short articles written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

AFFIDAVIT = (
    "The Harwell County Council defended the bypass in court on Tuesday. "
    "In an affidavit filed on Friday, the Harwell County Council said the road was “vital to the region.” "
    "The affidavit added that any delay would cost the county a further $40 million."
)

MEMO = (
    "Ann Volk, the chief executive of Brightwater Mills, spoke to staff on Monday. "
    "In an internal memo to Brightwater staff obtained by a local paper, Volk acknowledged that the merger would "
    "bring “hard choices” this year.\n\n"
    "“I will tell you first, before anyone else,” the memo reads."
)


def test_an_affidavit_is_its_filer_s():
    assert speaker_holding(AFFIDAVIT, "any delay would cost") == "Harwell County Council"


def test_a_memo_is_the_one_who_acknowledged_in_it():
    assert speaker_holding(MEMO, "I will tell you first") == "Ann Volk"
