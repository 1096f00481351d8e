"""A body's initials, "of" and a place make one name ("the ACLU of Northern California", "the KTRA of Uzbekistan"):
the run is not cut at "of" into the initials and a place (speakers/connectors.py, _initials_of_place)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_initials_of_a_place_after_according_to():
    body = 'According to the NRSA of Canada, new rules will be "published in the spring".'
    assert speaker_holding(body, "published in the spring") == "NRSA of Canada"


def test_initials_of_a_place_opening_the_sentence():
    body = 'The KTRA of Uzbekistan said the new lanes would "open by March".'
    assert speaker_holding(body, "open by March") == "KTRA of Uzbekistan"
