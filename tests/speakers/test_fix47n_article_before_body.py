"""A body named by a capitalised phrase the name runs do not hold ("The Governor's Secretariat said") is credited
without the sentence's opening article (speakers/named.py, unintroduced)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_office_holders_secretariat_opening_the_sentence():
    body = 'The Governor\'s Secretariat said on Friday that the plan was "fully costed".'
    assert speaker_holding(body, "fully costed") == "Governor's Secretariat"


def test_the_same_after_a_set_off_phrase():
    body = 'The Vice President\'s Secretariat, in a note to reporters, said the trip was "long planned".'
    assert speaker_holding(body, "long planned") == "Vice President's Secretariat"
