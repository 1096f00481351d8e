"""Issue 18 (canon44): "the affidavit", "the memo" after the sentence that introduced it with its author ("In an
affidavit sworn last week, the X said", "In a memo to the players, Y conceded") is that author's, as "the
letter" after "In a letter to ..., X wrote" is. Short articles written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

AFFIDAVIT = (
    "The Corliss Rowing Club is fighting a developer over its boathouse. "
    "In an affidavit sworn last week, the Corliss Rowing Club said the boathouse was “used every morning by "
    "juniors.” The affidavit added that losing it would end the junior program within a year."
)

MEMO = (
    "The Pellin Orchestra lost its concert hall this spring, and its director, Theo Brack, wrote to the players "
    "on Sunday. In a memo to the players, Brack conceded that the autumn tour would be shorter.\n\n"
    "“Nobody's contract is at risk this season,” the memo reads."
)


def test_an_affidavit_is_its_filer_s():
    assert speaker_holding(AFFIDAVIT, "losing it would end") == "Corliss Rowing Club"


def test_a_memo_is_the_one_who_acknowledged_in_it():
    assert speaker_holding(MEMO, "Nobody's contract is at risk") == "Theo Brack"
