"""An Irish court report's people: a senior counsel's letters after a full name ("Ronan Dolan SC", a given
name no list knows) and the Garda ranks before one ("Det Garda Siobhán Reddy") are no part of the name
(quotelens/speakers/titles.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_a_senior_counsels_letters_after_a_full_name():
    body = "Counsel for the accused, Cathal Brogan SC, said his client had been drinking heavily at the time."
    assert speaker_of(body, "said") == "Cathal Brogan"


def test_a_detective_gardas_rank():
    body = "Det Garda Aoife Kinsella told the court that the man had been waiting outside the shop."
    assert speaker_of(body, "told") == "Aoife Kinsella"


def test_the_force_itself_is_no_one_titled():
    body = "A spokesman for Garda Síochána said the investigation was continuing."
    assert speaker_of(body, "said") != "Síochána"
