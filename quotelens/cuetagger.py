"""A learned cue finder: which words of an article signal that someone is credited with something.

In: the article text with the engine's own segmentation (:mod:`quotelens.segment`'s sentences,
tokens and quoted regions). Out: :class:`CueProposal` records, runs of adjacent word tokens the
tagger reads as a cue ("said", "landed a dig at", "put it"), each with character offsets into the
text, a score (the perceptron's margin; above 0 means "cue") and whether the cue lexicon
(:mod:`quotelens.lexicon`) knows any of its words.

Notes:
    * The model is a binary **averaged perceptron** over sparse string features of a small window
      (word, lower-cased word, a lemma guess, shape, suffix, neighbours and neighbour bigrams,
      quotation marks nearby, "that" / colon after, a capitalised word or pronoun before, and
      whether the lexicon knows the word or a neighbour). Chosen over logistic regression because
      training is mistake-driven (most of the ~600,000 train tokens cost one dot product per
      epoch and no update), so a pure-Python fit takes a minute instead of several; averaging
      gives the stability that regularisation gives logistic regression; and its weights are
      sparse and prune well. Its margin is not a probability: the consumer is meant to be the
      engine's confidence model (itself a logistic regression), which calibrates the margin as
      one more feature. A CRF was not chosen: cues are short (1.3 words on average) and a first-
      order chain adds Viterbi cost for little over the neighbour features.
    * Weights are fitted on PolNeAR *train* cue annotations only (``tools/train_cue_tagger.py``),
      shipped as ``quotelens/data/cue_tagger.json`` and loaded on first use.
    * Every word token gets at most :data:`MAX_FEATURES` features computed from a window of a few
      tokens, so tagging costs time linear in the text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from quotelens.lexicon import CUE_FORMS, DERIVED_CUE_RATES
from quotelens.segment import (
    ParagraphRole,
    QuoteRegion,
    RegionIndex,
    Sentence,
    Token,
    find_quote_regions,
    segment_paragraphs,
    segment_sentences,
)

DATA_PATH = Path(__file__).with_name("data") / "cue_tagger.json"
MAX_FEATURES = 40  # an upper bound on the features of one token (a test pins it)
_QUOTE_MARKS = frozenset(['"', "“", "”", "''", "``", "«", "»", "„"])
_PRONOUNS = frozenset("he she they it we i you who".split())
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def in_lexicon(low: str) -> bool:
    """Whether the engine's cue lexicon knows the lower-cased word as a cue."""
    return low in CUE_FORMS or low == "according"


def lemma_guess(low: str) -> str:
    """The lexicon's lemma when it knows the word, else the word without a common inflection."""
    lemma = CUE_FORMS.get(low)
    if lemma is not None:
        return lemma
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)] + repl
    return low


def shape(word: str) -> str:
    """Xxxx, xxxx, XX, dd ...: letters and digits as classes, runs shortened to two."""
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if len(out) < 2 or not (out[-1] == k and out[-2] == k):
            out.append(k)
    return "".join(out)


