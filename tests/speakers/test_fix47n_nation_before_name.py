"""A nation's noun or adjective before a person's full name describes the person and is no part of the name:
"Welshman Rhodri Llewellin" is Rhodri Llewellin, "the Finn Veikko Lehtonen" Veikko Lehtonen (speakers/nametrims.py,
_nation_before_name); a body's name keeps its nation ("Czech National Bank")."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_nation_noun_before_a_name():
    body = 'Welshman Rhodri Llewellin took the final frame and said it was "the best break of my life".'
    assert speaker_holding(body, "the best break of my life") == "Rhodri Llewellin"


def test_a_nation_noun_after_the_before_a_name_no_list_knows():
    body = 'The title went to the Finn Veikko Lehtonen, who said the ice had been "slow all week".'
    assert speaker_holding(body, "slow all week") == "Veikko Lehtonen"


def test_a_nation_adjective_before_a_first_name():
    body = 'Irish rider Edda Quist was second. Canadian Marcy Briggs said the climb was "brutal in the wind".'
    assert speaker_holding(body, "brutal in the wind") == "Marcy Briggs"


def test_a_body_keeps_its_nation():
    body = 'The Czech National Bank said rates would stay "where they are for now".'
    assert speaker_holding(body, "where they are for now") == "Czech National Bank"


def test_a_nation_before_a_title_stays_the_offices():
    body = (
        "Slovak Prime Minister Tibor Novak and Czech Prime Minister Petr Dvorak met in Brno.\n\n"
        'Asked about the pipeline, the Czech prime minister said it was "a done deal".'
    )
    assert speaker_holding(body, "a done deal") == "Petr Dvorak"
