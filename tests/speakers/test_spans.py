"""The source span as speaker resolution reads it: quotelens/speakers/spans.py."""

from __future__ import annotations

import pytest

from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.spans import repaired


def read(sentence: str, source: str) -> str:
    paragraphs = segment_paragraphs(sentence)
    (sent,) = segment_sentences(sentence, paragraphs)
    s = sentence.index(source)
    a, b = repaired(sentence, s, s + len(source), sent.tokens)
    return sentence[a:b]


@pytest.mark.parametrize(
    ("sentence", "source", "read_as"),
    [
        ("By Sunday afternoon she said the attack was terror.", "By Sunday afternoon she", "she"),
        ("She first called it an act of hate, aides said.", "She first", "She"),
        ("Then he returned to his familiar claim that it was rigged.", "he returned to his familiar", "he"),
        ("They all said the vote was fair.", "They all", "They all"),
        ("He and his staff said the vote was fair.", "He and his staff", "He and his staff"),
        ("A campaign TV ad released Thursday says the rival lied.", "Thursday", "A campaign TV ad released Thursday"),
        ("The most recent polling in Florida shows a tie.", "Florida", "The most recent polling in Florida"),
        ("A new CNN/WMUR poll found that voters were split.", "WMUR", "A new CNN/WMUR poll"),
        ("The book and film portray the night differently.", "film", "The book and film"),
        (
            "Hackers broke in, according to a congressional report on Wednesday.",
            "Wednesday",
            "a congressional report on Wednesday",
        ),
        ("Later, the congressional report found more.", "the congressional", "the congressional report"),
        ("Aides to Clinton are well aware of the problems.", "Aides to Clinton are well", "Aides to Clinton"),
        (
            "Most at risk are Supreme Court precedents on labor.",
            "risk are Supreme Court precedents",
            "Supreme Court precedents",
        ),
        ("They ignored the pair of editorials that ran in the paper.", "the pair", "the pair of editorials"),
        ("Obama said so, according to a White House pool report.", "White House", "a White House pool report"),
        ("It is doubtful Clinton will win the state.", "It is doubtful Clinton", "Clinton"),
        (  # (a clause opened by "after": the role whose body the span named)
            "Sterling fell after the governor of the Bank of Westland said inflation was easing.",
            "the Bank of Westland",
            "the governor of the Bank of Westland",
        ),
    ],
)
def test_repaired_spans(sentence: str, source: str, read_as: str) -> None:
    assert read(sentence, source) == read_as


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Senator Jo Hale of Ohio said the bill would pass.", "Jo Hale"),  # a name after its title stays
        ("He and she said they would meet again.", "He and she"),  # two pronouns: left as they are
        ("Most voters in Ohio said they liked him.", "Most voters"),
        ("In Ohio, Jo Hale said the bill would pass.", "Jo Hale"),  # no determiner opens the clause
        ("Later there was no overt mention of it.", "there was no overt"),  # no subject to cut out
        ("Obama said so, according to the White House.", "White House"),  # no document after the name
        (
            "Prices fell after ministers met the Bank of Westland.",
            "the Bank of Westland",
        ),  # no determiner after "after"
    ],
)
def test_spans_left_alone(sentence: str, source: str) -> None:
    assert read(sentence, source) == source


@pytest.mark.parametrize(
    ("sentence", "source", "read_as"),
    [
        (
            "Last night another source close to the Duke said he knew.",
            "Last night another source close to the Duke",
            "another source close to the Duke",
        ),
        ("This week the company said it was fine.", "This week the company", "the company"),
        ("The first one said it was fine.", "The first one", "The first one"),
        ("All three candidates said they would act.", "All three candidates", "All three candidates"),
    ],
)
def test_a_time_adverbial_before_the_source_is_no_part_of_it(sentence: str, source: str, read_as: str) -> None:
    assert read(sentence, source) == read_as


def test_the_subject_of_a_what_clause_is_the_whole_phrase_that_holds_the_name():
    sentence = "The letter was sent in what one friend of the Duke described as a door closing."
    assert read(sentence, "the Duke") == "one friend of the Duke"


def test_a_post_modifier_before_an_aside_about_the_source_is_part_of_it():
    sentence = "One distribution chief at a competing studio, speaking on condition of anonymity, called it a flop."
    assert read(sentence, "One distribution chief") == "One distribution chief at a competing studio"
    sentence = "A source in the White House, who asked not to be named, said it was a flop."
    assert read(sentence, "A source") == "A source in the White House"
