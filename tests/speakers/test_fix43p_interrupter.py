"""One who breaks in on a speaker with words of their own is not the "he" that answers: "When Stone interjected
that ..., he said ..." is the speaker broken in on (speakers/replies.py), even when the interrupter is the nearer,
better-known name. Short passages written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_main_clause_he_after_when_x_interjected_is_not_x():
    body = (
        "The planning inquiry sat on Thursday.\n\n"
        "For the residents, campaigner Adam Stone argued that the council had ignored the flood maps. He told the "
        'inspector the fields flooded every winter. "We have photographs of every flood," Stone said.\n\n'
        "For the developer, Nathan Birch replied that the drains had been redesigned and that the maps were "
        "old. When Stone interjected that no engineer had visited, he said the survey would be done in April."
    )
    assert speaker_holding(body, "the survey would be done in April") == "Nathan Birch"


def test_a_when_clause_of_another_verb_keeps_its_subject():
    body = (
        "For the developer, Nathan Birch, spoke first. Adam Stone, for the residents, listened.\n\n"
        "When Stone sat down, he said the fields flooded."
    )
    assert speaker_holding(body, "the fields flooded") == "Adam Stone"
