"""A spokesperson for a person whose surname is also a common word ("Field") speaks for that person: a name the
article gives a person's title or role, a first name or a person's pronoun is never retyped a body's
(speakers/spokespeople.py, retype_as_a_body)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_spokeswoman_for_a_councillor_with_a_common_word_surname():
    text = (
        "Headline\n\n"
        "Councillor Tendai Field, who leads the city's planning board, has asked for a review of the harbour tower.\n\n"
        'A spokeswoman for Tendai Field said the councillor wanted "every resident to be heard".\n\n'
        'Field said she would put the plans to a public meeting next month: "Nothing is settled yet."'
    )
    typed = typed_speakers(text)
    assert ("Councillor Tendai Field", "Tendai Field", "person") in typed
    assert ("Field", "Tendai Field", "person") in typed
