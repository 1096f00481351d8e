"""The learned content-start chooser (quotelens/starts.py), on sentences written for the test."""

from __future__ import annotations

import json

import pytest

from quotelens import starts
from quotelens.attribution import attributions_in
from quotelens.attribution.tokens import is_cue_word
from quotelens.linear import dot
from quotelens.segment import tokenize


def _content(sentence: str) -> list[str]:
    text = "Headline For The Test\n\n" + sentence + "\n"
    return [text[a.content[0][0] : a.content[-1][1]] for a in attributions_in(text, use_model=False)]


def test_candidates_run_from_the_cue_to_past_the_rules_start():
    toks = tokenize("Obama expressed concern about the rising number of attacks.")
    opts = starts.candidates(toks, 2, 2, len(toks) - 1, lambda pos: False, "express", is_cue_word)
    words = [toks[m].text for m, _ in opts]
    assert words == ["concern", "about", "the", "rising", "number"]  # the rules' start and four words past it
    assert [f.get("rel=at", 0.0) for _, f in opts] == [1.0, 0.0, 0.0, 0.0, 0.0]  # the rules' start, once


def test_punctuation_is_no_candidate_and_a_lone_candidate_has_no_features():
    toks = tokenize('He said, "Go."')
    k = next(n for n, t in enumerate(toks) if t.text == "Go")
    assert starts.candidates(toks, k, k, k + 1, lambda pos: False, "say", is_cue_word) == [(k, {})]


def test_rule_start_is_kept_without_weights(monkeypatch):
    toks = tokenize("Obama expressed concern about the rising number of attacks.")
    opts = starts.candidates(toks, 2, 2, len(toks) - 1, lambda pos: False, "express", is_cue_word)
    monkeypatch.setattr(starts, "_weights", lambda: None)
    assert starts.choose(opts, 2) == 2


def test_shipped_weights_are_trained_on_train_and_beat_the_rules():
    data = json.loads(starts.WEIGHTS.read_text(encoding="utf-8"))
    assert data["trained_on"] == "PolNeAR train"
    assert data["cross_validated_accuracy"] > data["rules_start_accuracy"]


@pytest.mark.parametrize(
    ("sentence", "rules", "chosen"),
    [
        # the object of the phrasal cue, not its particle or its noun
        (
            "Clinton doubled down on her comments about the economy.",
            "down on her comments about the economy.",
            "her comments about the economy.",
        ),
        (
            "Obama expressed concern about the rising number of attacks.",
            "concern about the rising number of attacks.",
            "the rising number of attacks.",
        ),
    ],
)
def test_the_chooser_moves_the_start_past_words_gold_leaves_out(sentence, rules, chosen):
    starts.override_weights({})  # (all weights zero: the rules' start)
    try:
        assert _content(sentence) == [rules]
    finally:
        starts.override_weights(None)
    assert _content(sentence) == [chosen]


def test_frames_record_their_candidate_starts():
    text = "Headline For The Test\n\nClinton doubled down on her comments about the economy.\n"
    (att,) = attributions_in(text, use_model=False)
    assert [text[s : s + 4] for s, _ in att.start_options][:3] == ["down", "on h", "her "]


def test_no_candidate_start_lies_past_another_cue():
    toks = tokenize('Hale issued a statement saying that the pier was "a fine place."')
    opts = starts.candidates(toks, 2, 2, len(toks) - 1, lambda pos: False, "issue", is_cue_word)
    assert [toks[m].text for m, _ in opts] == ["a", "statement", "saying"]  # not "that", the participle's


def test_opening_candidates_skip_a_connective_and_an_opening_phrase():
    toks = tokenize("Meanwhile, the plan would cost $3 billion")
    opts = starts.opening_candidates(toks, 0, len(toks), "content-first")
    assert [toks[m].text for m, _ in opts] == ["Meanwhile", "the"]  # (the connective and its comma, once)
    assert "open:keep" in opts[0][1] and "open:conn|w=meanwhile" in opts[1][1]
    toks = tokenize("But in fact, the city has no money")
    opts = starts.opening_candidates(toks, 0, len(toks), "according-to")
    assert [toks[m].text for m, _ in opts] == ["But", "in", "the"]
    assert opts[2][1]["open:comma|len=<=3"] == 1.0  # ("But in fact": three words before the comma)


