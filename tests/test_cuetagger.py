"""The learned cue tagger (quotelens.cuetagger): what it proposes, its data file, its training."""

from __future__ import annotations

import json
import sys

import pytest

from quotelens import cuetagger
from quotelens.cuetagger import (
    DATA_PATH,
    MAX_FEATURES,
    CueTagger,
    article_units,
    in_lexicon,
    lemma_guess,
    load_tagger,
    propose_cues,
    shape,
    tagger_json,
    token_features,
)
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(SHARED / "eval"))
import score_attributions
import train_cue_tagger
from train_cue_tagger import train_tagger


def cues(text: str) -> list[str]:
    return [text[p.start : p.end] for p in propose_cues(text)]


def test_the_shipped_weights_load_once_and_stay_small():
    assert DATA_PATH.stat().st_size < 400_000
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert "train" in data["trained_on"] and "dev" not in data["trained_on"]
    tagger = load_tagger()
    assert tagger is load_tagger()  # read once
    assert 1000 < len(tagger.weights) <= data["max_weights"]
    assert all(abs(w) > data["prune"] for w in tagger.weights.values())


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Lopez shot back: “The budget is a fantasy and everyone knows it.”", "shot back"),
        ("Lopez made it clear that she would vote against the budget.", "made it clear"),
        ("Lopez does not want a new tax on fuel.", "want"),
    ],
)
def test_it_finds_cues_the_lexicon_does_not_know(text, cue):
    """Cue phrases of the kind train annotates outside the lexicon ("shot back", "made it clear")."""
    words = cue.split()
    assert not any(in_lexicon(w) for w in words)  # the lexicon alone finds none of it
    found = cues(text)
    assert any(c in cue or cue in c for c in found), found


def test_out_of_lexicon_proposals_say_so():
    text = "Lopez made it clear that she would vote against the budget, her aide said."
    by_text = {text[p.start : p.end]: p for p in propose_cues(text)}
    assert not any(p.in_lexicon for c, p in by_text.items() if c.startswith("made"))
    assert by_text["said"].in_lexicon


def test_it_finds_the_common_cues_and_offsets_are_the_texts():
    text = "The mayor said on Monday that the bridge would reopen. “It is safe,” she told reporters."
    props = propose_cues(text)
    found = [text[p.start : p.end] for p in props]
    assert "said" in found and "told" in found
    assert all(p.in_lexicon for p in props if text[p.start : p.end] in ("said", "told"))
    assert all(p.score > 0 for p in props)


def test_plain_narration_gets_no_cue():
    text = "The river rose two feet overnight. Three roads were closed and the bridge stayed shut until noon."
    assert cues(text) == []


def test_quoted_words_are_read_as_quoted():
    """A cue word inside quotation marks scores lower than the same word outside them."""
    shipped = load_tagger()
    tagger = CueTagger(shipped.weights, shipped.threshold)  # (no word skipped)
    text = "He said the plan would work."
    sentences, _ = article_units(text)
    toks = sentences[0].tokens
    outside = tagger.score_tokens(toks, [False] * len(toks))[1]
    inside = tagger.score_tokens(toks, [True] * len(toks))[1]
    assert outside is not None and inside is not None and inside < outside


def test_features_are_bounded_per_token_and_tagging_reads_each_word_once(monkeypatch):
    """Linear cost without a clock: a bounded number of features per token, at most one context
    reading per word token, and a text four times as long read exactly four times as often."""
    base = "Lopez said the plan, which “voters” wanted, would fail: she put it bluntly. " * 5
    calls = []
    real = cuetagger.Tables.context

    def counting(self, tokens, row, i, quoted):
        calls.append(len(token_features(tokens, i, quoted)))
        return real(self, tokens, row, i, quoted)

    monkeypatch.setattr(cuetagger.Tables, "context", counting)
    counts = []
    for n in (1, 4):
        calls.clear()
        text = "\n\n".join([base] * n)
        propose_cues(text)
        words = sum(1 for s in article_units(text)[0] for t in s.tokens if t.is_word)
        counts.append(len(calls))
        assert 0 < len(calls) <= words
    assert max(calls) <= MAX_FEATURES
    assert counts[1] == 4 * counts[0]


