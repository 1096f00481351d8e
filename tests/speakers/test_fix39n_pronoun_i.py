"""The pronoun "I" after a first name is no part of the name ("Ask Marta I did nothing wrong"): a run of a first
name and "I" before a lower-case word ends at the first name (speakers/nameparts.py), while a monarch's numeral
stays ("Elizabeth I of England")."""

from __future__ import annotations

from quotelens import load_article


def _names(text: str) -> set[str]:
    result = load_article("Headline\n\n" + text).speaker_result
    assert result is not None
    return {e.name for e in result.entities}


def test_pronoun_after_a_first_name():
    body = (
        "Marta Lindqvist, the director, joined the crew in May. "
        '"Ask Marta I did nothing wrong," the actor said. Lindqvist said he had been "a delight".'
    )
    names = _names(body)
    assert "Marta I" not in names
    assert "Marta Lindqvist" in names


def test_a_monarchs_numeral_stays():
    assert "Elizabeth I" in _names("The portrait of Elizabeth I of England was sold, the auction house said.")
