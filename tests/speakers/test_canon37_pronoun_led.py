"""A source span that opens with a pronoun and runs into the words after it ("led her to declare", "Let me
just say"): the pronoun is the source (quotelens/speakers/descriptions.py, ``classify``), not a phrase that
names nobody."""

from __future__ import annotations

from quotelens.speakers.descriptions import classify
from tests.speakers.examples import speakers_of

TEXT = (
    "Varga wins the council vote\n\n"
    "Mayor Ines Varga won the council vote on Tuesday by a wide margin, a result that led her to declare that "
    "the budget was “safe at last.”"
)


def test_an_object_pronoun_before_to_speaks():
    found = {source: speaker for source, speaker, _ in speakers_of(TEXT)}
    assert found.get("her to") == "Ines Varga", speakers_of(TEXT)


def test_pronoun_led_spans_classify_as_the_pronoun():
    assert classify("her to").pronoun == "she"
    assert classify("who in two earlier rulings").cls == "relative"
    assert classify("Let me").cls == "first"


def test_a_possessive_before_a_noun_is_still_a_description():
    assert classify("her advisers").cls != "pronoun"
    assert classify("his critics").cls != "pronoun"
