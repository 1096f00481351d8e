"""The learned content-end chooser (quotelens/boundary.py), on sentences written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from quotelens import boundary
from quotelens.attribution.tokens import is_cue_word
from quotelens.linear import dot
from quotelens.segment import tokenize

DATA = Path(boundary.__file__).with_name("data") / "boundary.json"


def options(sentence: str, start_word: str, rule_end: int | None = None):
    toks = tokenize(sentence)
    k = next(n for n, t in enumerate(toks) if t.text == start_word)
    end = len(toks) if rule_end is None else rule_end
    return toks, boundary.candidates(toks, k, end, lambda pos: False, "say", True, is_cue_word)


def test_every_break_point_and_the_sentence_end_are_candidates():
    toks, opts = options("He said the plan failed, and the mayor resigned because of it.", "the")
    words = [toks[m].text if m < len(toks) else "<end>" for m, _ in opts]
    assert words == [",", "because", "<end>"]  # ", and" ends where the comma does: one candidate
    assert sum(f.get("rule", 0.0) for _, f in opts) == 1.0  # the rules' end is marked once


def test_rule_end_is_kept_without_weights(monkeypatch):
    _, opts = options("He said the plan failed, and the mayor resigned.", "the", rule_end=5)
    monkeypatch.setattr(boundary, "_weights", lambda: None)
    assert boundary.choose(opts, 5) == (5, None)


def test_quoted_breaks_are_not_candidates():
    toks = tokenize('He said it was "slow, and costly" in the end.')
    k = 2
    quoted = lambda pos: 15 <= pos < 33  # noqa: E731  the quotation
    opts = boundary.candidates(toks, k, len(toks), quoted, "say", True, is_cue_word)
    assert [toks[m].text if m < len(toks) else "<end>" for m, _ in opts] == ["in", "<end>"]


def test_end_char_drops_trailing_commas():
    toks = tokenize("He said the plan failed, and left.")
    m = next(n for n, t in enumerate(toks) if t.text == "and")
    assert "He said the plan failed, and left."[: boundary.end_char(toks, m)] == "He said the plan failed"


def test_shipped_weights_are_trained_on_train_and_beat_the_rules():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["trained_on"] == "PolNeAR train"
    assert data["cross_validated_accuracy"] > data["rules_end_accuracy"]


def test_frames_record_their_candidate_ends_and_the_choice_share():
    from quotelens.attribution import attributions_in

    text = (
        "Headline For The Test\n\n"
        "The mayor said the bridge would reopen in May, and the council agreed. "
        "According to the report, the cost rose by a third. "
        "She spoke for an hour, adding that the budget was tight."
    )
    found = attributions_in(text, use_model=False)
    framed = [a for a in found if a.end_options]
    assert {a.rule.split(" (")[0] for a in framed} >= {"source-first", "participle"}
    for a in framed:
        assert a.end in {end for end, _ in a.end_options}  # the chosen end is one of the candidates
        assert a.end_share is not None and 0.0 < a.end_share <= 1.0
        assert a.features == {} or "end_share" in a.features


def test_an_end_right_after_another_frames_cue_is_marked():
    toks, opts = options("Putin denied any involvement, Tillerson said, but Trump pressed him.", "any")
    commas = [m for m, _ in opts if m < len(toks) and toks[m].text == ","]
    assert len(commas) == 2
    marked = [m for m, f in opts if f.get("cue_before")]
    assert marked == [commas[1]]  # only the comma after "Tillerson said"


def test_training_can_swap_the_chooser_and_restore_the_shipped_one():
    toks, opts = options("He said the plan failed, and the mayor resigned because of it.", "the")
    shipped = boundary.choose(opts, len(toks))
    sentence_end = next(f for m, f in opts if m == len(toks))
    prefer_end = {k: 50.0 for k in sentence_end if k.startswith("sentence_end")}
    try:
        boundary.override_weights(prefer_end)
        assert boundary.choose(opts, 5)[0] == len(toks)
    finally:
        boundary.override_weights(None)
    assert boundary.choose(opts, len(toks)) == shipped


def test_content_features_count_words_and_passed_commas():
    _, opts = options("He said the plan, as drafted, failed badly because of it.", "the")
    last = opts[-1][1]
    assert any(k.endswith("|comma_inside") for k in last)
    assert not any(k.endswith("|comma_inside") for k in opts[0][1])


def test_ends_carry_what_they_leave_of_the_sentence():
    toks, opts = options("He said the plan failed, which surprised nobody at all in the town.", "the")
    feats = dict((toks[m].text if m < len(toks) else "<end>", f) for m, f in opts)
    assert feats[","]["tail=<=12"] == 1.0  # "which surprised nobody at all in the town": 8 words left
    assert feats[","]["tail=<=12|class=,+relative"] == 1.0
    assert not any(k.startswith("tail=") for k in feats["<end>"])  # the sentence's end leaves nothing


def test_ends_before_any_verb_and_open_asides_are_marked():
    # (a "that" clause has no end before its first verb since span41s: the unmarked content still has one)
    toks, opts = options("He said for one, there was a lack of will - which he regretted - in the case.", "for")
    feats = [(toks[m].text if m < len(toks) else "<end>", f) for m, f in opts]
    first_comma = next(f for w, f in feats if w == ",")
    assert first_comma["verbless|class=,+word"] == 1.0  # "for one": no verb yet
    assert first_comma["last=low|class=,+word"] == 1.0  # the content's last word ("one") by its shape
    dashes = [f for w, f in feats if w == "-"]
    assert dashes[0].get("dash_pair") == 1.0 and "dash_pair" not in dashes[1]  # the aside closes at the second
    assert all(not k.startswith("verbless") for k in dashes[0])  # "was" passed


def test_ends_know_whether_a_clause_or_another_report_follows():
    toks, opts = options("He said the plan failed in February, and it was dropped, Smith said.", "the")
    feats = dict((toks[m].text if m < len(toks) else "<end>", f) for m, f in opts)
    assert feats["in"]["tail_verb=1|class=preposition"] == 1.0  # "was dropped", "said" come later
    assert feats["in"]["cue_later|class=preposition"] == 1.0  # "Smith said"
    last_comma = [f for m, f in opts if m < len(toks) and toks[m].text == ","][-1]
    assert last_comma["tail_verb=1|class=,+word"] == 1.0  # ", Smith said": the cue is a verb too
    toks, opts = options("He said the plan failed in February.", "the")
    at_in = next(f for m, f in opts if m < len(toks) and toks[m].text == "in")
    assert at_in["tail_verb=0|class=preposition"] == 1.0 and not any(k.startswith("cue_later") for k in at_in)


def test_candidate_features_are_indicators_scored_as_the_general_dot():
    """The chooser sums its features' weights without products (a speed change only): every feature
    is 1.0, so the score is the float of the general weighted sum."""
    weights = json.loads(DATA.read_text(encoding="utf-8"))["weights"]
    weights = {k: float(v) for k, v in weights.items()}
    _, opts = options('He said the plan failed, and the mayor, who "won," resigned - because of it.', "the")
    assert len(opts) > 2
    for _, f in opts:
        assert f and set(f.values()) == {1.0}
        assert boundary.score(f, weights) == dot(f, weights)


def test_feature_names_are_the_same_when_made_and_when_remembered():
    """The names of a candidate's features are kept per word, class and reading once made: a second
    reading of the sentence gives the same names in the same order, and they are the names spelled out."""
    sentence = "He said the plan failed, and the mayor resigned because of it."
    first = options(sentence, "the")[1]
    boundary._WORD_KEYS.clear()
    boundary._CLASS_KEYS.clear()
    again = options(sentence, "the")[1]
    assert [(m, list(f.items())) for m, f in first] == [(m, list(f.items())) for m, f in again]
    names = list(first[1][1])  # the end before "because"
    assert names[:6] == [
        "w=because",
        "w=because|speech=1",
        "w=because|lemma=say",
        "w=because|next=of",
        "len=<=10",
        "ord=1",
    ]
    assert "class=subordinator|speech=1" in names and "class=subordinator|len=<=10" in names
    assert "last=low|class=subordinator" in names


def test_a_that_clause_has_no_end_before_its_first_verb():
    toks, opts = options("He said that for one, there was a lack of will - which he regretted - in the case.", "that")
    assert "," not in [toks[m].text if m < len(toks) else "<end>" for m, _ in opts]  # "there was" comes later
