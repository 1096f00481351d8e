"""A body named by a capitalised phrase the name runs do not hold ("The Governor's Secretariat said") is credited
without the sentence's opening article (speakers/named.py, unintroduced)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_office_holders_secretariat_opening_the_sentence():
    body = 'The Governor\'s Secretariat said on Friday that the plan was "fully costed".'
    assert speaker_holding(body, "fully costed") == "Governor's Secretariat"


def test_the_same_after_a_set_off_phrase():
    body = 'The Harbour Master\'s Office, replying by email on Sunday, said the bridge was "never at risk".'
    assert speaker_holding(body, "never at risk") == "Harbour Master's Office"
