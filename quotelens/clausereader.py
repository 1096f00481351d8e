"""A light reading of a sentence's clause structure at its break points, for the content-end chooser.

In: the tokens of a sentence and a test for quoted offsets.
Out: for every token, what a reported clause that ends before it would hand over to ("" where no
clause can end): a new clause with its own subject and verb ("coord:clause" for ", and three in ten
said"), the same subject's next verb phrase ("coord:vp" for "and called"), a phrase ("coord:np"), an
adverbial clause or a phrase after "while/as/because/after" ("sub:clause", "sub:phrase"), a relative
clause ("rel"), "according to", a parenthetical ("paren", "dash:clause", "dash:phrase"), a preposition,
the sentence end; with ":report" added when the new clause's verb is itself a cue (a second report).
Also the candidate ends a content keeps when its report sits in the sentence's opening adverbial clause
("While X said C, the city Vs": none past the main clause's comma, :func:`within_opening_clause`).

How:
    One pass over the sentence's break tokens, computed once per sentence and shared by every
    proposal in it (``Context._facts``). Each break is read by what follows it: a subject (a pronoun,
    a determiner's noun phrase, a name, a number) and a verb within a few words (an auxiliary, a
    modal, a past form, a cue) make a clause. The readings are only features: their weights are
    learned with the end chooser's (:mod:`quotelens.boundary`, ``tools/train_boundary.py``) on the
    gold content ends of PolNeAR *train*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotelens.endings import ENDS_ED, ENDS_S, ENDS_SS
from quotelens.segment import Token

COORDINATORS = frozenset("and but or nor so yet".split())
SUBORDINATORS = frozenset(
    "because although though while whereas since unless if as after before when until once".split()
)
RELATIVES = frozenset("which who whom whose where".split())
_PRONOUNS = frozenset("he she they we i it you there".split())
_NP_OPENERS = frozenset(
    "the a an his her their its our my your this that these those some many most all few several both "
    "each every no another other more".split()
)
_AUX = frozenset(
    "is are was were am be been being has have had do does did would will could should might may can must "
    "isn't wasn't aren't weren't hasn't haven't hadn't doesn't didn't won't wouldn't couldn't can't "
    "isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t doesn’t didn’t won’t wouldn’t couldn’t can’t".split()
)
_PAST = frozenset(
    "said told wrote spoke thought gave made took saw knew brought began came went got found kept left met "
    "sent stood felt led paid won lost heard meant sought taught fought became put set let cut".split()
)
_DASHES = frozenset(["—", "–", "--", "-"])
_SUBJECT_SPAN = 5  # words a subject noun phrase may take before its verb


def _verb_at(tok: Token, is_cue: Callable[[Token], bool], after_pronoun: bool) -> str:
    """ "cue" or "verb" when ``tok`` reads as a finite verb, else ""."""
    if not tok.is_word or tok.is_capitalised:
        return ""
    low = tok.lower
    if is_cue(tok) and (after_pronoun or not ENDS_S[low] or ENDS_SS[low]):
        return "cue"
    if low in _AUX or low in _PAST or ENDS_ED[low] or (after_pronoun and ENDS_S[low]):
        return "verb"
    return ""


def clause_after(toks: Sequence[Token], q: int, is_cue: Callable[[Token], bool]) -> str:
    """What starts at token ``q``: "clause" (a subject and its verb), "clause:report" (whose verb is a
    cue), "vp" (a verb with no subject of its own) or "phrase"."""
    n = len(toks)
    if q >= n:
        return "phrase"
    first = toks[q]
    if first.is_word and not first.is_capitalised and first.lower not in _NP_OPENERS:
        if first.lower in _PRONOUNS:
            kind = _verb_at(toks[q + 1], is_cue, True) if q + 1 < n else ""
            if not kind and q + 2 < n and toks[q + 1].lower in {"also", "not", "still", "then", "now"}:
                kind = _verb_at(toks[q + 2], is_cue, True)
            return "phrase" if not kind else ("clause:report" if kind == "cue" else "clause")
        if _verb_at(first, is_cue, False):
            return "vp"
    if not (first.is_word or first.text in {"“", '"'}):
        return "phrase"
    for j in range(q + 1, n if n < q + 1 + _SUBJECT_SPAN else q + 1 + _SUBJECT_SPAN):
        t = toks[j]
        if t.text in {",", ";", ":", "(", ")"} or t.lower in COORDINATORS or t.lower in RELATIVES:
            return "phrase"
        kind = _verb_at(t, is_cue, toks[j - 1].is_capitalised)
        if kind:
            return "clause:report" if kind == "cue" else "clause"
    return "phrase"


def reading(toks: Sequence[Token], m: int, quoted: Callable[[int], bool], is_cue: Callable[[Token], bool]) -> str:
    """The reading of a clause break before token ``m`` ("" when no clause ends there)."""
    if m >= len(toks):
        return "end"
    tok = toks[m]
    if quoted(tok.start):
        return ""
    q = m
    if tok.text in {",", ";"} and m + 1 < len(toks):
        q = m + 1  # ", and he said": read the word after the comma
    word = toks[q]
    low = word.lower
    prefix = "" if q == m else tok.text + "+"
    if low in COORDINATORS:
        return f"{prefix}coord:{clause_after(toks, q + 1, is_cue)}"
    if low in SUBORDINATORS:
        kind = clause_after(toks, q + 1, is_cue)
        return f"{prefix}sub:{'phrase' if kind == 'vp' else kind}"
    if low in RELATIVES:
        return f"{prefix}rel"
    if low == "according":
        return f"{prefix}according"
    if word.text == "(":
        return "paren"
    if word.text in _DASHES:
        return f"dash:{clause_after(toks, q + 1, is_cue)}"
    if q > m:
        kind = clause_after(toks, q, is_cue)
        return f"{prefix}{kind}"  # ", the president said", ", a decision": what the comma leads to
    return ""


def read(toks: Sequence[Token], quoted: Callable[[int], bool], is_cue: Callable[[Token], bool]) -> list[str]:
    """The reading of every token of a sentence as a clause break (see :func:`reading`); "" where the
    token cannot end a clause, and one more item for the sentence's end."""
    out = [""] * (len(toks) + 1)
    for m, tok in enumerate(toks):
        if tok.text in _BREAKERS or tok.lower in _BREAK_WORDS:
            out[m] = reading(toks, m, quoted, is_cue)
    out[len(toks)] = "end"
    return out


