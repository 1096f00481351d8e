"""A later mention by the last two words of a three-word name, the first of them also a given name, is that
person ("Elena Pardo" after "Rosa Elena Pardo": a second given name or a surname of two words), unless someone
of that very name was named (speakers/namehints.py, particle_owner)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_last_two_words_of_a_three_word_name():
    body = (
        "The port authority's chief engineer, Rosa Elena Pardo, toured the flooded docks on Friday.\n\n"
        '"The cranes survived, the roads did not," Elena Pardo said.'
    )
    assert speaker_holding(body, "the roads did not") == "Rosa Elena Pardo"


def test_someone_of_that_very_name_keeps_it():
    body = (
        "Rosa Elena Pardo chairs the port authority. Her cousin Elena Pardo runs a ferry line.\n\n"
        '"Our boats are idle," Elena Pardo said.'
    )
    assert speaker_holding(body, "Our boats are idle") == "Elena Pardo"
