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
      whether the lexicon knows the word or a neighbour). A lower-case word shaped like a finite
      verb ("lambasted", "backs") also gets its context joined with that shape ("pron<&vs",
      "vs&n1=the"): unlisted verbs are too rare for weights of their own, so the shape carries what
      the context says about them (dev outside-the-lexicon token F1 0.293 -> 0.305). Chosen over
      logistic regression because training is mistake-driven (most of the ~600,000 train tokens cost
      one dot product per epoch and no update), so a pure-Python fit takes a minute instead of
      several; averaging gives the stability that regularisation gives logistic regression; and its
      weights are sparse and prune well. Its margin is not a probability: the consumer is meant to
      be the engine's confidence model (itself a logistic regression), which calibrates the margin
      as one more feature. A CRF was not chosen: cues are short (1.3 words on average) and a first-
      order chain adds Viterbi cost for little over the neighbour features.
    * Weights are fitted on PolNeAR *train* cue annotations only (``tools/train_cue_tagger.py``,
      which holds the perceptron), shipped as ``quotelens/data/cue_tagger.json`` and loaded on
      first use.
    * Every word token has at most :data:`MAX_FEATURES` features from a window of a few tokens, so
      tagging costs time linear in the text. At tagging time the weights are read from per-template
      tables (no feature strings are built), and a word whose own features score under the file's
      ``skip_below`` is not read further (see :class:`CueTagger`).
    * Measured on dev by ``benchmarks/cue_tagger.py`` (BENCHMARKS.md): far more precise than the
      lexicon as a cue reader, but it finds few cues outside the lexicon, whose train examples are
      a long tail of one-off phrases.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter
from pathlib import Path

from quotelens.cuefeatures import (
    _QUOTE_MARKS,
    MAX_FEATURES,
    Tables,
    context_features,
    in_lexicon,
    lemma_guess,
    shape,
    token_features,
    verb_shaped,
    word_features,
)
from quotelens.lexicon import CUE_FORMS
from quotelens.linear import Swappable
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

__all__ = [
    "DATA_PATH",
    "MAX_FEATURES",
    "CueProposal",
    "CueTagger",
    "Tables",
    "article_units",
    "context_features",
    "current_tagger",
    "in_lexicon",
    "lemma_guess",
    "load_tagger",
    "override_tagger",
    "propose_cues",
    "shape",
    "tagger_json",
    "token_features",
    "verb_shaped",
    "word_features",
]

DATA_PATH = Path(__file__).with_name("data") / "cue_tagger.json"

_LOWER = attrgetter("lower")
_IS_MARK = _QUOTE_MARKS.__contains__


@dataclass(frozen=True, slots=True)
class CueProposal:
    """A run of adjacent word tokens read as one cue; ``text[start:end]`` is the cue."""

    start: int
    end: int
    score: float  # the highest margin among its tokens (> threshold)
    in_lexicon: bool  # the lexicon knows at least one of its words


