"""Verb groups: the words between a source and its content when they are more than one verb.

PolNeAR marks as cue the whole group between source and content: auxiliaries and adverbs ("has
repeatedly insisted"), a light verb with its noun ("made the case that", "took aim at", "has made no
secret of"), particles and prepositions ("lashed out at", "railed against", "walked back"). The
lexicon knows single words; :func:`read_group` reads such a group from its head and says where it
ends and what follows it (a "that" clause, a colon, a quotation, an infinitive, a noun phrase).

A group is named by a :func:`group_key`: the stems of its head, of a light verb's noun, its particle
and preposition, and what follows ("make case>that", "rail against>np"). Which keys report words is
learned on PolNeAR train (``tools/derive_verb_groups.py`` writes ``quotelens/data/verb_groups.tsv``):
:data:`KEYS` holds the keys whose groups were gold cues often enough, :data:`HEADS` the word forms
that open them (the engine's cheap pre-test). Pure functions of the tokens; no state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from quotelens.endings import ENDS_ED, ENDS_LY, ENDS_POSSESSIVE, ENDS_S
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "verb_groups.tsv"

# Verbs that carry a report through their noun object ("made the case", "took aim", "gave a speech").
LIGHT = frozenset("make take give have express voice raise offer issue level lodge deliver pay draw cast lay".split())
_IRREGULAR = {
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "has": "have",
    "had": "have",
    "having": "have",
    "paid": "pay",
    "drew": "draw",
    "drawn": "draw",
    "laid": "lay",
    "came": "come",
    "went": "go",
    "gone": "go",
    "shot": "shoot",
    "stood": "stand",
    "struck": "strike",
    "threw": "throw",
    "thrown": "throw",
    "spoke": "speak",
    "spoken": "speak",
}
AUXILIARIES = frozenset(
    "has have had is are was were be been being would will can could should must may might do does did "
    "'s ’s 'd ’d 'll ’ll 've ’ve".split()
)
_ADVERBS = frozenset(
    "not never also repeatedly already still just even again since later now then once publicly previously "
    "long recently often quickly first".split()
)
PARTICLES = frozenset(["out", "back", "down", "forth", "off", "up"])
PREPOSITIONS = frozenset("at on about of with for against to over in into from".split())
# Words that open a light verb's noun phrase, and words that end it without being its noun.
_NP_OPENERS = frozenset("a an the his her their its our my your no some any several this these that it".split())
_NOT_NOUNS = AUXILIARIES | PREPOSITIONS | _NP_OPENERS | frozenset("and or but who which when as if because".split())
_NO_HEADS = _NOT_NOUNS | _ADVERBS | PARTICLES | frozenset("more most less so such too very than there".split())
_SUBJECTS = frozenset("i we they you he she it who".split())
_QUOTES = frozenset(['"', "“", "''", "‘", "'"])


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A verb group: ``start`` its first word (an auxiliary or the head), ``head`` its verb, ``end`` the
    first token after it, ``key`` its name (:func:`group_key`), ``follows`` what comes after it."""

    start: int
    head: int
    end: int
    key: str
    follows: str
    backoff: str = ""  # a light verb's key with its noun read as a cue noun ("make CUE about>np"), if it is one


def stem(word: str) -> str:
    """A crude stem, the same for a word's inflections ("railed", "rails", "railing" -> "rail";
    "statements" -> "statement"; "made" -> "make")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
        word = word[:-1]  # ("planned" -> "plan")
    return word.removesuffix("e")


# The stems of the lexicon's cue forms: a light verb's noun among them reads as a cue noun ("made comments").
_CUE_STEMS = frozenset(stem(w) for w in CUE_FORMS if w.isalpha())


def _is_word(tok: Token) -> bool:
    return tok.is_word and tok.lower.replace("-", "").isalpha()


def _light_object(toks: list[Token], j: int) -> tuple[str, int] | None:
    """A light verb's noun object starting at ``j`` ("the case", "no secret", "several controversial
    statements", "it clear", "clear"): its noun's stem and the token after it."""
    n = len(toks)
    m = j
    if m < n and toks[m].lower in _NP_OPENERS:
        m += 1
    last = None
    while m < n and m - j < 5 and _is_word(toks[m]) and not toks[m].is_capitalised and toks[m].lower not in _NOT_NOUNS:
        last = m
        m += 1
    if last is None:
        return None
    return stem(toks[last].lower), last + 1


