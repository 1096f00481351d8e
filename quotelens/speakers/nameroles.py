"""A name in its sentence: the role before or after it and how it stands in its clause.

Helpers of :mod:`quotelens.speakers.names` (kept apart to keep that module short): "columnist David
Brooks" and "Mike Pence, the Indiana governor," give roles; a name that opens its clause before a verb
is its subject, one after a preposition is oblique.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotelens.attribution.words import IRREGULAR_PAST, IRREGULAR_UNLISTED
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.apposition import ROLE_SUFFIXES, apposition, led_by, role_head, role_word
from quotelens.speakers.lexicon import AFFILIATIONS, ROLE_NOUNS, TITLES, is_first_name
from quotelens.speakers.nameparts import bare

if TYPE_CHECKING:
    from quotelens.speakers.names import NameRun

_OBLIQUE = frozenset("of to with for by about against from in on at over into than like between among".split())
_CLAUSE_OPENERS = frozenset([",", ";", ":", "“", '"', "''", "—", "–", "-", "("]) | frozenset(
    "and but that when while as because since although though if after before so then where".split()
)
_CONJUNCTIONS = frozenset(["and", "or", "but", "nor", "as", "than", "whether", "if", "when", "while"])
_NOT_ROLES = frozenset(
    "former other later under over never ever either neither whether together rather after before "
    "per whenever wherever however further another".split()
)  # (words ending like a role noun, "-er", "-or", "-ent", that are none: "on Saturday after Emeka Okafor's")
_AUXILIARIES = frozenset(
    "is was are were has had have will would could should can may might must does did do also "
    "says said told added noted argued".split()
)
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"])
_BEFORE_STOPS = _DETERMINERS | _OBLIQUE
_CLAUSE_MARKS = frozenset([",", ";", ":", "—", "–", "(", "“", '"'])


def roles_before(toks: list[Token], a: int) -> list[str]:
    """A role noun right before the name: "columnist David Brooks", "real estate mogul Donald Trump"."""
    k = a - 1
    words: list[str] = []
    while k >= 0 and len(words) < 5:
        tok = toks[k]
        # "Republican", "Indiana"; a role opening the sentence ("Billionaire Donald Trump")
        affiliation = tok.is_capitalised and (
            role_word(tok.text) in AFFILIATIONS or (k == 0 and tok.lower in ROLE_NOUNS)
        )
        if not tok.is_word or (tok.is_capitalised and not affiliation) or tok.lower in _BEFORE_STOPS:
            break
        if tok.lower in CUE_FORMS or tok.lower in _AUXILIARIES or tok.lower in _CONJUNCTIONS:
            break
        words.insert(0, role_word(tok.text) if affiliation else tok.lower)
        k -= 1
    role = bool(words) and words[-1] not in _NOT_ROLES
    if role and (words[-1] in ROLE_NOUNS or words[-1].endswith(ROLE_SUFFIXES)):
        return [" ".join(words)]
    return []


def roles_around(toks: list[Token], a: int, b: int) -> list[str]:
    """:func:`roles_before` and :func:`_apposition`, asked only when a word precedes or a comma follows; and
    a description set off before the name ("their manager, Pieter van Dijk,")."""
    before = roles_before(toks, a) + led_by(toks, a, TITLES) if a > 0 and toks[a - 1].is_word else []
    b = _past_party(toks, b)  # ("Rep. Kim Ji-won of the Democratic Party (DP), a first-term lawmaker,")
    if b < len(toks) and toks[b].text == ",":
        after = apposition(toks, b) or copular_role(toks, b)
        return before + after + (described_before(toks, a) if a > 1 and toks[a - 1].text == "," else [])
    return before + copular_role(toks, b)


def _past_party(toks: list[Token], b: int) -> int:
    """Where an "of the <Party> (<ABBR>)" after a name ends (its comma), else ``b``."""
    if b + 3 >= len(toks) or toks[b].lower != "of" or toks[b + 1].lower != "the":
        return b
    for k in range(b + 2, min(len(toks), b + 10)):
        if toks[k].text == ",":
            return k if toks[k - 1].text == ")" and toks[k - 2].text.isupper() else b
        if not (toks[k].is_capitalised or toks[k].text in "()"):
            return b
    return b


def copular_role(toks: list[Token], b: int) -> list[str]:
    """What the name is said to be: "Renata Castellanos, 34, was the first witness called" -> "first witness"."""
    aged = b + 3 < len(toks) and toks[b].text == "," and toks[b + 1].text.isdigit() and toks[b + 2].text == ","
    k = b + 3 if aged else b  # (past an age: "Renata Castellanos, 34, was")
    if k + 2 >= len(toks) or toks[k].lower not in ("is", "was") or toks[k + 1].lower not in ("a", "an", "the"):
        return []
    words: list[str] = []
    for tok in toks[k + 2 : k + 6]:
        if not tok.is_word or tok.is_capitalised or tok.lower in _OBLIQUE or tok.lower in ("who", "called", "and"):
            break
        words.append(tok.lower)
    return [" ".join(words)] if words and role_head(words) else []


def described_before(toks: list[Token], a: int) -> list[str]:
    """The role of "the/their/its ... <role noun>, <name>,": "their manager", "the party's chairman"."""
    k = a - 2
    words: list[str] = []
    while k >= 0 and len(words) < 4 and toks[k].is_word:
        if toks[k].lower in _DETERMINERS:  # ("Their manager, ..." opening the sentence too)
            if k > 0 and toks[k - 1].text not in _CLAUSE_MARKS and toks[k - 1].lower not in ("and", "but"):
                return []  # ("After a long meeting with the president, Nancy Pelosi, ...": no role of hers)
            head = words[-1] if words else ""
            role = head not in _NOT_ROLES and (head in ROLE_NOUNS or head.endswith(ROLE_SUFFIXES))
            return [" ".join(words)] if role else []
        if toks[k].is_capitalised:
            return []
        words.insert(0, toks[k].lower)
        k -= 1
    return []


def grammar(toks: list[Token], a: int, b: int, possessive: bool) -> tuple[bool, bool]:
    """(subject, oblique): is the name its clause's subject (opens it, a verb follows) or after a preposition?"""
    k = _before_premodifier(toks, a - 1)
    while k >= 0 and toks[k].is_word and (toks[k].lower in _DETERMINERS or _title_word(toks, k, a)):
        k -= 1
    prev = toks[k].lower if k >= 0 else ""
    nxt = b
    if nxt < len(toks) and toks[nxt].text == ",":  # skip an apposition ", the state's governor,"
        close = next((j for j in range(nxt + 1, min(len(toks), nxt + 15)) if toks[j].text == ","), None)
        nxt = close + 1 if close is not None else nxt
    verb = nxt < len(toks) and (toks[nxt].lower in _AUXILIARIES or toks[nxt].lower in CUE_FORMS)
    # after a fronted phrase, any past form: "Asked about Trump, Dana Whitcomb paused."
    verb = verb or (prev == "," and nxt == b and nxt < len(toks) and past_form(toks[nxt]))
    subject = (k < 0 or prev in _CLAUSE_OPENERS) and not possessive and (verb or k < 0)
    return subject, prev in _OBLIQUE


