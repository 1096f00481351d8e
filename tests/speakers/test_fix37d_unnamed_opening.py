"""A two-word definite description ("the diplomat") takes up the unnamed person of its head who opens the
sentence just before ("But a French diplomat struck a gloomier note."), not a named person quoted before
(speakers/takenup.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_diplomat_after_a_diplomat_opened_the_sentence_before():
    body = (
        "Trade Commissioner Anna Lindqvist said on Monday the talks were close to a deal.\n\n"
        '"We are nearly there," Lindqvist said.\n\n'
        'But a French diplomat struck a gloomier note. "Nobody at the table believes that," the diplomat said, '
        "speaking on condition of anonymity."
    )
    assert speaker_holding(body, "Nobody at the table") == "a French diplomat"


def test_not_when_the_sentence_before_names_the_person():
    body = (
        "Trade Commissioner Anna Lindqvist said on Monday the talks were close to a deal.\n\n"
        'But a French diplomat, Paul Marchand, struck a gloomier note. "Nobody at the table believes that," '
        "the diplomat said."
    )
    assert speaker_holding(body, "Nobody at the table") == "Paul Marchand"
