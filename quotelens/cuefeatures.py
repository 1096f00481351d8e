"""The cue tagger's features (:mod:`quotelens.cuetagger`): a word token's features as strings (for
training and for tests) and the same sums read from per-template weight tables (for tagging).

In: the engine's tokens of one sentence and whether the token is quoted. Out: feature strings
(:func:`token_features` = :func:`word_features` + :func:`context_features`), or, in :class:`Tables`, the
sum of their weights without building a string (a test holds the two equal).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotelens.lexicon import CUE_FORMS, DERIVED_CUE_RATES
from quotelens.linear import Memo
from quotelens.segment import Token

MAX_FEATURES = 50  # an upper bound on the features of one token (a test pins it)
_QUOTE_MARKS = frozenset(['"', "“", "”", "''", "``", "«", "»", "„"])
_PRONOUNS = frozenset("he she they it we i you who".split())
_CTX = ("that>", "colon>", "q>", "<q", "cap<", "pron<", "inq")
_FLAGS = (
    *("that>", "colon>", "q>", "<q", "inq", "first", "cap<", "pron<", "comma<", "comma>"),
    *("lex<", "lex>", "lex<<", "lex>>"),
)
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
# Two words joined by "|", a pair feature's value, made once per pair (with its hash) and kept (bounded).
_PAIRS: Memo[tuple[str, str], str] = Memo(lambda a, b: a + "|" + b)


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


_Row = tuple[list[str], list[bool], list[bool]]  # a sentence's lower-cased tokens, lexicon words, quote marks


_WORDS_KEPT = 50_000  # words whose lemma and verb shape a Tables keeps


class Tables:
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
        self.words: dict[str, tuple[str, bool]] = {}  # (a lower-cased word's lemma and verb shape, read once)

    def context(self, tokens: Sequence[Token], row: _Row, i: int, quoted: bool) -> float:
        """The weights of the context features of token ``i`` summed, without the ``inq`` ones."""
        lows, lexs, marks = row
        n = len(lows)
        lw = lows[i]
        p1 = lows[i - 1] if i >= 1 else "<s>"
        p2 = lows[i - 2] if i >= 2 else "<s>"
        n1 = lows[i + 1] if i + 1 < n else "</s>"
        n2 = lows[i + 2] if i + 2 < n else "</s>"
        facts = self.words.get(lw)
        if facts is None:
            if len(self.words) >= _WORDS_KEPT:
                self.words.clear()  # (a bound on memory in a server that reads many articles)
            facts = self.words[lw] = (lemma_guess(lw), verb_shaped(lw))
        lem, shaped = facts
        t = self.uni
        s = t["p1"].get(p1, 0.0) + t["p2"].get(p2, 0.0) + t["n1"].get(n1, 0.0) + t["n2"].get(n2, 0.0)
        s += t["p1w"].get(_PAIRS[p1, lw], 0.0) + t["wn1"].get(_PAIRS[lw, n1], 0.0)
        s += t["lem_n1"].get(_PAIRS[lem, n1], 0.0) + t["p1_lem"].get(_PAIRS[p1, lem], 0.0)
        after = lows[i + 1 : i + 4]
        on = (
            "that" in after,
            ":" in after,
            True in marks[i + 1 : i + 4],
            True in marks[i - 3 if i > 3 else 0 : i],
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
        vs = shaped and tokens[i].text.islower()
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
