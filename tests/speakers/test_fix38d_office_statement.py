"""A statement a person's own office put out ("Reinholt's office released a short statement ... 'We are
ready,' the statement said") speaks for the person, as one the person sent (speakers/documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_statement_of_a_persons_office():
    body = (
        "Dutch Prime Minister Pieter Hals met the French president in Paris on Tuesday.\n\n"
        "Hals's office released a brief statement after the meeting.\n\n"
        '"The Netherlands is ready to do more on defence," the statement said.'
    )
    assert speaker_holding(body, "ready to do more on defence") == "Pieter Hals"