def test_no_opening_candidate_past_a_quotation_mark_or_a_long_phrase():
    toks = tokenize('The mayor, "a fine man," said no')
    assert [m for m, _ in starts.opening_candidates(toks, 0, len(toks), "content-first")] == [0]
    toks = tokenize("The plan that the council passed in the spring of last year after long talks, failed")
    assert [m for m, _ in starts.opening_candidates(toks, 0, len(toks), "content-first")] == [0]


def test_the_opening_chooser_keeps_the_start_without_weights_and_moves_it_with_them():
    toks = tokenize("Meanwhile, the plan would cost $3 billion")
    opts = starts.opening_candidates(toks, 0, len(toks), "content-first")
    starts.override_weights({})
    try:
        assert starts.choose_opening(opts) == 0
        starts.override_weights({"open:conn|w=meanwhile": 1.0})
        assert starts.choose_opening(opts) == 2
    finally:
        starts.override_weights(None)


def test_other_frames_candidates_carry_their_family():
    toks = tokenize("He left, telling reporters that the city has no money.")
    cue = next(n for n, t in enumerate(toks) if t.text == "telling")
    opts = starts.candidates(
        toks, cue + 1, cue + 1, len(toks) - 1, lambda pos: False, "tell", is_cue_word, "participle"
    )
    assert [toks[m].text for m, _ in opts][:3] == ["reporters", "that", "the"]
    plain = starts.candidates(toks, cue + 1, cue + 1, len(toks) - 1, lambda pos: False, "tell", is_cue_word)
    assert not any(k.startswith("participle:") for _, f in plain for k in f)
    # the same features, each under the family's name: no weight of "X said C" reads them
    assert [{f"participle:{k}": v for k, v in g.items()} for _, g in plain] == [f for _, f in opts]


def test_candidate_features_are_indicators_scored_as_the_general_dot():
    """The chooser sums its features' weights without products (a speed change only): every feature
    is 1.0, so the score is the float of the general weighted sum."""
    weights = {k: float(v) for k, v in json.loads(starts.WEIGHTS.read_text(encoding="utf-8"))["weights"].items()}
    toks = tokenize('Obama said on "Meet the Press" on Sunday that the rising number of attacks was a concern.')
    options = starts.candidates(toks, 2, 8, len(toks) - 1, lambda pos: 3 <= pos < 22, "say", is_cue_word)
    options += starts.candidates(toks, 2, 8, len(toks) - 1, lambda pos: False, "say", is_cue_word, "participle")
    toks = tokenize("But in fact, the city has no money")
    options += starts.opening_candidates(toks, 0, len(toks), "according-to")
    assert len(options) > 10
    for _, f in options:
        assert f and set(f.values()) == {1.0}
        assert starts.score(f, weights) == dot(f, weights)


def test_feature_names_are_the_same_when_made_and_when_remembered():
    """A candidate's feature names are kept per combination of shapes and lemma once made: the same
    names, in the same order, as spelled out."""
    toks = tokenize("Obama expressed concern about the rising number of attacks.")
    first = starts.candidates(toks, 2, 2, len(toks) - 1, lambda pos: False, "express", is_cue_word)
    starts._WORD_KEYS.clear()
    starts._REL_KEYS.clear()
    again = starts.candidates(toks, 2, 2, len(toks) - 1, lambda pos: False, "express", is_cue_word)
    assert [(m, list(f.items())) for m, f in first] == [(m, list(f.items())) for m, f in again]
    assert list(first[1][1]) == [
        *("w=about", "p=low", "p=low|w=about", "w=about|n=the", "lemma=express|w=about", "lemma=express|p=low"),
        *("rel=after", "rel=after|w=about", "rel=after|p=low", "rel=after|d=<=1", "ord=1"),
    ]
