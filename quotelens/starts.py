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

from quotelens.linear import DATA, Swappable, bucket, dot, load_weights
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
    return "ing" if tok.lower.endswith("ing") else ("ed" if tok.lower.endswith("ed") else "low")


def candidates(
    toks: Sequence[Token],
    cue_end: int,
    rule: int,
    stop: int,
    quoted: Callable[[int], bool],
    lemma: str,
    is_cue: Callable[[Token], bool],
) -> list[Option]:
    """(token index, features) of every word where a content the rules start at ``rule`` could start
    instead: from ``cue_end`` to a few words past ``rule``, before ``stop`` (the content's end), and
    none past another cue or a colon from ``rule`` on."""
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
    lo = max(cue_end - 1, 0)
    shapes = [_shape(t) for t in toks[lo : last + 1]]  # (each token's shape once: it is read up to three times)
    for n, m in enumerate(ms):
        prev = toks[m - 1] if m > 0 else None
        around = (
            shapes[m - lo],
            shapes[m - 1 - lo] if m > 0 else "<none>",
            shapes[m + 1 - lo] if m + 1 < len(toks) else "<end>",
        )
        f = _features(toks, m, n, cue_end, rule, lemma, around, quoted)
        if that_seen:
            f["that_before"] = 1.0
        if quote_seen:
            f["quote_before"] = 1.0
        out.append((m, f))
        that_seen = that_seen or toks[m].lower == "that"
        quote_seen = quote_seen or (prev is not None and prev.text in _OPENING and m > cue_end)
    return out


def _features(
    toks: Sequence[Token],
    m: int,
    n: int,
    cue_end: int,
    rule: int,
    lemma: str,
    around: tuple[str, str, str],
    quoted: Callable[[int], bool],
) -> dict[str, float]:
    """The features of starting a content at token ``m`` (the ``n``-th candidate; ``around``: the shapes
    of the token, the one before it and the one after it)."""
    w, p, nxt = around
    rel = "at" if m == rule else ("before" if m < rule else "after")
    f: dict[str, float] = {
        f"w={w}": 1.0,
        f"p={p}": 1.0,
        f"p={p}|w={w}": 1.0,
        f"w={w}|n={nxt}": 1.0,
        f"lemma={lemma}|w={w}": 1.0,
        f"lemma={lemma}|p={p}": 1.0,
        f"rel={rel}": 1.0,
        f"rel={rel}|w={w}": 1.0,
        f"rel={rel}|p={p}": 1.0,
        f"rel={rel}|d={bucket(abs(m - rule), (0, 1, 2, 4, 8))}": 1.0,
        f"ord={min(n, 4)}": 1.0,
    }
    if quoted(toks[m].start):
        f[f"quoted|rel={rel}"] = 1.0
    if m == cue_end:
        f[f"first|w={w}"] = 1.0
    return f


def override_weights(weights: dict[str, float] | None) -> None:
    """Use ``weights`` instead of the shipped chooser (``None``: back to the shipped one); training only."""
    _MODEL.override(weights)


@cache
def _weights() -> dict[str, float] | None:
    return load_weights(WEIGHTS)


_MODEL: Swappable[dict[str, float] | None] = Swappable(lambda: _weights())


def choose(options: list[Option], rule: int) -> int:
    """The candidate start with the best score (the rules' start without a model, or on a tie)."""
    w = _MODEL.current()
    if w is None or len(options) < 2:
        return rule
    scores = [dot(f, w) for _, f in options]
    best = max(range(len(options)), key=lambda n: (scores[n], options[n][0] == rule))
    return options[best][0]
