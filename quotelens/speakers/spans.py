"""The source span as speaker resolution reads it: the whole phrase that speaks, no more.

In: the article text, an attribution's source span and the tokens of its sentence. Out: the span to
resolve — the same span, or a repaired one:

* a pronoun the span ran into: "By Sunday afternoon she", "She first" -> "she"; a time adverbial before a
  noun phrase: "Last night another source close to the Duke" -> "another source close to the Duke";
* a name, place or noun the span picked out of a larger noun phrase that is the real source: "a
  CNN/*WMUR* poll", "A campaign TV ad released *Thursday*", "The most recent polling in *Florida*",
  "audio provided to *The Times*", "according to a congressional report on *Wednesday*" -> the whole
  phrase, whose head (poll, ad, polling, audio, report) is what speaks;
* a phrase cut before its head noun: "*the congressional* report"; or before its post-modifier when an aside
  about the source follows: "*One distribution chief* at a competing studio, speaking on condition of ...".

How:
    The phrase is read back from the span to the start of its clause (the sentence start, the last
    comma, colon, dash or quotation mark, or a subordinating word: "after", "when"): it must open with a
    determiner and join the span by a preposition, a participle ("released", "conducted by"), a slash or
    "and"; its head must be a known noun (a document, role, kind of organisation or anonymous head) and no
    verb may come between.
    Lower-case known nouns right after the span ("WMUR *poll*") are taken too.
"""

from __future__ import annotations

import bisect
from itertools import pairwise

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.descriptions import KNOWN_NOUNS
from quotelens.speakers.descriptions import PARTICIPLES as _PARTICIPLES
from quotelens.speakers.lexicon import DEFINITE, DOCUMENT_NOUNS, INDEFINITE
from quotelens.speakers.names import bare

_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it"])
_CLAUSE_MARKS = frozenset([",", ";", ":", "—", "–", "“", "”", '"', "(", ")"])
_JOINS = frozenset("of in on at by for from to with about over and".split())
_OPENERS = DEFINITE | INDEFINITE
# Words opening a clause inside the sentence, whose subject the source is ("after the governor of X said")
_SUBORDINATORS = frozenset("after before when while as since until once because although though if what".split())
_ADVERBIAL = frozenset(
    """by on in at after before since during later earlier then now first also again once finally still
    soon afterward afterwards later today yesterday morning afternoon evening night week weekend month
    year monday tuesday wednesday thursday friday saturday sunday the this that last next early late""".split()
)
# words after a pronoun that keep the span whole ("they all", "he and his staff", "we both")
_WITH_OTHERS = frozenset("and or all both each alone together too themselves himself herself who".split())
_COPULAS = frozenset(["is", "are", "was", "were"])
_EXPLETIVES = frozenset(["there", "it", "this", "that", "what", "here"])
_SETS = frozenset(["pair", "series", "batch", "trove", "set"])  # of documents: "the pair of editorials"
_ISSUED = frozenset("issued released published conducted commissioned compiled prepared produced sponsored".split())
_ASIDE_JOINS = frozenset("at of for from in with on".split())
_SAID = frozenset(["said", "says", "told", "added"])  # (the verb that ends a source phrase before its report)
_NOT_HEADS = frozenset(["most", "more", "many", "some", "other", "others", "all", "one"])


def repaired(text: str, s: int, e: int, tokens: list[Token], starts: list[int] | None = None) -> tuple[int, int]:
    """The span to resolve for the source ``text[s:e]`` (see the module docstring); ``starts`` are the
    tokens' start offsets (computed when not given)."""
    if starts is None:
        starts = [t.start for t in tokens]
    k = bisect.bisect_left(starts, s)
    j = bisect.bisect_left(starts, e, k)
    inside = tokens[k:j]
    if inside and inside[-1].end > e:
        inside.pop()
    opener = _after_adverbs(inside)
    if opener is not None:  # "Last night another source close to the Duke" -> "another source ..."
        inside, s = inside[opener:], inside[opener].start
    if len(inside) > 1:
        pronoun = _pronoun_inside(inside)
        if pronoun is not None:
            return pronoun.start, pronoun.end
        cut = _copula_cut(inside)
        if cut is not None:
            return cut
    return (
        _plural_possessor(tokens, starts, s, e)
        or _post_before_aside(tokens, starts, inside, s, e)
        or _enclosing_phrase(tokens, starts, s, e)
        or _named_document(tokens, starts, inside, s, e)
        or _issued_by(tokens, starts, inside, s, e)
        or _noun_after(tokens, starts, inside, s, e)
    )


