"""The light clause reading at a sentence's break points (quotelens/clausereader.py)."""

from __future__ import annotations

from quotelens import boundary, clausereader
from quotelens.attribution.tokens import is_cue_word
from quotelens.segment import tokenize


def reading_at(sentence: str, word: str, nth: int = 0) -> str:
    toks = tokenize(sentence)
    at = [n for n, t in enumerate(toks) if t.text == word][nth]
    return clausereader.read(toks, lambda pos: False, is_cue_word)[at]


def test_a_coordinated_clause_with_its_own_subject_and_verb():
    assert reading_at("He said the plan failed, and the mayor resigned.", ",") == ",+coord:clause"
    assert reading_at("He said the plan failed and three in ten said so.", "and") == "coord:clause:report"


def test_the_same_subjects_next_verb_phrase_is_not_a_new_clause():
    assert reading_at("He said the plan failed and called it a disaster.", "and") == "coord:vp"
    assert reading_at("He praised teachers and nurses for their work.", "and") == "coord:phrase"


def test_adverbial_clauses_against_phrases():
    assert reading_at("She said prices rose while wages were flat.", "while") == "sub:clause"
    assert reading_at("She said prices rose after the vote.", "after") == "sub:phrase"


def test_relative_clauses_according_to_parentheticals_and_dashes():
    assert reading_at("He praised Indiana, which took a hit last year.", ",") == ",+rel"
    assert reading_at("Prices rose, according to the report.", ",") == ",+according"
    assert reading_at("He praised the plan (a bold one) on Monday.", "(") == "paren"
    assert reading_at("He debased the dollar - except that it rose.", "-") == "dash:phrase"


def test_a_second_report_after_a_comma_and_the_sentence_end():
    toks = tokenize("The plan failed, the mayor said.")
    out = clausereader.read(toks, lambda pos: False, is_cue_word)
    assert out[3] == ",+clause:report"
    assert out[len(toks)] == "end"
    assert out[0] == ""  # not a break


def test_quoted_breaks_have_no_reading():
    toks = tokenize('He said it was "slow, and costly" in the end.')
    out = clausereader.read(toks, lambda pos: 15 <= pos < 33, is_cue_word)
    assert out[6] == ""


def test_the_reading_becomes_features_of_the_candidate_end():
    toks = tokenize("He said the plan failed, and the mayor resigned.")
    structure = clausereader.read(toks, lambda pos: False, is_cue_word)
    opts = boundary.candidates(toks, 2, len(toks), lambda pos: False, "say", True, is_cue_word, structure=structure)
    comma = next(f for m, f in opts if toks[m].text == ",")
    assert comma["struct=,+coord:clause"] == 1.0
    assert comma["struct=,+coord:clause|speech=1"] == 1.0


def test_a_spaced_hyphen_is_a_candidate_end():
    toks = tokenize("He said the dollar fell - except that it rose.")
    opts = boundary.candidates(toks, 2, len(toks), lambda pos: False, "say", True, is_cue_word)
    assert "-" in [toks[m].text for m, _ in opts if m < len(toks)]
