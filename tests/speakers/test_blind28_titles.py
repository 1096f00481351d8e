"""Titles of blind round 28 (sets m, n): shared and second-rank titles made with "co-" and "vice-" before a
name (speakers/titles.py), and such a role taken up by "the co-author" (speakers/described.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_title_made_with_co_or_vice_is_no_part_of_the_name():
    body = (
        "Co-author Tobias Lindgren said the data were thin. “It is early,” Lindgren said. "
        "Vice-chair Ann Pryor said the vote was close. “We wait,” the vice-chair said."
    )
    assert _speakers(body) == ["Tobias Lindgren", "Tobias Lindgren", "Ann Pryor", "Ann Pryor"]


def test_a_hyphenated_role_given_after_a_name_is_taken_up():
    body = "Mia Sorensen, a co-founder of the firm, said sales rose. “It is early,” the co-founder said."
    assert _speakers(body) == ["Mia Sorensen", "Mia Sorensen"]


def test_an_australian_councillor_s_title_before_a_name():
    body = (
        "Lord Mayor Tom Ashby said staff would stay. “We will protect buses,” Cr Ashby said. "
        "Cr Ann Pryor said the vote was close. “It is early,” the councillor said."
    )
    assert _speakers(body) == ["Tom Ashby", "Tom Ashby", "Ann Pryor", "Ann Pryor"]


def test_a_title_of_a_body_before_a_name_no_first_name_list_knows():
    body = (
        "Minister in the Presidency Sipho Ndlela said the plan was sound. “No sacred cows,” Ndlela said. "
        "Minister of Finance Themba Khoza said the money was there. “We pay,” the minister said."
    )
    assert _speakers(body) == ["Sipho Ndlela", "Sipho Ndlela", "Themba Khoza", "Themba Khoza"]


def test_an_office_joined_by_and_is_no_name():
    assert _speakers("Minister of Trade and Industry Rob Davies said exports rose.") == ["Rob Davies"]
