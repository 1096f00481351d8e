"""Subjects that open a sentence: a name before comma-set descriptions ("Cecelia Purner, 67, a retired
clerk, said"), a described subject ("Paul Ng, a driver from Ava, who is ..., said"), and the openers that
are no subject ("On", "Asked on Monday", "Recalling")."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from quotelens.attribution.nounphrases import skip_between_subject_and_verb
from quotelens.attribution.tokens import is_cue_word, is_quote
from quotelens.attribution.verbs import is_participle, looks_verbal, verb_like
from quotelens.attribution.words import (
    CONTENT_PREPOSITIONS,
    DAY_AND_MONTH_NAMES,
    DESCRIPTION_STARTERS,
    DETERMINERS,
    FINITE,
    INTRO_ADVERBS,
    INTRO_WORDS,
    MAX_NP,
    OTHER_OPENERS,
    PLACE_TOPIC_PREPOSITIONS,
    RELATIVES,
    SEGMENT_BREAKS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
)
from quotelens.endings import ENDS_ED, ENDS_ING, ENDS_LY, ENDS_POSSESSIVE
from quotelens.lexicon import CUE_FORMS, ROLE_NOUNS, SUBJECT_PRONOUNS, SURNAME_PARTICLES, TITLE_WORDS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_DETERMINERS_OR_SUBJECT_PRONOUNS = frozenset(DETERMINERS | SUBJECT_PRONOUNS)


def opening_name(tokens: list[Token], i: int, quoted: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """ "Cecelia Purner, 67, a retired clerk in Allentown, Pa., said": the name that opens the
    sentence, when only comma-separated descriptions without a verb stand between it and the cue.
    With ``quoted`` (is a position inside a quotation?), quoted titles in the descriptions are
    passed over ('Hemsley, the co-author of "Going Viral," said')."""
    b = 0
    while b < i and (tokens[b].is_capitalised or tokens[b].text in {".", "’s", "'s"}) and b < 6:
        b += 1
    if b == 0 or b >= i or tokens[b].text != "," or not tokens[0].is_capitalised:
        return None
    if tokens[0].lower in _DETERMINERS_OR_SUBJECT_PRONOUNS or opens_adverbial(tokens[0], tokens[1]):
        return None
    for m in range(b, i):
        t = tokens[m]
        if quoted is not None and (quoted(t.start) or is_quote(t)):
            continue
        adjective = tokens[m - 1].lower in DETERMINERS  # "a retired clerk"
        if (is_cue_word(t) or looks_verbal(t)) and not adjective:
            return None
        if t.lower in FINITE or is_quote(t) or t.text in {";", ":"}:
            return None
    return (0, b)


# (word sets united once here, not on every call)
_SUBJECT_PRONOUNS_OR_SUBORDINATORS = frozenset(SUBJECT_PRONOUNS | SUBORDINATORS)


def described_subject(
    tokens: list[Token], i: int, quoted: Callable[[int], bool], start: int | None = None
) -> tuple[int, int] | None:
    """ "Paul Ng, a driver from Ava, Mo., who is a member of the union, said": a noun phrase opening
    the sentence (or starting at ``start``, right after a quotation), then any number of
    descriptions set off by commas or dashes — relative clauses and participle phrases may hold
    verbs, plain appositions may not. Returns the opening noun phrase."""
    end = skip_between_subject_and_verb(tokens, i - 1)
    if end < 2 or tokens[end].text not in SEGMENT_BREAKS:
        return None
    if start is None:
        start = _described_start(tokens, end)
        if start is None:
            return None
    first = tokens[start]
    if (
        not first.is_word
        or opens_adverbial(first, tokens[start + 1])
        or first.lower in _SUBJECT_PRONOUNS_OR_SUBORDINATORS
        or (first.lower == "even" and tokens[start + 1].lower == "so")
    ):
        return None
    segments = _segments(tokens, start, end, quoted)
    if len(segments) < 2:
        return None  # one apposition or none: the other subject rules decide
    head_end = _head_before_descriptions(tokens, segments, quoted)
    if head_end is None:
        return None
    a, b = segments[0][0], head_end
    if b - a > MAX_NP + 3:
        return None
    a2, b2 = segments[1]
    named = (a2, b2) if is_name(tokens, a2, b2) else name_of_affiliation(tokens, a2, b2)
    if named is not None and len(segments) > 2 and is_name(tokens, *segments[2]) and place_of_named(tokens, a2):
        named = segments[2]  # "a professor at the University of Lagos, Akoka, Dr. Ade Bello,": the place, then the name
    if named is not None and (describes(tokens, a, b) or titled(tokens, a, b)):
        return named  # "the rival coach, Sam Ortiz, ...", "her co-author, Dr. Jo Hale of Uppsala University,": the name
    return (a, b)


_POSSESSIVES = ("’s", "'s")


def describes(tokens: list[Token], a: int, b: int) -> bool:
    """ "the rival coach", "the two leading Republicans", "Labour’s leader", "Ms. Merkel's spokesman": a
    description, not a name: opened by a determiner, or a possessive name before a lower-case head."""
    if tokens[a].lower in DETERMINERS or tokens[a].lower == "another":
        return True
    # ("Ortiz's counterpart at Brentwood": the head comes before its preposition's object)
    b = next((m for m in range(a + 2, b) if tokens[m].lower in _HEAD_ENDS and not tokens[m].is_capitalised), b)
    head = tokens[b - 1]
    possessive = any(t.text.endswith(_POSSESSIVES) for t in tokens[a : b - 1])
    return possessive and head.is_word and not head.is_capitalised


_HEAD_ENDS = frozenset(["at", "in", "for", "of", "from", "with", "on"])

TITLES_AND_ROLES = frozenset((TITLE_WORDS | ROLE_NOUNS) - {"said", "says", "former", "first", "lady"})


def titled(tokens: list[Token], a: int, b: int) -> bool:
    """ "Kosovo's Interior Minister", "Deputy Prime Minister": a capitalised phrase ending in a title or a
    role names the office, not its holder; a name set off by commas after it is the one who holds it."""
    return b - a >= 2 and tokens[b - 1].lower in TITLES_AND_ROLES


_PLACE_PREPOSITIONS = frozenset(["of", "at", "in", "from"])


def place_of_named(tokens: list[Token], a: int) -> bool:
    """ "the University of Lagos, *Akoka*,", "a lawyer at Bell & Co in Leeds, *West Yorkshire*,": a short
    capitalised phrase at ``a``, right after a comma that ends a capitalised phrase governed by a preposition
    (at most six words back), is the town or the campus of that organisation or place, not a person."""
    if a < 3 or tokens[a - 1].text != "," or not tokens[a - 2].is_capitalised:
        return False
    for m in range(a - 3, max(-1, a - 9), -1):
        if tokens[m].lower in _PLACE_PREPOSITIONS and (tokens[m + 1].is_capitalised or tokens[m + 1].lower == "the"):
            return True
        if not (tokens[m].is_capitalised or tokens[m].lower in {"the", "of", "and", "&"}):
            return False
    return False


def holds_no_name(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """The phrase before a name set off by commas is a description, an office, a title's field or the town
    of an organisation, so that the name is the subject ("the rival coach, *Sam Ortiz*, said")."""
    a, b = subject
    return (
        describes(tokens, a, b) or field_of_title(tokens, subject) or titled(tokens, a, b) or place_of_named(tokens, a)
    )


def field_of_title(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """ "The Minister for *Health*, X, said", "The Lagos State Commissioner for *Transportation*, X,": the
    capitalised phrase found is the field of a title or a role ("for"/"of" after one), not a subject."""
    a = subject[0]
    return a >= 2 and tokens[a - 1].lower in {"for", "of"} and tokens[a - 2].lower in TITLES_AND_ROLES


def is_name(tokens: list[Token], a: int, b: int) -> bool:
    """ "Sam Ortiz", "Donald J. Trump and Senator Ted Cruz", "Pieter van Dijk": capitalised words (and "and",
    and a surname's particle between them), eight tokens at most."""
    inner = tokens[a:b]
    return (
        0 < len(inner) <= 8
        and inner[0].is_capitalised
        and all(
            t.is_capitalised
            or t.text in {"’s", "'s", "."}
            or t.lower == "and"
            or (t.lower in SURNAME_PARTICLES and _name_goes_on(inner, n + 1))
            for n, t in enumerate(inner)
        )
    )


_AFFILIATIONS = frozenset(["of", "at", "from"])


def name_of_affiliation(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """ "Dr. Sarah Lindgren of Uppsala University": a name of two words or more and its organisation or place
    after "of"/"at"/"from" (capitalised words, maybe after "the"): the name's range, or None."""
    m = next((n for n in range(a + 2, b - 1) if tokens[n].lower in _AFFILIATIONS), b)
    after = m + 2 if m + 2 < b and tokens[m + 1].lower == "the" else m + 1
    if (
        m < b
        and is_name(tokens, a, m)
        and sum(t.is_capitalised for t in tokens[a:m]) >= 2
        and is_name(tokens, after, b)
    ):
        return (a, m)
    return None


def _name_goes_on(inner: list[Token], n: int) -> bool:
    """After a particle, a name goes on: a capitalised word, maybe after more particles ("von der Leyen")."""
    while n < len(inner) and inner[n].lower in SURNAME_PARTICLES:
        n += 1
    return n < len(inner) and inner[n].is_capitalised


def _described_start(tokens: list[Token], end: int) -> int | None:
    """Where a sentence-opening described subject starts: past "But" and an opening phrase."""
    start = 1 if tokens[0].lower in SENTENCE_OPENERS else 0
    if opens_adverbial(tokens[start], tokens[start + 1]):
        # "In an interview at her hotel, Jo Hale - his co-host - told", "Reached by phone, Ng, who ...,
        # told": past an opening phrase without a finite verb
        comma = next((m for m in range(start + 1, min(end, start + 13)) if tokens[m].text == ","), None)
        if comma is None or any(t.lower in FINITE or is_quote(t) for t in tokens[start:comma]):
            return None
        start = comma + 1
    if not (tokens[start].is_capitalised or tokens[start].lower in DETERMINERS):
        return None
    return start


def _segments(tokens: list[Token], start: int, end: int, quoted: Callable[[int], bool]) -> list[tuple[int, int]]:
    """``tokens[start:end + 1]`` split at commas and dashes outside quotations (an opening time phrase
    or dateline left out)."""
    segments: list[tuple[int, int]] = []
    a = start
    for m in range(start, end + 1):
        if tokens[m].text in SEGMENT_BREAKS and not quoted(tokens[m].start):
            if m > a:
                segments.append((a, m))
            a = m + 1
    if len(segments) > 2 and (
        intro_phrase(tokens[segments[0][0] : segments[0][1]])
        or all(t.text.isupper() and len(t.text) > 1 for t in tokens[segments[0][0] : segments[0][1]])
    ):
        # "Last month, the Independent, a British newspaper, revealed"; a dateline "WASHINGTON -- Obama, ..."
        segments = segments[1:]
    return segments


def _head_before_descriptions(
    tokens: list[Token], segments: list[tuple[int, int]], quoted: Callable[[int], bool]
) -> int | None:
    """Where the opening noun phrase ends, when every later segment is a description (None when a
    segment is a clause of its own or the head holds a verb)."""
    relative_open = False  # "whose latest start-up, Paradata, uses ...": the clause's verb comes later
    head_end = segments[0][1]
    for n, (a, b) in enumerate(segments):
        seg = tokens[a:b]
        if any(t.text in {";", ":", "(", ")"} and not quoted(t.start) for t in seg[1:]):
            return None  # (a period may end an abbreviation: "Mo.", "Gov.")
        if relative_open:
            relative_open = seg[0].is_capitalised and not any(verb_like(t) for t in seg)
            continue
        described = n > 0 and (seg[0].lower in DESCRIPTION_STARTERS or is_participle(seg[0]))
        if described and _clause_inside(seg):
            return None  # '..., called on supporters to "march," while the party leader, X, accused': a clause
        if described:
            relative_open = seg[0].lower in RELATIVES and not any(verb_like(t) for t in seg[1:])
            continue
        for m in range(a, b):
            t = tokens[m]
            if quoted(t.start) or is_quote(t):
                if n == 0:
                    return None
                continue
            if n > 0 and t.lower in RELATIVES:
                break  # "a Navy veteran who now is an employee": the relative clause may hold verbs
            if n == 0 and m > a + 1 and t.lower == "who" and not tokens[m - 1].is_capitalised:
                head_end = m  # "The judges who ruled that ..., for instance, said": the subject is "The judges"
                break
            adjective = m > a and tokens[m - 1].lower in DETERMINERS
            if ((is_cue_word(t) or looks_verbal(t)) and not adjective) or t.lower in FINITE:
                return None
    return head_end


_CLAUSE_JOINERS = frozenset(["while", "whereas", "but", "although", "though"])


def _clause_inside(seg: list[Token]) -> bool:
    """A segment after the head that goes on into another clause with its own subject ("called on X to
    C, *while the* party leader"), not a description ("accused of lying while in office")."""
    return any(
        t.lower in _CLAUSE_JOINERS and (nxt.lower in DETERMINERS or nxt.is_capitalised) for t, nxt in pairwise(seg[1:])
    )


def intro_phrase(seg: list[Token]) -> bool:
    """ "Just last week", "By contrast", "Not far away", "In March", "Three days later", "About a day after
    the vote": an opening phrase, not a subject."""
    if 0 < len(seg) <= 4 and seg[0].lower in INTRO_WORDS and not any(t.is_capitalised for t in seg[1:]):
        return True
    # (a measure of time, then "later", "ago" or "after ...": when, not who)
    return len(seg) <= 8 and any(t.lower in _TIME_UNITS and nxt.lower in _RELATIVE_TIME for t, nxt in pairwise(seg[:5]))


_TIME_UNITS = frozenset(
    "moment moments second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)
_RELATIVE_TIME = frozenset(["later", "earlier", "ago", "after", "before", "afterward", "afterwards"])


def opens_adverbial(tok: Token, nxt: Token | None = None) -> bool:
    """A sentence opener that starts an introductory phrase, not a subject: "On", "After", "Recalling".
    With the token after it: "Carly Fiorina", "Kelly Ayotte" are names, not adverbs in -ly."""
    low = tok.lower
    if nxt is not None and tok.is_capitalised and nxt.is_capitalised and nxt.is_word:
        if ENDS_LY[low]:
            return False
        if (
            (ENDS_ED[low] or ENDS_ING[low])
            and low not in CUE_FORMS
            and nxt.lower not in DAY_AND_MONTH_NAMES
            and not ENDS_POSSESSIVE[nxt.text]
        ):
            return False  # "Murshed Zaheed", "Sterling Brown": a name, not "Asked Monday" or "Recalling Trump's"
    return (
        low in CONTENT_PREPOSITIONS
        or low in SUBORDINATORS
        or low in INTRO_ADVERBS
        or low in OTHER_OPENERS
        or low in PLACE_TOPIC_PREPOSITIONS
        or low in {"toward", "towards", "upon"}
        or (ENDS_ING[low] and len(low) > 5 and low != "according")
        or (ENDS_LY[low] and len(low) > 4)
        or (tok.is_capitalised and ENDS_ED[low] and len(low) > 4)  # "Asked on Monday whether ..., she said"
    )


def name_then_verb(toks: list[Token], k: int) -> bool:
    """ "Boreing said", "Manning wrote": a capitalised -ing word right before a cue is a name, not "Recalling"."""
    return toks[k].is_capitalised and k + 1 < len(toks) and is_cue_word(toks[k + 1])
