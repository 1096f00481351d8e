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
MAX_FEATURES = 50  # an upper bound on the features of one token (a test pins it)
_QUOTE_MARKS = frozenset(['"', "“", "”", "''", "``", "«", "»", "„"])
_PRONOUNS = frozenset("he she they it we i you who".split())
_CTX = ("that>", "colon>", "q>", "<q", "cap<", "pron<", "inq")
_FLAGS = (
    *("that>", "colon>", "q>", "<q", "inq", "first", "cap<", "pron<", "comma<", "comma>"),
    *("lex<", "lex>", "lex<<", "lex>>"),
)
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


def verb_shaped(low: str) -> bool:
    """A lower-case word shaped like a finite verb outside the lexicon ("lambasted", "backs", "vows")."""
    return len(low) >= 4 and low.isalpha() and (low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")))


def word_features(text: str) -> list[str]:
    """The features of a word that do not depend on its neighbours (the tagger caches their sum)."""
    lw = text.lower()
    feats = ["b", "w=" + text, "lw=" + lw, "lem=" + lemma_guess(lw), "sh=" + shape(text), "suf=" + lw[-3:]]
    if text.islower() and verb_shaped(lw):
        feats.append("vs")
    if text[:1].isupper():
        feats.append("cap")
    if in_lexicon(lw):
        rate = DERIVED_CUE_RATES.get(lw)
        feats += ["lex", f"lexrate={round(rate, 1) if rate is not None else 'core'}"]
    return feats


def context_features(tokens: Sequence[Token], i: int, quoted: bool) -> list[str]:
    """The features of word token ``i`` that read its neighbours; ``quoted``: it lies inside quotation marks."""
    lw = tokens[i].lower
    p1, p2, n1, n2 = _low(tokens, i - 1), _low(tokens, i - 2), _low(tokens, i + 1), _low(tokens, i + 2)
    lem = lemma_guess(lw)
    after = [t.lower for t in tokens[i + 1 : i + 4]]
    feats = [
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "p1w=" + p1 + "|" + lw,
        "wn1=" + lw + "|" + n1,
        "lem_n1=" + lem + "|" + n1,
        "p1_lem=" + p1 + "|" + lem,
    ]
    flags = {
        "that>": "that" in after,
        "colon>": ":" in after,
        "q>": any(t in _QUOTE_MARKS for t in after),
        "<q": any(t.text in _QUOTE_MARKS for t in tokens[max(0, i - 3) : i]),
        "inq": quoted,
        "first": i == 0,
        "cap<": i > 0 and tokens[i - 1].is_capitalised and tokens[i - 1].is_word,
        "pron<": p1 in _PRONOUNS,
        "comma<": p1 == ",",
        "comma>": n1 == ",",
        "lex<": in_lexicon(p1),
        "lex>": in_lexicon(n1),
        "lex<<": in_lexicon(p2),
        "lex>>": in_lexicon(n2),
    }
    feats.extend(k for k, v in flags.items() if v)
    lex = in_lexicon(lw)
    vs = tokens[i].text.islower() and verb_shaped(lw)
    for ctx in _CTX:
        if flags[ctx]:
            feats.append(ctx + "&lem=" + lem)
            if lex:
                feats.append(ctx + "&lex")
            if vs:
                feats.append(ctx + "&vs")
    if vs:
        feats += ["vs&p1=" + p1, "vs&n1=" + n1]
    return feats


def token_features(tokens: Sequence[Token], i: int, quoted: bool) -> list[str]:
    """All features of word token ``i`` of a sentence: its own and its context's."""
    return word_features(tokens[i].text) + context_features(tokens, i, quoted)


@dataclass(frozen=True, slots=True)
class CueProposal:
    """A run of adjacent word tokens read as one cue; ``text[start:end]`` is the cue."""

    start: int
    end: int
    score: float  # the highest margin among its tokens (> threshold)
    in_lexicon: bool  # the lexicon knows at least one of its words


_Row = tuple[list[str], list[bool], list[bool]]  # a sentence's lower-cased tokens, lexicon words, quote marks


class _Tables:
    """The weights of :func:`context_features` by template ("p1", "wn1", "that>&lem" ...)."""

    def __init__(self, weights: dict[str, float]):
        by: dict[str, dict[str, float]] = {}
        for name, w in weights.items():
            template, sep, value = name.partition("=")
            by.setdefault(template if sep else "", {})[value if sep else name] = w
        self.by = by
        flags = by.get("", {})
        self.flag = {k: flags.get(k, 0.0) for k in _FLAGS}
        self.ctx_lex = {k: flags.get(k + "&lex", 0.0) for k in _CTX}
        self.ctx_vs = {k: flags.get(k + "&vs", 0.0) for k in _CTX}
        self.ctx_lem = {k: by.get(k + "&lem", {}) for k in _CTX}
        templates = ("p1", "p2", "n1", "n2", "p1w", "wn1", "lem_n1", "p1_lem", "vs&p1", "vs&n1")
        self.uni = {k: by.get(k, {}) for k in templates}
        order = ("that>", "colon>", "q>", "<q", "cap<", "pron<", "first", "comma<", "comma>")
        self.flag_list = [self.flag[k] for k in (*order, "lex<", "lex>", "lex<<", "lex>>")]
        self.ctx_lem_list = [self.ctx_lem[k] for k in order[:6]]
        self.ctx_lex_list = [self.ctx_lex[k] for k in order[:6]]
        self.ctx_vs_list = [self.ctx_vs[k] for k in order[:6]]
        self.inq = self.flag["inq"]
        self.inq_lex = self.ctx_lex["inq"]
        self.lemmas: dict[str, str] = {}

    def context(self, tokens: Sequence[Token], row: _Row, i: int, quoted: bool) -> float:
        """The weights of the context features of token ``i`` summed, without the ``inq`` ones."""
        lows, lexs, marks = row
        n = len(lows)
        lw = lows[i]
        p1 = lows[i - 1] if i >= 1 else "<s>"
        p2 = lows[i - 2] if i >= 2 else "<s>"
        n1 = lows[i + 1] if i + 1 < n else "</s>"
        n2 = lows[i + 2] if i + 2 < n else "</s>"
        lem = self.lemmas.get(lw)
        if lem is None:
            lem = self.lemmas[lw] = lemma_guess(lw)
        t = self.uni
        s = t["p1"].get(p1, 0.0) + t["p2"].get(p2, 0.0) + t["n1"].get(n1, 0.0) + t["n2"].get(n2, 0.0)
        s += t["p1w"].get(p1 + "|" + lw, 0.0) + t["wn1"].get(lw + "|" + n1, 0.0)
        s += t["lem_n1"].get(lem + "|" + n1, 0.0) + t["p1_lem"].get(p1 + "|" + lem, 0.0)
        after = lows[i + 1 : i + 4]
        on = (
            "that" in after,
            ":" in after,
            True in marks[i + 1 : i + 4],
            True in marks[max(0, i - 3) : i],
            i > 0 and tokens[i - 1].is_capitalised and tokens[i - 1].is_word,
            p1 in _PRONOUNS,
            i == 0,
            p1 == ",",
            n1 == ",",
            i >= 1 and lexs[i - 1],
            i + 1 < n and lexs[i + 1],
            i >= 2 and lexs[i - 2],
            i + 2 < n and lexs[i + 2],
        )
        lex = lexs[i]
        vs = tokens[i].text.islower() and verb_shaped(lw)
        for k, v in enumerate(on):
            if v:
                s += self.flag_list[k]
                if k < 6:  # ("that>", "colon>", "q>", "<q", "cap<", "pron<": with the lemma too)
                    s += self.ctx_lem_list[k].get(lem, 0.0)
                    if lex:
                        s += self.ctx_lex_list[k]
                    if vs:
                        s += self.ctx_vs_list[k]
        if vs:
            s += t["vs&p1"].get(p1, 0.0) + t["vs&n1"].get(n1, 0.0)
        if quoted:  # (the "inq" flag and "inq&lex" are in the tagger's first stage)
            s += self.ctx_lem["inq"].get(lem, 0.0)
            if vs:
                s += self.ctx_vs["inq"]
        return s


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
        self._cached_tables: _Tables | None = None

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
        lo = max(0, i - 3)
        window = tokens[lo : i + 4]
        lows = [t.lower for t in window]
        if quoted:
            own += tables.inq + (tables.inq_lex if in_lexicon(lows[i - lo]) else 0.0)
        if own < self.skip_below:
            return None
        row = (lows, [in_lexicon(low) for low in lows], [low in _QUOTE_MARKS for low in lows])
        return own + tables.context(window, row, i - lo, quoted)

    def _tables(self) -> _Tables:
        if self._cached_tables is None:
            self._cached_tables = _Tables(self.weights)
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


@cache
def load_tagger(path: Path = DATA_PATH) -> CueTagger:
    """The shipped tagger, read once on first use."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != 1:
        raise ValueError(f"{path}: unknown cue tagger format {data.get('format')!r}")
    meta = {k: v for k, v in data.items() if k not in ("weights", "threshold", "skip_below")}
    weights = {k: float(v) for k, v in data["weights"].items()}
    return CueTagger(weights, float(data["threshold"]), meta, float(data.get("skip_below", "-inf")))


def tagger_json(tagger: CueTagger) -> str:
    """The tagger as the JSON text of ``quotelens/data/cue_tagger.json`` (sorted: byte-stable)."""
    data = {"format": 1, "threshold": tagger.threshold, **tagger.meta, "weights": tagger.weights}
    if tagger.skip_below != float("-inf"):
        data["skip_below"] = tagger.skip_below
    return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