def _post_before_aside(
    tokens: list[Token], starts: list[int], inside: list[Token], s: int, e: int
) -> tuple[int, int] | None:
    """ "One distribution chief *at a competing studio*, speaking on condition of anonymity, said" -> the whole
    phrase: a span cut before its post-modifier when an aside about the source ("speaking ...", "who ...")
    follows it, or the verb that ends the phrase after a named body ("A senior official *in the Prime
    Minister's Office* said")."""
    if len(inside) < 2 or inside[0].lower not in _OPENERS or not inside[-1].is_word or inside[-1].is_capitalised:
        return None
    k = bisect.bisect_left(starts, e)
    if k >= len(tokens) or tokens[k].lower not in _ASIDE_JOINS:
        return None
    for c in range(k + 2, min(k + 9, len(tokens) - 1)):
        if tokens[c].text == ",":
            aside = tokens[c + 1].lower in ("speaking", "who")
            return (s, tokens[c - 1].end) if aside else None
        if tokens[c].lower in _SAID and tokens[k + 1].lower == "the" and tokens[k + 2].is_capitalised:
            return s, tokens[c - 1].end  # ("A senior official in the Prime Minister's Office said": a named body's)
        if not tokens[c].is_word or tokens[c].lower in CUE_FORMS:
            return None
    return None


def _plural_possessor(tokens: list[Token], starts: list[int], s: int, e: int) -> tuple[int, int] | None:
    """ "The Moderates' *group leader*" -> the whole phrase: a span cut after a plural possessor's apostrophe
    (read as a closing quotation mark), when the possessor, with its determiner, opens the clause."""
    k = bisect.bisect_left(starts, s)
    if k < 2 or tokens[k - 1].text not in ("'", "’") or tokens[k - 2].end != tokens[k - 1].start:
        return None
    owner = tokens[k - 2]
    if not owner.is_capitalised or not owner.text.endswith("s"):
        return None
    j = k - 3 if k >= 3 and tokens[k - 3].lower in DEFINITE else k - 2
    if j > 0 and tokens[j - 1].is_word:
        return None  # (only a possessor that opens the clause: not "said the Greens' leader")
    return tokens[j].start, e


def _after_adverbs(inside: list[Token]) -> int | None:
    """Where the noun phrase starts in a span opened by a time adverbial ("Last night another source", "This week
    the company"): the determiner after the adverbial words, when a noun follows it."""
    if not inside or inside[0].lower not in _ADVERBIAL:
        return None
    for i, t in enumerate(inside[1:-1], 1):
        after = inside[i + 1]
        if t.lower in _OPENERS and after.is_word and after.lower not in _OPENERS and after.lower not in _ADVERBIAL:
            return i if any(u.lower not in DEFINITE for u in inside[:i]) else None
        if t.lower not in _ADVERBIAL:
            return None
    return None


def _issued_by(tokens: list[Token], starts: list[int], inside: list[Token], s: int, e: int) -> tuple[int, int] | None:
    """ "*Guidelines* recently issued by the Obama administration" -> the whole phrase: a document cut before
    the participle and the name of the body that put it out."""
    if not inside or bare(inside[-1].text) not in DOCUMENT_NOUNS or (inside[-1].is_capitalised and len(inside) > 1):
        return None
    k = bisect.bisect_left(starts, e)
    rest = tokens[k : k + 8]
    i = 1 if rest and rest[0].lower in ("recently", "jointly", "also", "first") else 0
    if len(rest) < i + 3 or rest[i].lower not in _ISSUED or rest[i + 1].lower != "by":
        return None
    j = i + 2 + (rest[i + 2].lower == "the")
    end = None
    while j < len(rest) and rest[j].is_capitalised:
        end, j = rest[j].end, j + 1
    if end is not None and j < len(rest) and rest[j].lower in ("administration", "campaign"):
        end = rest[j].end  # "the Obama administration"
    return (s, end) if end is not None else None


def _named_document(
    tokens: list[Token], starts: list[int], inside: list[Token], s: int, e: int
) -> tuple[int, int] | None:
    """ "according to a *White House* pool report" -> "a White House pool report": a name the span took
    out of the document it names, set off by a determiner (or "according to") before it."""
    if not inside or not all(t.is_capitalised or not t.is_word for t in inside):
        return None
    k = bisect.bisect_left(starts, s)
    j = bisect.bisect_left(starts, e, k)
    tail = [t for t in tokens[j : j + 2] if not t.is_capitalised and t.is_word]
    while tail and bare(tail[-1].text) not in DOCUMENT_NOUNS:
        tail.pop()
    if not tail or any(t.end != u.start - 1 for t, u in pairwise([inside[-1], *tail])):
        return None
    before = tokens[k - 1].lower if k >= 1 else ""
    if before in ("a", "an", "the"):
        return tokens[k - 1].start, tail[-1].end
    if before == "to" and k >= 2 and tokens[k - 2].lower == "according":
        return s, tail[-1].end
    return None