def follows_at(toks: list[Token], j: int) -> str:
    """What follows a group ending before token ``j``: "that", "colon", "quote", "to" (an infinitive),
    "comma", "np" (a word) or "end"."""
    if j >= len(toks):
        return "end"
    t = toks[j]
    if t.lower == "that":
        return "that"
    if t.text == ":":
        return "colon"
    if t.text in _QUOTES:
        return "quote"
    if t.lower == "to" and j + 1 < len(toks) and _is_word(toks[j + 1]):
        return "to"
    if t.text == ",":
        return "comma"
    return "np" if t.is_word else "end"


def group_key(head: str, noun: str, particle: str, prep: str, follows: str) -> str:
    return " ".join(w for w in (head, noun, particle, prep) if w) + ">" + follows


def read_group(toks: list[Token], i: int) -> VerbGroup | None:
    """The verb group whose head is token ``i`` (a lower-case word), or None when ``i`` is no word."""
    low = toks[i].lower
    if not _is_word(toks[i]) or low in _NO_HEADS or ENDS_LY[low]:
        return None
    start = i
    while start > 0 and start - i > -4 and (toks[start - 1].lower in AUXILIARIES or toks[start - 1].lower in _ADVERBS):
        start -= 1
    head = stem(toks[i].lower)
    j = i + 1
    n = len(toks)
    while j < n and j - i < 3 and (toks[j].lower in _ADVERBS or ENDS_LY[toks[j].lower]) and _is_word(toks[j]):
        j += 1
    noun = ""
    if head in LIGHT:
        obj = _light_object(toks, j)
        if obj is None:
            return None
        noun, j = obj
    particle = prep = ""
    if j < n and toks[j].lower in PARTICLES:
        particle = toks[j].lower
        j += 1
    # (one preposition, or two: "weighed in on", "zeroed in on")
    while j < n and toks[j].lower in PREPOSITIONS and not (toks[j].lower == "to" and follows_at(toks, j) == "to"):
        prep = f"{prep} {toks[j].lower}" if prep else toks[j].lower
        j += 1
        if " " in prep:
            break
    follows = follows_at(toks, j)
    backoff = group_key(head, "CUE", particle, prep, follows) if noun in _CUE_STEMS else ""
    return VerbGroup(start, i, j, group_key(head, noun, particle, prep, follows), follows, backoff)


def is_verbal(toks: list[Token], group: VerbGroup) -> bool:
    """The group reads as a finite verb group: an auxiliary or a subject pronoun before its head, or a
    past or present form ("railed", "rails") after no determiner ("the attacks on" is a noun)."""
    if group.start < group.head:
        return toks[group.start].lower in AUXILIARIES or toks[group.head - 1].lower in AUXILIARIES
    before = toks[group.head - 1].lower if group.head else ""
    if before in _SUBJECTS:
        return True
    low = toks[group.head].lower
    past = low in _IRREGULAR or ENDS_ED[low] or ENDS_S[low]
    return past and before not in _NP_OPENERS and not ENDS_POSSESSIVE[before]


@cache
def learned() -> tuple[frozenset[str], frozenset[str]]:
    """The learned keys and the head word forms that open them (empty when no data is shipped)."""
    if not DATA_PATH.exists():
        return frozenset(), frozenset()
    keys: set[str] = set()
    heads: set[str] = set()
    for line in DATA_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, value = line.split("\t")[:2]
        (keys if kind == "key" else heads).add(value)
    return frozenset(keys), frozenset(heads)


KEYS, HEADS = learned()
