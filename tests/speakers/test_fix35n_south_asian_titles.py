"""Titles South Asian papers write before a name: "MNA"/"MPA" (a member of Pakistan's National or a Provincial
Assembly) and "Barrister" (speakers/lexicon.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_assembly_member_s_title_after_a_party_is_no_part_of_her_name():
    body = (
        "Deputy Speaker Imran Qadir Khan adjourned the debate. PML-Q MPA Sadia Rehmat said the budget was late. "
        '"We were given one day," she said.'
    )
    assert speaker_holding(body, "the budget was late") == "Sadia Rehmat"
    assert speaker_holding(body, "We were given one day") == "Sadia Rehmat"


def test_barrister_before_a_name_is_a_title():
    body = 'The PTI\'s Barrister Zafarullah Taseer said the order was void. "It cannot stand," Mr Taseer said.'
    assert speaker_holding(body, "the order was void") == "Zafarullah Taseer"