def _copula_cut(inside: list[Token]) -> tuple[int, int] | None:
    """A span that ran over a copula: "advisers to Clinton *are* well" -> its subject before it; an inverted
    "risk *are* Supreme Court precedents" (nothing capitalised before it) -> the name after it."""
    k = next((i for i, t in enumerate(inside[1:-1], 1) if t.lower in _COPULAS), None)
    if k is None:
        return None
    before, after = inside[:k], inside[k + 1 :]
    if after[0].is_capitalised and not any(t.is_capitalised for t in before):
        return after[0].start, after[-1].end
    if before[0].lower in _EXPLETIVES:  # "there was no overt": no subject to cut out
        run = len(after)
        while run > 0 and after[run - 1].is_capitalised:
            run -= 1
        return (after[run].start, after[-1].end) if run < len(after) else None  # "It is doubtful Clinton"
    while len(before) > 1 and before[-1].lower in _RELATIVES:
        before = before[:-1]  # ("a person familiar with the talks *who* was not": the clause's pronoun is not theirs)
    return before[0].start, before[-1].end


_RELATIVES = frozenset(["who", "that", "which", "whom"])


def _noun_after(tokens: list[Token], starts: list[int], inside: list[Token], s: int, e: int) -> tuple[int, int]:
    """ "the congressional" -> "the congressional report": a span cut before its head noun."""
    if len(inside) < 2 or inside[0].lower not in _OPENERS or inside[-1].is_capitalised:
        return s, e
    if bare(inside[-1].text) in KNOWN_NOUNS or not inside[-1].is_word:
        return s, e
    k = bisect.bisect_left(starts, e)
    after = tokens[k] if k < len(tokens) else None
    if after is not None and not after.is_capitalised and bare(after.text) in KNOWN_NOUNS:
        return s, after.end
    if inside[-1].lower in _SETS and after is not None and after.lower == "of":  # "The pair" of editorials
        for t in tokens[k + 1 : k + 3]:
            if t.is_capitalised or not t.is_word:
                break
            if bare(t.text) in DOCUMENT_NOUNS:
                return s, t.end
    return s, e


def _pronoun_inside(inside: list[Token]) -> Token | None:
    """The one subject pronoun of a span whose other words are adverbial ("By Sunday afternoon she")."""
    words = [t for t in inside if t.is_word]
    if len(words) < 2:
        return None
    pronouns = [t for t in words if t.lower in _SUBJECT_PRONOUNS]
    if len(pronouns) != 1 or pronouns[0] not in (words[0], words[-1]):
        return None
    others = [t for t in words if t is not pronouns[0]]
    if all(t.lower in _ADVERBIAL or (t.lower.endswith("ly") and not t.is_capitalised) for t in others):
        return pronouns[0]
    if pronouns[0] is words[0] and all(not t.is_capitalised for t in others) and others[0].lower not in _WITH_OTHERS:
        return pronouns[0]  # "he returned to his familiar", "It’s become": the clause's subject, not its words
    return None


def _enclosing_phrase(tokens: list[Token], starts: list[int], s: int, e: int) -> tuple[int, int] | None:
    """The noun phrase the span is a part of, when its head is a known noun."""
    first = bisect.bisect_left(starts, s)
    if first == 0 or first >= len(tokens):
        return None
    k = first - 1
    while k >= 0 and tokens[k].text not in _CLAUSE_MARKS:
        k -= 1
    lead = tokens[k + 1 : first]
    if len(lead) > 2 and lead[0].lower == "according" and lead[1].lower == "to":
        lead = lead[2:]  # "according to a congressional report on Wednesday"
    opened = [i for i, t in enumerate(lead[:-2]) if t.lower in _SUBORDINATORS and lead[i + 1].lower in _OPENERS]
    what = bool(opened) and lead[opened[-1]].lower == "what"  # "in what one friend of the Duke described as"
    if opened and (lead[0].lower not in _OPENERS or what):
        lead = lead[opened[-1] + 1 :]  # "Sterling fell after the governor of the Bank of England said"
    if not 2 <= len(lead) <= 10 or lead[0].lower not in _OPENERS:
        return None
    if any(t.lower in CUE_FORMS and t.lower not in _PARTICIPLES and bare(t.text) not in KNOWN_NOUNS for t in lead):
        return None
    joined = lead[-1].text == "/" or lead[-1].lower in _JOINS or lead[-1].lower in _PARTICIPLES
    if not joined and not (lead[-1].lower in ("the", "a", "an") and len(lead) > 2 and lead[-2].lower in _JOINS):
        return None
    end = e
    tail = []
    after = bisect.bisect_left(starts, e)
    for t in tokens[after : after + 2]:
        if t.is_capitalised or bare(t.text) not in KNOWN_NOUNS:
            break
        tail.append(t)
        end = t.end
    if _head(lead) is None and not tail and not (what and lead[-1].lower == "of"):
        return None  # (a relative "what" opens the clause whose subject the whole phrase is)
    return lead[0].start, end


def _head(lead: list[Token]) -> str | None:
    """The head noun of the phrase before its joining word ("A campaign TV ad released" -> ad)."""
    words = [t for t in lead[1:] if t.is_word and t.lower not in _JOINS and t.lower not in _PARTICIPLES]
    words = [t for t in words if t.lower not in ("the", "a", "an")]
    nouns = [bare(t.text) for t in words if not t.is_capitalised and bare(t.text) in KNOWN_NOUNS]
    nouns = [n for n in nouns if n not in _NOT_HEADS]
    return nouns[-1] if nouns else None
