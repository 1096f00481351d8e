"""Where a reported clause ends: a small learned chooser among the clause's break points.

In: the tokens of a sentence, where a content starts, and where the rules would end it.
Out: where it ends, and the candidate ends with their features (kept as evidence).

How:
    "X said C" frames know where C starts; its end is the hard part ("opposed the plan
    *despite* ...", "said they were worried*, and* three in ten said ..."). Every break
    point after the start (a comma, a dash, a semicolon, a conjunction, a subordinator,
    a preposition, the sentence end) is a candidate end. A linear model, trained on
    PolNeAR *train* by ``tools/train_boundary.py`` (weights in ``data/boundary.json``),
    scores each candidate from plain facts (which word breaks, what follows it, the cue's
    lemma, how long the content would be, whether the rules would end there, and the
    sentence's clause reading at the break from :mod:`quotelens.clausereader`: a new clause
    with its own subject, an adverbial clause, a relative clause, a second report) and the
    best one wins. Without weights, the rules' end is kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache
from itertools import repeat
from operator import sub

from quotelens import clausereader
from quotelens.linear import DATA, Memo, Swappable, best_option, bucket, dot_indicators, load_weights
from quotelens.segment import Token

WEIGHTS = DATA / "boundary.json"

BREAK_WORDS = frozenset(
    "and but or nor because as after before when while although though despite since until unless "
    "including with without for to in on at by from during over amid against among which who whom "
    "whose where than if so saying adding noting calling".split()
)
BREAK_MARKS = frozenset([",", ";", "—", "–", "-", ":", "(", ")"])
_TRAILING = frozenset([",", ";", "—", "–", "-", ":", "("])
_FUNCTION = frozenset(
    "the a an he she they it we i his her their its this that these those there who which what "
    "and but or to of in on at for with by from as not also then said says".split()
)
MAX_CANDIDATES = 14
Option = tuple[int, dict[str, float]]  # (token end, features) of one candidate end
_CLASSES = {
    **dict.fromkeys("which who whom whose where".split(), "relative"),
    **dict.fromkeys(
        "because although though while whereas since unless if as after before when until despite".split(),
        "subordinator",
    ),
    **dict.fromkeys("and but or nor so".split(), "coordinator"),
    **dict.fromkeys("saying adding noting calling".split(), "participle"),
}


def _class(tok: Token | None) -> str:
    """The kind of break a token makes: relative, subordinator, coordinator, participle, preposition."""
    if tok is None:
        return "<end>"
    if not tok.is_word:
        return tok.text
    return _CLASSES.get(tok.lower, "preposition" if tok.lower in BREAK_WORDS else "word")


def _shape(tok: Token) -> str:
    shape = _SHAPES.get(tok.text)  # (a token's shape is its text's: read once per word form)
    if shape is None:
        if len(_SHAPES) > 200_000:
            _SHAPES.clear()
        shape = _SHAPES[tok.text] = _shape_of(tok)
    return shape


_SHAPES: dict[str, str] = {}


def _shape_of(tok: Token) -> str:
    if tok.lower in _FUNCTION:
        return tok.lower
    if not tok.is_word:
        return "punct"
    if tok.text[0].isdigit():
        return "num"
    return "Cap" if tok.is_capitalised else "low"


_LENGTHS = (2, 5, 10, 20, 40)  # the content-length buckets
_TAILS = (1, 3, 6, 12)  # the buckets of words a candidate end leaves of the sentence
_VERB_ENDINGS = ("ed", "s")
_VERBS = frozenset(
    "is are was were be been has have had would will could should can may might must do does did "
    "isn't wasn't aren't weren't hasn't haven't hadn't doesn't didn't won't wouldn't couldn't can't "
    "isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t doesn’t didn’t won’t wouldn’t couldn’t can’t".split()
)
_DASHES = frozenset(["—", "–", "-", "--"])
# A word's endings, by its lower-cased form, read once (a str.endswith call parses its arguments anew each time,
# and these are asked of most tokens after every cue)
_PAST_SHAPED: Memo[str, bool] = Memo(lambda low: low.endswith("ed"))
_VERB_SHAPED: Memo[str, bool] = Memo(lambda low: low.endswith(_VERB_ENDINGS))


def end_char(toks: Sequence[Token], m: int) -> int:
    """Character end of a content that stops before token ``m`` (trailing commas and dashes off)."""
    j = m - 1
    while j > 0 and toks[j].text in _TRAILING:
        j -= 1
    return toks[j].end


def candidates(
    toks: Sequence[Token],
    k: int,
    rule_end: int,
    quoted: Callable[[int], bool],
    lemma: str,
    speech: bool,
    is_cue: Callable[[Token], bool],
    frame: str = "source-first",
    running: tuple[Sequence[int], Sequence[int]] | None = None,
    structure: Sequence[str] | None = None,
) -> list[Option]:
    """(token end, features) of every place where a content starting at ``k`` could end.

    ``running``: the number of words and of unquoted commas before each token of ``toks`` (and after
    the last), when the caller keeps them; else they are counted here, up to the sentence's end.
    ``structure``: the sentence's clause reading at each token (:func:`quotelens.clausereader.read`).
    """
    ends = _break_ends(toks, k, rule_end, quoted)
    if structure is not None and k > 2 and clausereader.opens_adverbial_clause(toks):
        ends = clausereader.within_opening_clause(toks, k, ends, structure)
    if len(ends) > 1 and (toks[k].lower == "that" or toks[k - 1].lower == "that"):
        ends = _past_the_first_verb(toks, k, ends, is_cue)
    if len(ends) == 1:
        return [(ends[0], {})]  # nothing to choose between
    out: list[Option] = []
    words_at: list[int] = []
    classes: list[str] = []
    verb, verb_at = False, k  # a verb in toks[k:m], looked for up to the first one
    n_words, counted = 0, k  # words in toks[k:m], counted as m grows
    commas = False  # an unquoted comma in toks[k:m]
    for n, m in enumerate(ends):
        if running is None:
            for t in toks[counted:m]:
                n_words += t.is_word
                commas = commas or (t.text == "," and not quoted(t.start))
        elif m > counted:
            n_words += running[0][m] - running[0][counted]
            commas = commas or running[1][m] > running[1][counted]
        counted = m
        f, cls = _end_features(toks, k, m, n, n_words, commas, rule_end, quoted, lemma, speech, is_cue, frame)
        if structure is not None and structure[m]:
            _structure(f, structure[m], int(speech), bucket(n_words, _LENGTHS))
        while not verb and verb_at < m:
            verb = _finite(toks[verb_at], is_cue)
            verb_at += 1
        if not verb:
            f[_VERBLESS[cls]] = 1.0  # 'said that for one, there ...': no verb yet
        out.append((m, f))
        words_at.append(n_words)
        classes.append(cls)
    _tails(out, words_at, classes, toks, *_last_verb_and_cue(toks, k, is_cue))
    return out


def _past_the_first_verb(toks: Sequence[Token], k: int, ends: list[int], is_cue: Callable[[Token], bool]) -> list[int]:
    """A "that" clause holds its verb: no end before it ("that John Kasich, the governor there, has a lead"),
    when some end is past it."""
    v = next((j for j in range(k, len(toks)) if _finite(toks[j], is_cue)), len(toks))
    return [m for m in ends if m > v] or ends


def _break_ends(toks: Sequence[Token], k: int, rule_end: int, quoted: Callable[[int], bool]) -> list[int]:
    """The token ends a content starting at ``k`` could have: its break points (up to MAX_CANDIDATES),
    the sentence's end and the rules' end, in order."""
    ends: list[int] = []
    for m in range(k + 1, len(toks)):
        tok = toks[m]
        if (tok.text in BREAK_MARKS or tok.lower in BREAK_WORDS) and not quoted(tok.start):
            if ends and ends[-1] == m - 1 and toks[m - 1].text in _TRAILING:
                continue  # ", which": the same end as the comma's, whose features name the word
            ends.append(m)
            if len(ends) >= MAX_CANDIDATES:
                break
    ends.append(len(toks))
    if rule_end not in ends:
        ends.append(rule_end)
        ends.sort()
    return ends


def _last_verb_and_cue(toks: Sequence[Token], k: int, is_cue: Callable[[Token], bool]) -> tuple[int, int]:
    """The last verb and the last cue of ``toks[k:]`` (``k - 1`` for none), in one scan from the end."""
    verb = -1
    for m in range(len(toks) - 1, k - 1, -1):
        tok = toks[m]
        if is_cue(tok):
            return (m if verb < 0 else verb), m
        if verb < 0 and tok.is_word and (tok.lower in _VERBS or (_PAST_SHAPED[tok.lower] and not tok.is_capitalised)):
            verb = m  # (as :func:`_finite`, the cue test done)
    return (k - 1 if verb < 0 else verb), k - 1


def _finite(tok: Token, is_cue: Callable[[Token], bool]) -> bool:
    """The token reads as a verb (an auxiliary, a modal, a past form, a cue)."""
    low = tok.lower
    return tok.is_word and (low in _VERBS or (_PAST_SHAPED[low] and not tok.is_capitalised) or is_cue(tok))


def _tails(
    out: list[Option], words_at: list[int], classes: list[str], toks: Sequence[Token], last_verb: int, last_cue: int
) -> None:
    """The features of what a candidate end leaves of the sentence: how many words (the sentence's
    last candidate counts them all), by the kind of break."""
    total = words_at[-1] if out[-1][0] == len(toks) else None
    for (m, f), w, cls in zip(out, words_at, classes, strict=True):
        if total is None or m == len(toks):
            continue
        tail = bucket(total - w, _TAILS)
        keys = _CLASS_KEYS[cls]
        f[_TAIL_KEYS[tail]] = 1.0
        f[keys.tail[tail]] = 1.0
        f[keys.tail_verb[last_verb >= m]] = 1.0  # the rest a clause, or a phrase ("in February")
        if last_cue >= m:
            f[keys.cue_later] = 1.0  # "..., which, Trump said, ...": another report later


def _structure(f: dict[str, float], reading: str, speech: int, length: str) -> None:
    """The features of the clause reading at the end: what the content would hand over to."""
    for key in _STRUCT_KEYS[reading, speech, length]:
        f[key] = 1.0


# The names of a candidate's features, made once per word, class or reading they name and kept (with
# their hashes) for the next candidate that has it: building a score of strings per candidate, then
# hashing each to look its weight up, was most of what choosing an end cost.
_LEN_KEYS = {b: f"len={b}" for b in (bucket(n, _LENGTHS) for n in range(_LENGTHS[-1] + 2))}
_TAIL_KEYS = {b: f"tail={b}" for b in (bucket(n, _TAILS) for n in range(_TAILS[-1] + 2))}
_ORD_KEYS = tuple(f"ord={n}" for n in range(4))


class _ClassKeys:
    """The names of the features that pair a kind of break with another fact."""

    __slots__ = ("class_", "comma_inside", "cue_later", "last", "length", "speech", "tail", "tail_verb", "verb_follows")

    def __init__(self, cls: str) -> None:
        self.class_ = f"class={cls}"
        self.speech = (f"class={cls}|speech=0", f"class={cls}|speech=1")
        self.length = {b: f"class={cls}|len={b}" for b in _LEN_KEYS}
        self.tail = {b: f"tail={b}|class={cls}" for b in _TAIL_KEYS}
        self.tail_verb = (f"tail_verb=0|class={cls}", f"tail_verb=1|class={cls}")
        self.comma_inside = f"class={cls}|comma_inside"
        self.cue_later = f"cue_later|class={cls}"
        self.verb_follows = f"class={cls}|verb_follows"
        self.last: dict[str, str] = {}  # (by the shape of the content's last word, filled as met)


def _struct_names(reading: str, speech: int, length: str) -> list[str]:
    return [f"struct={reading}", f"struct={reading}|speech={speech}", f"struct={reading}|len={length}"]


def _word_names(word: str, speech: int, lemma: str, next_shape: str) -> list[str]:
    return [f"w={word}", f"w={word}|speech={speech}", f"w={word}|lemma={lemma}", f"w={word}|next={next_shape}"]


_STRUCT_KEYS: Memo[tuple[str, int, str], list[str]] = Memo(_struct_names)
_CLASS_KEYS: Memo[str, _ClassKeys] = Memo(_ClassKeys)
_WORD_KEYS: Memo[tuple[str, int, str, str], dict[str, float]] = Memo(lambda *k: dict.fromkeys(_word_names(*k), 1.0))
_NEXT2_KEYS: Memo[tuple[str, str, str], str] = Memo(lambda cls, nxt, nxt2: f"{cls}|next2={nxt},{nxt2}")
_CUE_FOLLOWS: Memo[str, str] = Memo(lambda word: f"w={word}|cue_follows")
_RULE_WORD: Memo[str, str] = Memo(lambda word: f"rule|w={word}")
_PREV_WORD: Memo[tuple[str, str], str] = Memo(lambda prev, word: f"prev={prev}|w={word}")
_FRAME_WORD: Memo[tuple[str, str], str] = Memo(lambda frame, word: f"frame={frame}|w={word}")
_VERBLESS: Memo[str, str] = Memo(lambda cls: f"verbless|class={cls}")


def _end_features(
    toks: Sequence[Token],
    k: int,
    m: int,
    n: int,
    n_words: int,
    commas: bool,
    rule_end: int,
    quoted: Callable[[int], bool],
    lemma: str,
    speech: bool,
    is_cue: Callable[[Token], bool],
    frame: str,
) -> tuple[dict[str, float], str]:
    """The features (and the kind of break) of ending a content that starts at ``k`` before token ``m`` (the ``n``-th
    candidate, after ``n_words`` words; ``commas``: an unquoted comma passed over)."""
    n_toks = len(toks)
    at = toks[m] if m < n_toks else None
    word = "<end>" if at is None else (at.lower if at.is_word else at.text)
    prev = toks[m - 1]
    nxt = toks[m + 1] if m + 1 < n_toks else None
    if at is not None and m >= 2 and toks[m - 2].text == "," and quoted(prev.start):
        word, nxt = ",", at  # 'was "a mistake," although ...': the comma inside the quotation breaks
    next_shape = _shape(nxt) if nxt is not None else "<end>"
    speech_flag = int(speech)
    length = bucket(n_words, _LENGTHS)
    f = _WORD_KEYS[word, speech_flag, lemma, next_shape].copy()  # (a kept dict copied whole, not built name by name)
    f[_LEN_KEYS[length]] = 1.0
    f[_ORD_KEYS[n if n < 3 else 3]] = 1.0
    cls = _class(at) if word != "," or at is None or at.text == "," else ","
    if word == ",":
        cls = ",+" + _class(nxt)  # ", which", ", although", ", and"
    keys = _CLASS_KEYS[cls]
    f[keys.class_] = 1.0
    f[keys.speech[speech_flag]] = 1.0
    if m == rule_end:
        f["rule"] = 1.0
        f[_RULE_WORD[word]] = 1.0
    if m == n_toks:
        f["sentence_end"] = 1.0
    if not prev.is_word:
        f[_PREV_WORD[prev.text, word]] = 1.0
    last = m - 1
    while last > k and not toks[last].is_word:
        last -= 1
    _around(f, toks, last, m, word, keys, nxt, next_shape, is_cue)
    if frame != "source-first":
        f[_FRAME_WORD[frame, word]] = 1.0
    f[keys.length[length]] = 1.0
    if commas:
        f[keys.comma_inside] = 1.0  # an earlier comma was passed over
    last_shape = _shape(toks[last])
    last_key = keys.last.get(last_shape)
    if last_key is None:
        last_key = keys.last[last_shape] = f"last={last_shape}|class={cls}"
    f[last_key] = 1.0  # 'the panel has the full, unredacted ...'
    if at is not None and at.text in _DASHES and any(t.text == at.text for t in toks[m + 1 :]):
        f["dash_pair"] = 1.0  # '- which appears on ... - was replaced': an aside, closed later
    return f, cls


def _around(
    f: dict[str, float],
    toks: Sequence[Token],
    last: int,
    m: int,
    word: str,
    keys: _ClassKeys,
    nxt: Token | None,
    next_shape: str,
    is_cue: Callable[[Token], bool],
) -> None:
    """The features of what stands around the end before token ``m`` (``last``: the content's last
    word): a cue just before it, a cue or a verb just after it, the shapes of the next two tokens."""
    if is_cue(toks[last]):
        f["cue_before"] = 1.0  # "..., Tillerson said, but": the content would end in another frame's cue
    after = toks[m + 1 : m + 5]
    if nxt is not None:
        for t in after:
            if is_cue(t):
                f[_CUE_FOLLOWS[word]] = 1.0
                break
        if m + 2 < len(toks):
            f[_NEXT2_KEYS[keys.class_, next_shape, _shape(toks[m + 2])]] = 1.0
    for t in after[:3]:
        if t.is_word and not t.is_capitalised and _VERB_SHAPED[t.lower]:
            f[keys.verb_follows] = 1.0  # a new clause or verb phrase, not a phrase of the object
            break


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


def choose(options: list[Option], rule_end: int) -> tuple[int, float | None]:
    """The candidate end with the best score, and its share of the softmax over the candidates
    (the rules' end and no share without a model)."""
    w = _MODEL.current()
    if w is None or not options:
        return rule_end, None
    if len(options) == 1:
        return options[0][0], 1.0
    get = w.get  # (score() in line, and max() and the softmax's sum without a function object made per call)
    scores = [sum(map(get, f, repeat(0.0))) for _, f in options]
    best = best_option(scores, options, rule_end)
    top = scores[best]
    return options[best][0], 1.0 / sum(map(math.exp, map(sub, scores, repeat(top))))
