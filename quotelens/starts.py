"""Where a reported clause after its cue starts: a small learned chooser among the words after the cue.

In: the tokens of a sentence, the cue, where the rules would start the content and where it ends.
Out: where it starts, and the candidate starts with their features (kept for training).

How:
    "X said C" frames start C past particles, addressees, times and "that" by rules. PolNeAR marks
    more: "declined *to address* the report" starts at "the report", "said on NBC's *Meet the
    Press* on Sunday that" at "that", "urged *the administration* to raise" at "to". Every word from
    the cue's end to a few words past the rules' start is a candidate start; a linear model, trained
    on PolNeAR *train* by ``tools/train_starts.py`` (weights in ``data/starts.json``), scores each one
    from plain facts (the word, the word before it, the cue's lemma, how far from the cue and from
    the rules' start, a "that" or a quotation before or at it) and the best one wins. Without
    weights, the rules' start is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import repeat

from quotelens.endings import ENDS_ED, ENDS_ING
from quotelens.linear import DATA, Memo, Swappable, best_option, bucket, dot_indicators, load_weights
from quotelens.segment import Token

WEIGHTS = DATA / "starts.json"
AFTER_RULE = 4  # candidates past the rules' start, in words
MAX_CANDIDATES = 14
_OPENING = frozenset(['"', "“", "''", "‘", "'"])
_WORDS = frozenset(
    "the a an he she they it we i you his her their its our my this that these those there who which what "
    "why how whether if when where and but or to of in on at for with by from as about over after before "
    "against into upon off out up down not no also then said says is are was were be been has have had "
    "would will could should can may might him them us me some all any many most more because than "
    "yesterday today monday tuesday wednesday thursday friday saturday sunday".split()
)
Option = tuple[int, dict[str, float]]  # (token index of the start, features) of one candidate start


def _shape(tok: Token | None) -> str:
    if tok is None:
        return "<none>"
    if tok.lower in _WORDS:
        return tok.lower
    if not tok.is_word:
        return "Q" if tok.text in _OPENING else tok.text
    if tok.text[0].isdigit():
        return "num"
    if tok.is_capitalised:
        return "Cap"
    return "ing" if ENDS_ING[tok.lower] else ("ed" if ENDS_ED[tok.lower] else "low")


def candidates(
    toks: Sequence[Token],
    cue_end: int,
    rule: int,
    stop: int,
    quoted: Callable[[int], bool],
    lemma: str,
    is_cue: Callable[[Token], bool],
    family: str | None = None,
) -> list[Option]:
    """(token index, features) of every word where a content the rules start at ``rule`` could start
    instead: from ``cue_end`` to a few words past ``rule``, before ``stop`` (the content's end), and
    none past another cue or a colon from ``rule`` on. ``family``: the frame family of a frame other
    than "X said C" (every feature name prefixed with it: a model of its own within the same weights)."""
    last = min(stop, rule + AFTER_RULE + 1, cue_end + MAX_CANDIDATES)
    for m in range(rule, last):
        if is_cue(toks[m]) or toks[m].text == ":":
            last = m + 1  # ('issued a statement saying that C': no start past another cue, whose content it is)
            break
    ms = [m for m in range(cue_end, last) if toks[m].is_word]
    if rule not in ms:
        return [(rule, {})]
    if len(ms) == 1:
        return [(rule, {})]
    out = []
    that_seen = quote_seen = False
    lo = cue_end - 1 if cue_end > 1 else 0
    shapes = [_shape(t) for t in toks[lo : last + 1]]  # (each token's shape once: it is read up to three times)
    n_toks = len(toks)
    # (each candidate's features are made here, in their usual order: a call per candidate with eight
    # arguments cost as much as the features themselves)
    for n, m in enumerate(ms):
        w = shapes[m - lo]
        p = shapes[m - 1 - lo] if m > 0 else "<none>"
        if m == rule:
            rel, d = "at", 0
        else:
            rel, d = ("before", rule - m) if m < rule else ("after", m - rule)
        nxt = shapes[m + 1 - lo] if m + 1 < n_toks else "<end>"
        f = _WORD_KEYS[w, p, nxt, lemma].copy()  # (a kept dict copied whole: no name hashed or inserted one by one)
        f.update(_REL_KEYS[rel, w, p, _DISTANCES[d if d < 9 else 9]])
        f[_ORD[n if n < 4 else 4]] = 1.0
        tok = toks[m]
        if quoted(tok.start):
            f[_QUOTED[rel]] = 1.0
        if m == cue_end:
            f[_FIRST[w]] = 1.0
        if that_seen:
            f["that_before"] = 1.0
        if quote_seen:
            f["quote_before"] = 1.0
        if family is not None:  # (weights of its own: fitting them leaves the "X said C" ones as they were)
            f = {f"{family}:{k}": v for k, v in f.items()}
        out.append((m, f))
        that_seen = that_seen or tok.lower == "that"
        quote_seen = quote_seen or (m > 0 and toks[m - 1].text in _OPENING and m > cue_end)
    return out


# The names of a candidate's features, made once per combination of the words they name and kept (with
# their hashes) for the next candidate that has it: most candidates repeat a few shapes and lemmas, and
# building a dozen strings per candidate, then hashing each to look its weight up, was most of the cost.
_DISTANCES = tuple(bucket(d, (0, 1, 2, 4, 8)) for d in range(10))  # (by distance from the rules' start, 9+ as one)
_ORD = tuple(f"ord={n}" for n in range(5))


def _word_names(w: str, p: str, nxt: str, lemma: str) -> list[str]:
    return [f"w={w}", f"p={p}", f"p={p}|w={w}", f"w={w}|n={nxt}", f"lemma={lemma}|w={w}", f"lemma={lemma}|p={p}"]


def _rel_names(rel: str, w: str, p: str, distance: str) -> list[str]:
    return [f"rel={rel}", f"rel={rel}|w={w}", f"rel={rel}|p={p}", f"rel={rel}|d={distance}"]


# (each as a dict of the names, every one 1.0: a candidate's features start as a copy of one and an update by the other)
_WORD_KEYS: Memo[tuple[str, str, str, str], dict[str, float]] = Memo(lambda *k: dict.fromkeys(_word_names(*k), 1.0))
_REL_KEYS: Memo[tuple[str, str, str, str], dict[str, float]] = Memo(lambda *k: dict.fromkeys(_rel_names(*k), 1.0))
_QUOTED = {rel: f"quoted|rel={rel}" for rel in ("at", "before", "after")}
_FIRST: Memo[str, str] = Memo(lambda w: f"first|w={w}")


def override_weights(weights: dict[str, float] | None) -> None:
    """Use ``weights`` instead of the shipped chooser (``None``: back to the shipped one); training only."""
    _MODEL.override(weights)


@cache
def _weights() -> dict[str, float] | None:
    return load_weights(WEIGHTS)


_MODEL: Swappable[dict[str, float] | None] = Swappable(lambda: _weights())


def score(feats: dict[str, float], weights: dict[str, float]) -> float:
    """A candidate's score: the sum of its features' weights (every feature here is an indicator)."""
    return dot_indicators(feats, weights)


def choose(options: list[Option], rule: int) -> int:
    """The candidate start with the best score (the rules' start without a model, or on a tie)."""
    w = _MODEL.current()
    if w is None or len(options) < 2:
        return rule
    get = w.get  # (score() in line: it is asked once per candidate)
    scores = [sum(map(get, f, repeat(0.0))) for _, f in options]
    return options[best_option(scores, options, rule)][0]


# Contents that open their sentence ('Meanwhile, C, he said', 'In fact, C, according to X') may start
# after a leading connective or a short opening phrase and its comma: two more candidates, chosen by the
# same model from features of their own ("open:" ones).
OPENER_MAX = 10  # words of an opening phrase before its comma
_CONNECTIVES = frozenset(
    "but and so yet or nor still now meanwhile however also then plus instead indeed moreover furthermore "
    "nevertheless nonetheless finally first second third again thus hence besides otherwise overall "
    "ultimately similarly likewise separately additionally".split()
)
_OPENER_WORDS = _CONNECTIVES | frozenset(
    "later earlier afterward today yesterday in on at for with by from as after before during despite since "
    "while when if although though because unlike like among under over without even just only not the a an "
    "this that what of to all fact short addition contrast particular sum general turn".split()
)
_FINITE = frozenset("is are was were has have had will would could should can may might must do does did".split())


def _opener_shape(tok: Token) -> str:
    if tok.lower in _OPENER_WORDS:
        return tok.lower
    return _shape(tok)


def opening_candidates(toks: Sequence[Token], k0: int, stop: int, family: str) -> list[Option]:
    """(token index, features) of where a content that opens its sentence at ``toks[k0]`` could start:
    there, after a leading connective ("But", "Still,") and after a short opening phrase and its
    comma ("In fact,", "On Tuesday,"), before token ``stop`` (its first piece's end). One option
    (``k0``) when there is nothing to skip."""
    out: list[Option] = [(k0, {"open:keep": 1.0, f"open:keep|fam={family}": 1.0})]
    first = toks[k0]
    if not first.is_word:
        return out
    w = _opener_shape(first)
    k = k0 + 1
    if first.lower in _CONNECTIVES:
        j = k + 1 if k < stop and toks[k].text == "," else k
        if j < stop - 1 and toks[j].is_word:
            f = {f"open:conn|w={w}": 1.0, f"open:conn|fam={family}": 1.0, f"open:conn|comma={j > k}": 1.0}
            f[f"open:conn|n={_opener_shape(toks[j])}"] = 1.0
            out.append((j, f))
    for m in range(k, min(stop - 1, k0 + OPENER_MAX + 1)):
        t = toks[m]
        if t.is_word:
            continue
        if t.text != ",":
            break  # (a quotation mark, a dash or a colon: no opening phrase)
        if m + 1 < stop - 1 and toks[m + 1].is_word and m + 1 != (out[-1][0] if len(out) > 1 else -1):
            n_words = m - k0
            f = {
                f"open:comma|w={w}": 1.0,
                f"open:comma|fam={family}": 1.0,
                f"open:comma|len={bucket(n_words, (1, 2, 3, 5, 8))}": 1.0,
                f"open:comma|last={_opener_shape(toks[m - 1])}": 1.0,
                f"open:comma|n={_opener_shape(toks[m + 1])}": 1.0,
                f"open:comma|w={w}|len={bucket(n_words, (1, 2, 4))}": 1.0,
            }
            if any(toks[x].lower.endswith(("ed", "ing")) or toks[x].lower in _FINITE for x in range(k0 + 1, m)):
                f["open:comma|verb"] = 1.0
            out.append((m + 1, f))
        break
    return out


def choose_opening(options: list[Option]) -> int:
    """The best-scored opening candidate (the first, the content's own start, without a model or on a tie)."""
    w = _MODEL.current()
    if w is None or len(options) < 2:
        return options[0][0]
    scores = [score(f, w) for _, f in options]
    best = max(range(len(options)), key=lambda n: (scores[n], n == 0))
    return options[best][0]
