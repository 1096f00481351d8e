"""An office named as a role "of" a body with its seat after "for" ("The Member of Parliament for Wenlock Vale,
Jo Reed, said"): the name set off by commas after the seat is the subject, not the seat
(attribution/apposition_subject.py, _seat_of_office)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_holder_after_a_seat_speaks():
    body = (
        "The Member of Parliament for Wenlock Vale, Ms Jo Reed, said the bypass would be delayed by two years "
        "because of the flooding."
    )
    assert speaker_holding(body, "bypass would be delayed") == "Jo Reed"


def test_a_longer_body_before_the_seat():
    body = 'A Member of the Regional Assembly for Upper Tarn, Paolo Ferri, told reporters the vote was "a farce".'
    assert speaker_holding(body, "a farce") == "Paolo Ferri"
