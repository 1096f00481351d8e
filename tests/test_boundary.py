"""The learned content-end chooser (quotelens/boundary.py), on sentences written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from quotelens import boundary
from quotelens.attribution import _is_cue_word
from quotelens.segment import tokenize

DATA = Path(boundary.__file__).with_name("data") / "boundary.json"


def options(sentence: str, start_word: str, rule_end: int | None = None):
    toks = tokenize(sentence)
    k = next(n for n, t in enumerate(toks) if t.text == start_word)
    end = len(toks) if rule_end is None else rule_end
    return toks, boundary.candidates(toks, k, end, lambda pos: False, "say", True, _is_cue_word)


def test_every_break_point_and_the_sentence_end_are_candidates():
    toks, opts = options("He said the plan failed, and the mayor resigned because of it.", "the")
    words = [toks[m].text if m < len(toks) else "<end>" for m, _ in opts]
    assert words == [",", "because", "<end>"]  # ", and" ends where the comma does: one candidate
    assert sum(f.get("rule", 0.0) for _, f in opts) == 1.0  # the rules' end is marked once


def test_rule_end_is_kept_without_weights(monkeypatch):
    _, opts = options("He said the plan failed, and the mayor resigned.", "the", rule_end=5)
    monkeypatch.setattr(boundary, "_weights", lambda: None)
    assert boundary.choose(opts, 5) == 5


def test_quoted_breaks_are_not_candidates():
    toks = tokenize('He said it was "slow, and costly" in the end.')
    k = 2
    quoted = lambda pos: 15 <= pos < 33  # noqa: E731  the quotation
    opts = boundary.candidates(toks, k, len(toks), quoted, "say", True, _is_cue_word)
    assert [toks[m].text if m < len(toks) else "<end>" for m, _ in opts] == ["in", "<end>"]


def test_end_char_drops_trailing_commas():
    toks = tokenize("He said the plan failed, and left.")
    m = next(n for n, t in enumerate(toks) if t.text == "and")
    assert "He said the plan failed, and left."[: boundary.end_char(toks, m)] == "He said the plan failed"


def test_shipped_weights_are_trained_on_train_and_beat_the_rules():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["trained_on"] == "PolNeAR train"
    assert data["cross_validated_accuracy"] > data["rules_end_accuracy"]