def test_skipping_words_changes_few_proposals():
    """The skip bound saves work: with it off, at least 95 % of the same cues come out of a train article."""
    train = sorted((SHARED / "polnear" / "train").glob("*.txt"))[0].read_text(encoding="utf-8")
    shipped = load_tagger()
    assert shipped.skip_below > float("-inf")
    unbounded = CueTagger(shipped.weights, shipped.threshold)
    assert len(propose_cues(train, unbounded)) >= len(propose_cues(train, shipped)) > 0
    same = set(propose_cues(train, unbounded)) & set(propose_cues(train, shipped))
    assert len(same) >= 0.95 * len(propose_cues(train, unbounded))


def test_the_table_scorer_sums_exactly_the_features_weights():
    """score_tokens reads weights by template; it must give the weights of token_features summed."""
    tagger = load_tagger()
    unbounded = CueTagger(tagger.weights, tagger.threshold)
    checked = quoted_words = 0
    for path in sorted((SHARED / "polnear" / "train").glob("*.txt"))[:3]:
        sentences, regions = article_units(path.read_text(encoding="utf-8"))
        index = cuetagger.RegionIndex(regions)
        for sent in sentences:
            quoted = [index.at(t.start) is not None for t in sent.tokens]
            fast = unbounded.score_tokens(sent.tokens, quoted)
            for i, tok in enumerate(sent.tokens):
                if tok.is_word:
                    slow = sum(tagger.weights.get(f, 0.0) for f in token_features(sent.tokens, i, quoted[i]))
                    assert fast[i] == pytest.approx(slow, abs=1e-9), tok.text
                    checked += 1
                    quoted_words += quoted[i]
    assert checked > 300 and quoted_words > 20


def test_lemma_guess_and_shape():
    assert lemma_guess("said") == "say"  # the lexicon's lemma
    assert lemma_guess("landed") == "land"
    assert lemma_guess("worries") == "worry"
    assert lemma_guess("is") == "is"
    assert shape("McCain") == "XxXxx"
    assert shape("2016") == "dd"
    assert "lex" in token_features(article_units("He said so.")[0][0].tokens, 1, False)


def small_training_set():
    """Labelled tokens of three train articles, read by the training script."""
    train = SHARED / "polnear" / "train"
    stems = sorted(p.stem for p in train.glob("*.ann"))[:3]
    out = []
    for stem in stems:
        doc = score_attributions.load_gold_doc(str(train / f"{stem}.txt"), str(train / f"{stem}.ann"))
        out.extend(train_cue_tagger.labelled_tokens(doc.text, train_cue_tagger.cue_offsets(doc)))
    return out


def test_training_is_deterministic_and_learns_the_training_cues():
    labelled = small_training_set()
    assert any(gold for _, gold in labelled) and not all(gold for _, gold in labelled)
    first = tagger_json(train_tagger(labelled, epochs=3, seed=7, min_count=2, max_weights=500))
    second = tagger_json(train_tagger(labelled, epochs=3, seed=7, min_count=2, max_weights=500))
    assert first == second
    data = json.loads(first)
    assert 0 < len(data["weights"]) <= 500
    tagger = CueTagger(data["weights"], data["threshold"])
    right = sum(1 for feats, gold in labelled if (sum(tagger.weights.get(f, 0.0) for f in feats) > 0) == gold)
    assert right / len(labelled) > 0.97  # it fits what it saw (cues are ~6 % of tokens)


def test_a_bad_data_file_is_named(tmp_path):
    bad = tmp_path / "cue_tagger.json"
    bad.write_text(json.dumps({"format": 99, "threshold": 0, "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"cue_tagger\.json"):
        load_tagger(bad)


def test_a_verb_shaped_word_reads_its_context_as_a_verb():
    """An unlisted word has too few train uses for weights of its own: its verb shape, joined with the
    context (a pronoun before, the word after), is what can make it a cue."""
    tokens = article_units("They lambasted the deal.")[0][0].tokens
    feats = token_features(tokens, 1, False)
    assert {"vs", "pron<&vs", "vs&p1=they", "vs&n1=the"} <= set(feats)
    assert not any("vs" in f.split("&") or f.startswith("vs&") for f in token_features(tokens, 2, False))
    capital = article_units("Lambasted the deal.")[0][0].tokens
    assert "vs" not in token_features(capital, 0, False)


def test_an_override_replaces_the_shipped_tagger_until_cleared():
    """Training the confidence model reads each train document with a tagger fitted on the other half."""
    other = cuetagger.CueTagger({"w=said": -9.0}, threshold=0.0)
    try:
        cuetagger.override_tagger(other)
        assert cuetagger.current_tagger() is other
    finally:
        cuetagger.override_tagger(None)
    assert cuetagger.current_tagger() is load_tagger()
