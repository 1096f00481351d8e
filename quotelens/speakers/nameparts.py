"""Parts of a capitalised run that say what it is: an age after a name, words before a first name, an acronym,
a kind of organisation introducing it.

Helpers of :mod:`quotelens.speakers.names` (kept apart to keep that module short).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.lexicon import (
    DEMONYMS,
    GOVERNMENT_HEADS,
    ORG_WORDS,
    PLACE_OPENERS,
    PLACES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TITLES,
    common_words,
    is_first_name,
    is_surname,
    particled,
    sex_of_first_name,
)

_POSSESSIVE = re.compile(r"[’']s?$")
CONTRACTION = re.compile(r"[’'](?:ve|ll|re|d|m|t)$", re.IGNORECASE)
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]+$")
NOT_ACRONYMS = frozenset(
    "est edt cst cdt pst pdt gmt utc bst cet cest am pm tv ok us usa uk eu ceo cfo coo vp md phd "
    "ai gdp dna hiv aids atm suv ipo iq cs ag da mp cto mvp".split()
)  # (things, not organisations: "AI safety", "GDP growth"; a person's title: "the CS", "the company's CTO")

# The fields a ministry, a department or an institute is named for ("Ministry of Economy, Trade and Industry",
# "Center for Strategic and International Studies", "Fisheries and Oceans Canada"): an "and" between them joins
# no two names
FIELD_WORDS = frozenset(
    "affairs health studies services industry industries trade commerce care research development security economy "
    "economics education environment energy resources science sciences technology technologies justice welfare "
    "planning culture transport transportation agriculture fisheries oceans housing finance labour labor tourism "
    "infrastructure communications policy defence defense employment innovation immigration citizenship safety "
    "statistics heritage sport sports arts humanities medicine mines mining forestry forests wildlife parks "
    "recreation revenue customs aviation seniors veterans families youth gas electric electricity water light "
    "communities government food media skills pensions climate children women works regions lands".split()
)  # ("Ministry of Housing, Communities and Local Government", "Department for Environment, Food and Rural Affairs")


# A hyphened description before a name, of where it is based, born or listed or who backs it ("Bellevue-based",
# "Lagos-born", "Nasdaq-listed", "Kremlin-backed"): capitalised for its place's or backer's name, no word of the name
_MODIFIER = re.compile(
    r"-(?:based|born|bred|raised|owned|backed|funded|listed|registered|headquartered|controlled|allied|led|run)$"
)


def modifier_end(toks: list[Token], a: int, b: int) -> int:
    """Where a name begins after the last hyphened modifier of the run at ``a:b`` ("Bellevue-based *Verdance*",
    "San Diego-based *Lumenfold*"), or ``a`` when none (the run's last word is the name's, whatever it is)."""
    for k in range(b - 2, a - 1, -1):
        if hyphened_modifier(toks[k].text):
            return k + 1
    return a


def hyphened_modifier(text: str) -> bool:
    return "-" in text and _MODIFIER.search(text) is not None


def clean(word: str) -> str:
    """The word without a possessive ending ("Putin’s" -> "Putin")."""
    if len(word) > 2 and word[-1] in "s’'" and ("’" in word or "'" in word):
        return _POSSESSIVE.sub("", word)
    if word[-1:] == "." and word[:-1] in COMPANY_SUFFIXES:
        return word[:-1]  # "Apple Inc." (one token inside a sentence): "Apple Inc", as at a sentence's end
    return word


COMPANY_SUFFIXES = frozenset(["Inc", "Corp", "Co", "Ltd", "Plc", "Bros"])  # (segment.py keeps their full stop)


@lru_cache(maxsize=8192)
def bare(word: str) -> str:
    return clean(word).lower().rstrip(".")


def aged(toks: list[Token], b: int) -> bool:
    """Does an age follow the name ending at token ``b`` (", 22,")?"""
    return (
        b + 2 < len(toks)
        and toks[b].text == ","
        and toks[b + 1].text.isdigit()
        and len(toks[b + 1].text) <= 3
        and toks[b + 2].text == ","
    )


def leading_words(words: list[str], n_titles: int, kind_of: Callable[[list[str], list[str]], str]) -> int:
    """Capitalised words before a first name that are no part of the name: the end of a title ("Director
    of National Intelligence James Clapper", "Undersecretary for Political Affairs Wendy Sherman") or an
    epithet ("Crooked Hillary Clinton"). Only when a surname follows and the run's first word is no first
    name, and never in an organisation's or a medium's name (``kind_of`` says which)."""
    rest = words[n_titles:]
    if len(rest) >= 3 and job_word(rest[0]) and sex_of_first_name(rest[1]) is not None:
        return 1  # a role opening the sentence: "Guard Tomás Ibarra", "Striker Marcus Okafor", "Reliever Matt Kowalski"
    if len(rest) < 3 or is_first_name(rest[0]) or kind_of(rest, []) not in ("person", "unknown"):
        return 0
    if any(w.lower() in SURNAME_PARTICLES or particled(w) for w in rest[1:]):
        return 0  # "Luiz Inácio Lula da Silva": a name with a particle is one whole name
    for i in range(1, len(rest) - 1):
        word = rest[i]
        if _INITIAL.match(word) or word.lower() in SURNAME_PARTICLES:
            return 0
        if is_first_name(word) and sex_of_first_name(word) is not None:
            return i if _leads(rest[i - 1]) else 0
    return 0


def office_of(words: list[str]) -> bool:
    """A title of a body, then a name of two words whose first name no list knows ("Minister in the Presidency
    Thabo Mokoena", "Minister of Finance Thabo Mokoena"; not "Minister of Trade and Industry")."""
    if len(words) < 5 or bare(words[0]) not in TITLES or words[1] not in ("of", "in", "for"):
        return False
    name = words[-2:]
    plain = any(w.lower() in common_words() or w.lower() in PLACES or not w[:1].isupper() for w in name)
    return not plain and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words[2:-2])


def _leads(word: str) -> bool:
    """May ``word``, just before a first name, close a title or an epithet ("National Intelligence", "Crooked")
    rather than open the name? Only a common word, an abbreviation or one of a title's: an unknown
    capitalised word is the name's own ("President Yoon Suk Yeol": "Suk" is also a first name)."""
    if _INITIAL.match(word):
        return False  # "K. Lakshmi Devi": an initial opens the name
    low = word.lower().rstrip(".")
    abbreviation = word.rstrip(".").isupper() and len(word) > 1  # "Labour MP Diane Okoro", "Acme CEO Jo Lee"
    return abbreviation or low in common_words() or low in TITLES or low.endswith(("ed", "ing")) or job_word(word)


_AGENT_ENDINGS = ("er", "or", "ist")


def job_word(word: str) -> bool:
    """Is ``word`` a job's or a role's noun, a title before a name ("Shortstop", "Town Planner", "Reliever")? A role
    noun of the lexicon, or an agent noun (-er, -or, -ist, six letters or more) that no list knows as a first name,
    a surname or a place (not "Walker", "Carter", "Baker")."""
    low = word.lower().rstrip(".")
    if low in ROLE_NOUNS:
        return True
    if len(low) < 6 or not low.endswith(_AGENT_ENDINGS) or not low.isalpha():
        return False
    return not (is_first_name(low) or is_surname(low) or low in PLACES)


def is_acronym(word: str) -> bool:
    """ "FBI", "SVP" name organisations; "EST", "TV" or a shouted word ("TEXT") do not."""
    low = word.lower()
    return bool(_ACRONYM.match(word)) and len(word) >= 2 and low not in common_words() and low not in NOT_ACRONYMS


# Kinds an organisation is introduced with just before its name ("the agrochemical company Monsanto")
KIND_INTRODUCERS = {
    **dict.fromkeys(
        """company companies firm firms corporation conglomerate retailer manufacturer bank group groups
        organization organizations organisation organisations agency nonprofit charity foundation union coalition
        association institute lobby pac think-tank employers businesses retailers banks lenders insurers label
        studio publisher airline insurer startup""".split(),
        "organisation",
    ),
    **dict.fromkeys(
        """network channel broadcaster newspaper paper magazine outlet website site outlets newspapers networks
        magazines""".split(),
        "media",
    ),
}
INTRO_DETERMINERS = frozenset(["the", "a", "an", "its", "their"])
OWNERS = frozenset(["her", "his", "its", "their", "our", "the"])
# What may follow an organisation's name in a clause besides a verb of saying: an auxiliary, a relative, a
# conjunction or a preposition ("the company Monsanto, which", "the group Club for Growth has")
AFTER_NAME = frozenset(
    "is was are were has had have will would could should can may might does did also which that who and or "
    "of on in to for at with by from about as".split()
)


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


def listed_kind(toks: list[Token], a: int) -> tuple[str, str]:
    """("organisation" or "media", the kind noun) when the name at token ``a`` is listed as one of a kind of
    organisation ("employers such as Monsanto", "groups including Club for Growth"), else ("", "")."""
    such = a >= 3 and toks[a - 1].lower == "as" and toks[a - 2].lower == "such"
    if not (such or (a >= 2 and toks[a - 1].lower in ("including", "like"))):
        return "", ""
    kind = toks[a - 3 if such else a - 2].lower
    return (KIND_INTRODUCERS[kind], _singular(kind)) if kind in KIND_INTRODUCERS else ("", "")


def introduced_kind(toks: list[Token], a: int, b: int) -> str:
    """The kind noun that introduces the name at tokens ``a:b`` ("the conservative group Club for Growth",
    "the agrochemical company Monsanto"), or "". Not when a verb other than one of saying follows: "the
    group Trump met" is no group named Trump. (Only a role of a name already known as an organisation's: on
    train, typing unknown names by any kind noun cost more than it gained; those only a body is type them:
    namecontext.py.)"""
    nxt = toks[b] if b < len(toks) else None
    verb = nxt is not None and nxt.is_word and not nxt.is_capitalised and nxt.lower not in AFTER_NAME
    if (verb and nxt is not None and nxt.lower not in CUE_FORMS) or a < 2:
        return ""
    if a >= 3 and toks[a - 1].text == "(" and nxt is not None and nxt.text == ")":
        return _bracketed_kind(toks, a)  # "the UN agency for Palestinian refugees (UNRWA)": an agency
    set_off = a >= 3 and toks[a - 1].text == "," and nxt is not None and nxt.text == ","
    if set_off and toks[a - 2].lower in KIND_INTRODUCERS and toks[a - 3].lower in OWNERS:
        return _singular(toks[a - 2].lower)  # "Her label, Meridian Records,": a label
    noun = toks[a - 1].lower
    if noun not in KIND_INTRODUCERS or toks[a - 1].is_capitalised:
        return ""
    k = a - 2
    while k >= max(0, a - 6) and toks[k].is_word:
        if toks[k].lower in INTRO_DETERMINERS:  # ("The" opening the sentence too)
            return _singular(noun)
        if toks[k].is_capitalised:
            break
        k -= 1
    return ""


def _bracketed_kind(toks: list[Token], a: int) -> str:
    """The kind noun heading the lower-case description a bracketed name abbreviates ("the UN agency for
    Palestinian refugees (UNRWA)" -> "agency"), or ""."""
    noun = ""
    for k in range(a - 2, max(-1, a - 10), -1):
        tok = toks[k]
        if not tok.is_word:
            return ""
        if tok.lower in KIND_INTRODUCERS and not tok.is_capitalised:
            noun = tok.lower
        elif noun and tok.lower in INTRO_DETERMINERS:
            return _singular(noun)
    return ""


_LOCAL_BODIES = frozenset(["city", "county", "borough", "district", "town", "parish", "metropolitan"])
_LOCAL_HEADS = frozenset(["council", "police"])


def lower_case_body(toks: list[Token], a: int, b: int) -> int:
    """Where the name ``toks[a:b]`` ends with the lower-case local body a British paper writes after a place
    ("Leeds *city council*", "Camden *council*", "Kent *police*"): past those words, or ``b``."""
    k, n = b, len(toks)
    if k < n and toks[k].lower in _LOCAL_BODIES and not toks[k].is_capitalised:
        k += 1
    if k >= n or toks[k].lower not in _LOCAL_HEADS or toks[k].is_capitalised:
        return b  # (most names: no local body's head after them, so the name itself is not read)
    if b - a > 2 or not toks[b - 1].is_word or toks[b - 1].text.endswith(("’s", "'s")):
        return b
    return k + 1


_APOSTROPHES = ("'", "’")
_OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTES = ('"', "”")


def _name_word(tok: Token) -> bool:
    return tok.is_capitalised and tok.is_word


def inner_skip(toks: list[Token], k: int, a: int) -> int:
    """Where a name run starting at ``a`` goes on past the non-word token at ``k`` (``k``: it ends there).

    A word-final apostrophe glued to a name word is the name's ("Anyang' Nyong'o"), and so is a quoted nickname
    between a first name and a surname (``Chloe "Coco" Carter``, ``Dwayne "The Rock" Johnson``)."""
    n = len(toks)
    if k <= a or k + 1 >= n:
        return k
    tok, prev = toks[k], toks[k - 1]
    if tok.text in _APOSTROPHES:
        glued = prev.end == tok.start and _name_word(prev) and prev.text[-1] not in "sSzZ"
        glued = glued and not _single_quote_open(toks, k)  # (not "the ‘Unity’ Meeting": a closing quote)
        return k + 1 if glued and toks[k + 1].start > tok.end and _name_word(toks[k + 1]) else k
    if tok.text not in _OPENING_QUOTES or tok.start == prev.end or toks[k + 1].start != tok.end:
        return k
    if prev.lower in common_words() and not is_first_name(prev.text):
        return k  # (not a title's 'Felt “Invisible” As')
    for j in range(k + 1, min(k + 5, n - 1)):
        if toks[j].text in _CLOSING_QUOTES:
            after = toks[j + 1]
            nick = j > k + 1 and toks[j].start == toks[j - 1].end and after.start > toks[j].end
            return j + 1 if nick and _name_word(after) and not after.text.isupper() else k
        if not _name_word(toks[j]):
            return k
    return k


def _single_quote_open(toks: list[Token], k: int) -> bool:
    """Is a single quotation mark opened before ``k`` in the sentence (then the mark at ``k`` closes it)?"""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.text == "‘" or (
            t.text == "'" and j + 1 < k and toks[j + 1].start == t.end and (j == 0 or toks[j - 1].end < t.start)
        ):
            return True
    return False


def run_words(toks: list[Token], a: int, b: int) -> tuple[list[str], str]:
    """The words of the name at ``a:b`` with a glued apostrophe kept on its word, and its quoted nickname."""
    words: list[str] = []
    nickname: list[str] = []
    inside = False
    glued = False  # ("AT&T": an ampersand with no space about it joins one word)
    for k, t in enumerate(toks[a:b], a):
        if t.text in _OPENING_QUOTES + _CLOSING_QUOTES:
            inside = not inside
        elif inside:
            nickname.append(t.text)
        elif t.text in _APOSTROPHES and words:
            words[-1] += t.text
        elif (glued or t.text == "&") and words and t.start == toks[k - 1].end:
            glued = t.text == "&"
            words[-1] += t.text
        else:
            words.append(t.text)
    if words:
        words[-1] = clean(words[-1])
    return words, " ".join(nickname)


def country_body(toks: list[Token], a: int, words: list[str], kind: str) -> list[str]:
    """The name of a country's own body written after the country's possessive, with the country kept
    ("Turkey's Foreign Ministry" -> Turkish Foreign Ministry, "Britain's Foreign Office" -> British Foreign Office):
    two countries' ministries often meet in one story."""
    if kind != "organisation" or a == 0 or words[-1].lower() not in GOVERNMENT_HEADS:
        return words
    before = toks[a - 1].text
    demonym = DEMONYMS.get(before[:-2].lower()) if before.endswith(("'s", "’s")) else None
    return [demonym.capitalize(), *words] if demonym else words


def name_token(tok: Token) -> bool:
    if not (tok.is_capitalised and tok.is_word):
        return False
    return not (("’" in tok.text or "'" in tok.text) and CONTRACTION.search(tok.text))


def plural_possessive(toks: list[Token], k: int, a: int) -> int:
    """Past the apostrophe at ``k`` of a plural possessive inside an organisation's name ("the Harukawa Electric
    Workers' Union"); else ``k``."""
    glued = toks[k].text in "'’" and k > a and toks[k - 1].end == toks[k].start and toks[k - 1].lower[-1] == "s"
    return k + 1 if glued and owned_organisation(toks, k + 1) else k


def owned_organisation(toks: list[Token], k: int) -> bool:
    """Does an organisation's word at ``k`` go on the name whose possessive ends before it ("the Clark County
    Coroner's Office")? Not a place's "Ministry of ..." ("China's Ministry of Foreign Affairs"): a name of
    its own, and so is any "X's Ministry of ...", a government's ("Hamas's Ministry of Health")."""
    if not (k < len(toks) and name_token(toks[k]) and bare(toks[k].text) in ORG_WORDS):
        return False
    of = k + 1 < len(toks) and toks[k + 1].lower == "of"
    return not (of and (bare(toks[k - 1].text) in PLACE_OPENERS or toks[k].lower == "ministry"))


def pronoun_end(toks: list[Token], a: int, b: int) -> int:
    """Where the run ``toks[a:b]`` ends before the pronoun "I" after a first name, a lower-case word after it ("Don't
    tell Ingrid I said that" -> Ingrid): a monarch's numeral after a first name is followed by "of", a stop or a
    comma ("Elizabeth I of England", "Charles I."), or has a title before it ("King Charles I")."""
    if b - a != 2 or toks[b - 1].text != "I" or b >= len(toks):
        return b
    pronoun = toks[b].text[:1].islower() and toks[b].lower != "of"
    return b - 1 if pronoun and is_first_name(toks[a].text) else b