def _low(tokens: Sequence[Token], i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(tokens):
        return "</s>"
    return tokens[i].lower


def token_features(tokens: Sequence[Token], i: int, quoted: bool) -> list[str]:
    """The features of word token ``i`` of a sentence; ``quoted``: it lies inside quotation marks."""
    tok = tokens[i]
    w, lw = tok.text, tok.lower
    p1, p2, n1, n2 = _low(tokens, i - 1), _low(tokens, i - 2), _low(tokens, i + 1), _low(tokens, i + 2)
    lem = lemma_guess(lw)
    after = [t.lower for t in tokens[i + 1 : i + 4]]
    before = [t.text for t in tokens[max(0, i - 3) : i]]
    lex = in_lexicon(lw)
    feats = [
        "b",
        "w=" + w,
        "lw=" + lw,
        "lem=" + lem,
        "sh=" + shape(w),
        "suf=" + lw[-3:],
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "p1w=" + p1 + "|" + lw,
        "wn1=" + lw + "|" + n1,
        "lem_n1=" + lem + "|" + n1,
        "p1_lem=" + p1 + "|" + lem,
    ]
    that_after = "that" in after
    colon_after = ":" in after
    q_after = any(t in _QUOTE_MARKS for t in after)
    q_before = any(t in _QUOTE_MARKS for t in before)
    flags = {
        "that>": that_after,
        "colon>": colon_after,
        "q>": q_after,
        "<q": q_before,
        "inq": quoted,
        "first": i == 0,
        "cap<": i > 0 and tokens[i - 1].is_capitalised and tokens[i - 1].is_word,
        "pron<": p1 in _PRONOUNS,
        "comma<": p1 == ",",
        "comma>": n1 == ",",
        "cap": tok.is_capitalised,
        "lex": lex,
        "lex<": in_lexicon(p1),
        "lex>": in_lexicon(n1),
        "lex<<": in_lexicon(p2),
        "lex>>": in_lexicon(n2),
    }
    feats.extend(k for k, v in flags.items() if v)
    if lex:
        rate = DERIVED_CUE_RATES.get(lw)
        feats.append(f"lexrate={round(rate, 1) if rate is not None else 'core'}")
    for ctx in ("that>", "colon>", "q>", "<q", "cap<", "pron<", "inq"):
        if flags[ctx]:
            feats.append(ctx + "&lem=" + lem)
            if lex:
                feats.append(ctx + "&lex")
    return feats


@dataclass(frozen=True, slots=True)
class CueProposal:
    """A run of adjacent word tokens read as one cue; ``text[start:end]`` is the cue."""

    start: int
    end: int
    score: float  # the highest margin among its tokens (> threshold)
    in_lexicon: bool  # the lexicon knows at least one of its words


class CueTagger:
    """An averaged perceptron's weights with the tagging loop; see the module notes."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.0, meta: dict[str, object] | None = None):
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    def score_tokens(self, tokens: Sequence[Token], quoted: Sequence[bool]) -> list[float | None]:
        """The margin of every word token of one sentence (``None`` for punctuation)."""
        get = self.weights.get
        out: list[float | None] = []
        for i, tok in enumerate(tokens):
            if not tok.is_word:
                out.append(None)
                continue
            out.append(sum(get(f, 0.0) for f in token_features(tokens, i, quoted[i])))
        return out

    def propose(self, sentences: Iterable[Sentence], regions: Sequence[QuoteRegion]) -> list[CueProposal]:
        """Cue proposals of the sentences, in text order."""
        index = RegionIndex(list(regions))
        out: list[CueProposal] = []
        for sent in sentences:
            toks = sent.tokens
            scores = self.score_tokens(toks, [index.at(t.start) is not None for t in toks])
            out.extend(_runs(toks, scores, self.threshold))
        return out


def _runs(tokens: Sequence[Token], scores: Sequence[float | None], threshold: float) -> list[CueProposal]:
    out: list[CueProposal] = []
    run: list[int] = []
    for i in range(len(tokens) + 1):
        s = scores[i] if i < len(tokens) else None
        if s is not None and s > threshold:
            run.append(i)
            continue
        if run:
            best = max(scores[k] or 0.0 for k in run)
            lex = any(in_lexicon(tokens[k].lower) for k in run)
            out.append(CueProposal(tokens[run[0]].start, tokens[run[-1]].end, round(best, 3), lex))
            run = []
    return out


def article_units(text: str) -> tuple[list[Sentence], list[QuoteRegion]]:
    """The engine's sentences of the headline and body paragraphs, and the quoted regions."""
    paragraphs = segment_paragraphs(text)
    mined = [replace(p, role=ParagraphRole.BODY) if p.role is ParagraphRole.TITLE else p for p in paragraphs]
    return segment_sentences(text, mined), find_quote_regions(text, paragraphs)


def propose_cues(text: str, tagger: CueTagger | None = None) -> list[CueProposal]:
    """Cue proposals for a whole article text (segmented as the engine segments it)."""
    sentences, regions = article_units(text)
    return (tagger or load_tagger()).propose(sentences, regions)


@cache
def load_tagger(path: Path = DATA_PATH) -> CueTagger:
    """The shipped tagger, read once on first use."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != 1:
        raise ValueError(f"{path}: unknown cue tagger format {data.get('format')!r}")
    meta = {k: v for k, v in data.items() if k not in ("weights", "threshold")}
    return CueTagger({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]), meta)


def fit_perceptron(
    examples: Sequence[tuple[Sequence[int], bool]], n_features: int, epochs: int = 5, seed: int = 0
) -> list[float]:
    """Averaged perceptron weights for ``(feature ids, is_cue)`` examples; same inputs, same weights.

    The examples are visited in an order shuffled by ``seed`` each epoch; the average is kept
    with the usual timestamp trick (each weight times the steps it lived), so an update costs
    the example's features, not the vocabulary.
    """
    w = [0.0] * n_features
    total = [0.0] * n_features  # each weight summed over the steps up to stamp[f]
    stamp = [0] * n_features
    rng = random.Random(seed)
    order = list(range(len(examples)))
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = examples[k]
            step += 1
            if (sum(w[f] for f in feats) > 0.0) == gold:
                continue
            delta = 1.0 if gold else -1.0
            for f in feats:
                total[f] += (step - stamp[f]) * w[f]
                stamp[f] = step
                w[f] += delta
    return [(total[f] + (step - stamp[f]) * w[f]) / max(step, 1) for f in range(n_features)]


def train_tagger(
    labelled: Sequence[tuple[list[str], bool]],
    epochs: int = 5,
    seed: int = 0,
    prune: float = 0.0,
    min_count: int = 1,
    max_weights: int | None = None,
) -> CueTagger:
    """Fit a tagger on ``(features, is_cue)`` pairs.

    Features seen in fewer than ``min_count`` examples are left out before fitting (rare words
    and bigrams would otherwise be memorised); weights with ``|w| <= prune`` are dropped after.
    """
    counts: dict[str, int] = {}
    for feats, _ in labelled:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab: dict[str, int] = {}
    for f, n in counts.items():  # (insertion order: the order of the examples, so deterministic)
        if n >= min_count:
            vocab[f] = len(vocab)
    examples = [([vocab[f] for f in feats if f in vocab], gold) for feats, gold in labelled]
    weights = fit_perceptron(examples, len(vocab), epochs, seed)
    kept = {f: round(weights[i], 3) for f, i in vocab.items() if abs(weights[i]) > prune}
    if max_weights is not None and len(kept) > max_weights:  # a size budget: the largest weights stay
        kept = dict(sorted(kept.items(), key=lambda fw: (-abs(fw[1]), fw[0]))[:max_weights])
    meta: dict[str, object] = {
        "epochs": epochs,
        "seed": seed,
        "prune": prune,
        "min_count": min_count,
        "max_weights": max_weights,
        "examples": len(examples),
    }
    return CueTagger({f: w for f, w in kept.items() if w != 0.0}, 0.0, meta)


def tagger_json(tagger: CueTagger) -> str:
    """The tagger as the JSON text of ``quotelens/data/cue_tagger.json`` (sorted: byte-stable)."""
    data = {"format": 1, "threshold": tagger.threshold, **tagger.meta, "weights": tagger.weights}
    return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
