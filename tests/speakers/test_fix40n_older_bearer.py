"""Of two people who share a surname, "the older Moreau" is the one of the greater age and "the younger
Moreau" the other (speakers/named.py, _by_age), not the one named most or last."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Hélène Moreau, 71, a retired nurse in Lyon, said she voted for the mayor because of the new tram line. "
    "Her grandson, Luc Moreau, 24, voted against him, citing rents.\n\n"
    '"We never agree on anything at lunch," the older Moreau said.\n\n'
    '"She taught me to argue," the younger Moreau said.'
)


def test_the_older_of_two_bearers():
    assert speaker_holding(_BODY, "We never agree") == "Hélène Moreau"


def test_the_younger_of_two_bearers():
    assert speaker_holding(_BODY, "She taught me") == "Luc Moreau"