def _title_word(toks: list[Token], k: int, a: int) -> bool:
    """Is the word at ``k`` a title before the name at ``a``, or a capitalised word of one ("Home Minister",
    "Foreign Secretary": what the minister is of)?"""
    if bare(toks[k].text) in TITLES:
        return True
    return toks[k].is_capitalised and k + 1 <= a and bare(toks[k + 1].text) in TITLES


def past_form(tok: Token) -> bool:
    """A past form ("paused", "took", "ran"), lower-case."""
    low = tok.lower
    past = (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PASTS
    return past and tok.is_word and not tok.is_capitalised


_IRREGULAR_PASTS = IRREGULAR_PAST | IRREGULAR_UNLISTED | {"ran", "sat"}


def _before_premodifier(toks: list[Token], k: int) -> int:
    """Where a lower-case role before a name starts, with the affiliation before it ("Komeito chief Hideki
    Ogura", "Lumio spokeswoman Carla Jimenez"): the token before them; ``k`` when no role noun ends at ``k``."""
    if k < 0 or not toks[k].is_word or toks[k].is_capitalised:
        return k
    head = toks[k].lower
    if head not in ROLE_NOUNS:  # (a listed role only: not "a conservative super PAC", whose "-er" is no role's)
        return k
    j = k
    while j >= 0 and k - j < 5 and toks[j].is_word and toks[j].lower not in _BEFORE_STOPS:
        if toks[j].lower in CUE_FORMS or toks[j].lower in _AUXILIARIES or toks[j].lower in _CONJUNCTIONS:
            break
        j -= 1
    return j


def role_chains(toks: list[Token], runs: list[NameRun]) -> list[NameRun]:
    """A role chain before a name, "Former Mayor and DMK legislator R. Rao", "Chairman and chief executive
    Dana Whitcombe": a run of titles alone, then "and" and words up to a person's name (no punctuation
    between), names no one of its own: it is that person's role ("former mayor"), not a second source."""
    out: list[NameRun] = []
    starts: list[int] = []  # (the tokens' starts, listed when a run of titles alone first asks)
    for i, run in enumerate(runs):
        if run.kind not in ("person", "unknown") or not all(bare(w) in TITLES for w in run.words):
            out.append(run)
            continue
        starts = starts or [t.start for t in toks]
        k = bisect.bisect_left(starts, run.end)  # (the token after the run)
        if k < len(toks) and toks[k].lower in ("and", "&"):
            person = next((r for r in runs[i + 1 :] if r.kind == "person"), None)
            j = bisect.bisect_left(starts, person.start) if person is not None else k
            between = toks[k + 1 : j]  # (not "President and Mrs. Obama": a couple)
            couple = all(bare(t.text) in ("mr", "mrs", "ms", "dr") for t in between)
            if person is not None and 0 < j - k <= 6 and all(t.is_word for t in between) and not couple:
                person.roles.insert(0, " ".join([*run.titles, *(bare(w) for w in run.words)]))
                continue
        out.append(run)
    return out


def family_word(parts: list[str], word: str) -> int:
    """How surely ``word`` is the family name by which the name of ``parts`` is shortened: 2 for its last word
    ("Maya Torres") or, in a Chinese name's order, the word before a hyphenated given name ("Lau Kam-wing") or just
    after an English first name ("Tommy Cheung Yu-yan", "Regina Ip Lau Suk-yee": Ip); 1 for another family name
    before the given name ("Lau" of "Regina Ip Lau Suk-yee", her husband's); else 0."""
    low = word.lower()
    if parts[-1].lower() == low:
        return 2
    if not given_hyphenated(parts):
        return 0
    english = len(parts) >= 3 and is_first_name(parts[0])
    first_family = 1 if english else 0
    if parts[first_family].lower() == low:
        return 2
    return int(any(p.lower() == low for p in parts[first_family + 1 : -1]))


def given_hyphenated(parts: list[str]) -> bool:
    """Does the name end in a hyphenated given name after its family name ("Lau Kam-wing", "Tommy Cheung Yu-yan")?"""
    last = parts[-1]
    return len(parts) >= 2 and "-" in last and last[:1].isupper() and last.split("-", 1)[1][:1].islower()