class CueTagger:
    """An averaged perceptron's weights with the tagging loop; see the module notes.

    A word whose own features (:func:`word_features`, summed once per word form) score under
    ``skip_below`` is not scored further and is never a cue: its context could not lift it over
    the threshold for 99 % of the train tokens the full model tags (``tools/train_cue_tagger.py``
    measures the bound). Most tokens ("the", "of", names) stop there, which keeps tagging cheap.
    """

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float = 0.0,
        meta: dict[str, object] | None = None,
        skip_below: float = float("-inf"),
    ):
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}
        self.skip_below = skip_below
        self._word_scores: dict[str, float] = {}
        self._cached_tables: Tables | None = None

    def word_score(self, text: str) -> float:
        """The sum of the weights of a word's own features (cached per word form)."""
        score = self._word_scores.get(text)
        if score is None:
            get = self.weights.get
            score = sum(get(f, 0.0) for f in word_features(text))
            if len(self._word_scores) < 200_000:  # (a bound on memory for endless inputs)
                self._word_scores[text] = score
        return score

    def score_tokens(self, tokens: Sequence[Token], quoted: Sequence[bool]) -> list[float | None]:
        """The margin of every word token of one sentence (``None``: punctuation, or a word skipped).

        The same sum as the weights of :func:`token_features`, read from per-template tables
        instead of feature strings (a test holds the two equal).
        """
        tables = self._tables()
        lows = [t.lower for t in tokens]
        row = (lows, [in_lexicon(low) for low in lows], [low in _QUOTE_MARKS for low in lows])
        out: list[float | None] = []
        for i, tok in enumerate(tokens):
            own = self.word_score(tok.text) if tok.is_word else None
            if own is None:
                out.append(None)
                continue
            if quoted[i]:
                own += tables.inq + (tables.inq_lex if row[1][i] else 0.0)
            if own < self.skip_below:
                out.append(None)
                continue
            out.append(own + tables.context(tokens, row, i, quoted[i]))
        return out

    def margin_at(self, tokens: Sequence[Token], i: int, quoted: bool) -> float | None:
        """The margin of token ``i`` alone (as :meth:`score_tokens` gives it; ``quoted``: whether that
        token is inside quotation marks), reading only its window of three tokens each side; ``None``
        for punctuation or a word skipped by ``skip_below``."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        own = self.word_score(tok.text)
        tables = self._tables()
        lo = i - 3 if i > 3 else 0
        window = tokens[lo : i + 4]
        lows = list(map(_LOWER, window))  # (the three lists made in C where they can be: asked at every cue)
        if quoted:
            own += tables.inq + (tables.inq_lex if in_lexicon(lows[i - lo]) else 0.0)
        if own < self.skip_below:
            return None
        lexs = [low in CUE_FORMS or low == "according" for low in lows]  # (in_lexicon's test, without a call a word)
        return own + tables.context(window, (lows, lexs, list(map(_IS_MARK, lows))), i - lo, quoted)

    def _tables(self) -> Tables:
        if self._cached_tables is None:
            self._cached_tables = Tables(self.weights)
        return self._cached_tables

    def propose(self, sentences: Iterable[Sentence], regions: Sequence[QuoteRegion]) -> list[CueProposal]:
        """Cue proposals of the sentences, in text order."""
        index = RegionIndex(list(regions))
        starts = [r.start for r in index.regions]
        out: list[CueProposal] = []
        for sent in sentences:
            toks = sent.tokens
            k = bisect.bisect_left(starts, sent.end)  # (regions are disjoint and in text order)
            if k and index.regions[k - 1].end > sent.start:
                quoted = [index.at(t.start) is not None for t in toks]
            else:
                quoted = [False] * len(toks)
            out.extend(_runs(toks, self.score_tokens(toks, quoted), self.threshold))
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


def override_tagger(tagger: CueTagger | None) -> None:
    """Use ``tagger`` instead of the shipped one (``None``: back to the shipped one). Training the
    confidence model gives each train document a tagger fitted on the other half of train, so the
    margins it learns to trust are out of sample, as they are on new text."""
    _TAGGER.override(tagger)


def current_tagger() -> CueTagger:
    """The tagger the engine reads: the override, else the shipped one."""
    return _TAGGER.current()


@cache
def load_tagger(path: Path = DATA_PATH) -> CueTagger:
    """The shipped tagger, read once on first use."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != 1:
        raise ValueError(f"{path}: unknown cue tagger format {data.get('format')!r}")
    meta = {k: v for k, v in data.items() if k not in ("weights", "threshold", "skip_below")}
    weights = {k: float(v) for k, v in data["weights"].items()}
    return CueTagger(weights, float(data["threshold"]), meta, float(data.get("skip_below", "-inf")))


_TAGGER: Swappable[CueTagger] = Swappable(load_tagger)  # (cached: asked for at every cue)


def tagger_json(tagger: CueTagger) -> str:
    """The tagger as the JSON text of ``quotelens/data/cue_tagger.json`` (sorted: byte-stable)."""
    data = {"format": 1, "threshold": tagger.threshold, **tagger.meta, "weights": tagger.weights}
    if tagger.skip_below != float("-inf"):
        data["skip_below"] = tagger.skip_below
    return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
