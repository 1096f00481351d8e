"""A chief officer is also named by the role's initials ("the CFO" for one introduced as "Corvane's chief
financial officer, Ruth Ibsen": speakers/rolesynonyms.py), and a possessive written with the apostrophe
alone ("Corvane' " after a name ending in s: "Halvers' chief ...") still sets off a role
(speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_cmo_after_a_chief_medical_officer_of_a_name_ending_in_s():
    body = (
        "Shares of Halvers Biotech rose 12 percent on Tuesday after its kidney drug met its main goal.\n\n"
        '"The result is stronger than we hoped," Halvers\' chief medical officer, Ines Moreau, said on a call.\n\n'
        "Analysts said the benefit was modest. The CMO said a second analysis of older patients showed more."
    )
    assert speaker_holding(body, "a second analysis of older patients") == "Ines Moreau"


def test_the_cfo_after_a_chief_financial_officer():
    body = (
        "Corvane Foods cut its outlook for the year on Thursday, blaming the price of cocoa.\n\n"
        "The company's chief financial officer, Ruth Ibsen, said margins would recover by the spring.\n\n"
        "Investors were unconvinced. The CFO said the company would not raise prices again this year."
    )
    assert speaker_holding(body, "would not raise prices again") == "Ruth Ibsen"
