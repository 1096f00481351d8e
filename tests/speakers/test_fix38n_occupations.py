"""An occupation opening the sentence before a full name is no part of it ("Drummer Mickey Albright",
"Bassist Dean Castellano": a band's players, listed as roles in quotelens/speakers/lexicon.py), and a
given name that is also a title ("Dean") after an occupation is the given name (titles.given_name_title)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_players_instrument_opening_the_sentence():
    body = (
        "The quartet broke up in 2011. Drummer Wes Calloway kept touring, mostly as a hired hand.\n\n"
        "“We were tired of each other,” Calloway said."
    )
    assert speaker_holding(body, "tired of each other") == "Wes Calloway"


def test_a_given_name_that_is_a_title_after_an_occupation():
    body = (
        "Guitarist Dean Marchetti, who wrote most of the early songs, left the band first.\n\n"
        "“Nobody would say it out loud,” Marchetti said."
    )
    assert speaker_holding(body, "say it out loud") == "Dean Marchetti"


def test_a_dean_before_a_surname_stays_a_title():
    body = "Law school Dean Marchetti said the faculty would “review every case.”"
    assert speaker_holding(body, "review every case") == "Marchetti"