_BREAKERS = frozenset([",", ";", "(", *_DASHES])
_BREAK_WORDS = COORDINATORS | SUBORDINATORS | RELATIVES | {"according"}


# The words that open an adverbial clause before a sentence's main clause ("While X said C, Y ...";
# not "as": "As X said, C" reports the main clause)
_OPENERS = frozenset("while although though whereas if when once since because after before until unless even".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())


def opens_adverbial_clause(toks: Sequence[Token]) -> bool:
    """The sentence opens with a subordinator ("While", "Although", "Even though")."""
    low = toks[0].lower
    return low in _OPENERS and (low != "even" or toks[1].lower in {"though", "if"})


def within_opening_clause(toks: Sequence[Token], k: int, ends: list[int], structure: Sequence[str]) -> list[int]:
    """The ends of a content reported in a sentence's opening adverbial clause ("While Lee has said that C,
    the agency Vs"): none past the comma where the main clause (its own subject and verb) begins; an adverbial
    clause inside the content takes the next such comma for its own ("said that if A, B would C, Y ...")."""
    for j in range(1, k):
        if _main_clause_at(toks, j, structure[j]):
            return ends  # (the cue is in the main clause: "If A, X said C")
    skipped = 0
    for m in ends:
        if _main_clause_at(toks, m, structure[m]):
            if sum(t.lower in _OPENERS for t in toks[k:m]) > skipped:
                skipped += 1  # (that clause's own main clause)
                continue
            return [e for e in ends if e <= m]
    return ends


def _main_clause_at(toks: Sequence[Token], m: int, reading: str) -> bool:
    """A comma before a clause with its own subject and verb, or before a subject pronoun ("..., they differ")."""
    return reading.startswith(",+clause") or (
        reading == ",+phrase" and m + 1 < len(toks) and toks[m + 1].lower in _SUBJECT_PRONOUNS
    )
