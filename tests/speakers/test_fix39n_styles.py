"""Styles written before a full name in Commonwealth papers are titles, not name words: an office in capitals
after its portfolio ("Health CS Zawadi Wekesa": Cabinet Secretary) and the unstopped honorifics "Eng", "Hon" and
"Amb" (Engineer, Honourable, Ambassador), only before a full name (speakers/titles.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_portfolio_and_office_initials_before_a_name():
    body = (
        "Health CS Zawadi Wekesa on Friday defended the new levy. She said the fund had been audited twice. "
        '"Every shilling is accounted for," Ms Wekesa said.'
    )
    assert speaker_holding(body, "the fund had been audited") == "Zawadi Wekesa"


def test_engineer_before_a_full_name():
    body = (
        "Agency director Eng Baraka Mwangi said the road would open in March and that the contractor "
        'had been paid "every cent it was owed".'
    )
    assert speaker_holding(body, "the road would open") == "Baraka Mwangi"


def test_initials_of_a_writer_are_a_name():
    body = 'In a 1950 letter, CS Lewis said the book "was never meant to be an allegory".'
    assert speaker_holding(body, "never meant to be") == "CS Lewis"
