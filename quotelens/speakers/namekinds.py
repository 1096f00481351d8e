"""What a capitalised run names: a person, an organisation, a medium, a place, a document or nothing known.

In: the words of one name run (titles apart) and, for a run of no known kind, its tokens. Out: its kind,
and for an unknown run the roles around it and how much says it is a person. Moved out of
``names.py`` (which finds and trims the runs) as it was: the same rules.
"""

from __future__ import annotations

import re

from quotelens.segment import Token
from quotelens.speakers.apposition import org_apposition
from quotelens.speakers.kindwords import legal_form
from quotelens.speakers.lexicon import (
    MEDIA,
    NOBLE_TITLES,
    ORG_KIND_NOUNS,
    ORG_WORDS,
    PARTIES,
    PLACE_HEADS,
    PLACES,
    STRUCTURE_HEADS,
    SURNAME_PARTICLES,
    common_words,
    is_first_name,
    is_surname,
    particled,
)
from quotelens.speakers.lexicon import (
    ROLE_NOUNS as PERSON_ROLES,
)
from quotelens.speakers.nameparts import FIELD_WORDS, NOT_ACRONYMS, aged, is_acronym, listed_kind
from quotelens.speakers.nameroles import past_form, roles_around
from quotelens.speakers.titles import STYLES_OF_ADDRESS, personal

POSSESSIVE = re.compile(r"[’']s?$")
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|St)[A-Z][a-z]+[A-Z][a-z]")
# The words a newspaper's name ends with ("the Denver Post", "the Jordan Times"): no surname of a person
_PAPER_NAMES = frozenset(
    "post times herald journal observer tribune chronicle gazette star sun news daily press review register "
    "inquirer examiner bulletin courier dispatch monitor record telegraph guardian mail express mirror standard "
    "independent globe ledger sentinel".split()
)
_MEDIUMS = frozenset("tv radio media press news newspaper magazine television show channel network report".split())
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
# The last word of a law's or a pact's name: a document, whatever first name opens it ("Paris Agreement")
PACT_HEADS = frozenset("act acts amendment treaty accord accords agreement protocol doctrine".split())
# A preposition inside a group's name, never inside a person's ("Democracy for America", "Mothers Against Drunk
# Driving", "Reporters Without Borders")
CAUSE_PREPOSITIONS = frozenset(["for", "against", "without"])
# A place's first word, whatever first name follows ("Fort Sam Houston", "Mount Hood"), and time zones (a run
# holding one is a time: "8:30 a.m. EDT Sunday")
_PLACE_OPENERS = frozenset("fort mount mt".split())
_TIME_ZONES = frozenset("edt est cdt cst mdt mst pdt pst gmt utc bst cet cest eet eest aest aedt jst hkt".split())
_FIXED_WORDS = frozenset(NOBLE_TITLES) | _PLACE_OPENERS | _TIME_ZONES  # a word one of _fixed_kind's rules needs
# A company's head noun, the last word of its name ("Harcourt Homes", "Harukawa Electric", "Parcelwing Logistics"):
# no person's surname after a word that is no first name (a first name, a title or the context says a person:
# "Sarah Homes"; "Steel" is left out: a common surname, "Union leader Chidi Steel")
COMPANY_HEADS = frozenset(
    "electric electrical electronics energy logistics foods chemicals properties realty builders homes construction "
    "telecom telecoms semiconductor semiconductors biosciences biotech pharma ventures insurance shipping airways "
    "petroleum textiles brands minerals metals automotive aerospace robotics software solutions developments "
    "estates enterprises manufacturing materials utilities solution holding".split()
)


def _surname_nation(words: list[str], lower: list[str]) -> bool:
    """ "Terry Nation" and "Nation said": a first name and the surname Nation, or that word alone, no people's body
    ("Cherokee Nation", "Ochekwi Lake Cree Nation")."""
    return lower[-1] == "nation" and (len(lower) == 1 or (len(lower) == 2 and is_first_name(words[0])))


_IN_PLACE = frozenset("in near across outside inside throughout".split())  # (not "from", "to": people too)


def kind_of(words: list[str], titles: list[str]) -> str:
    lower = [w.lower().rstrip(".") for w in words]
    name = " ".join(lower)
    if name in PLACES or (lower and lower[0] == "the" and " ".join(lower[1:]) in PLACES):
        return "place"
    if len(lower) >= 2 and lower[-1] in STRUCTURE_HEADS and not titles and not is_first_name(words[0]):
        return "place"  # "Harbor Bridge", "Elm Street" (not "Lena Park")
    if len(lower) >= 2 and lower[-1] == "time" and not titles:
        return "place"  # "Eastern Standard Time": a time zone, no one (read as places are: never a mention)
    if len(lower) >= 2 and lower[-1] in PLACE_HEADS and not titles:
        return "organisation"  # "Lee County", "Carson City" (its government): no person, whatever first name
    if len(lower) == 1 and (lower[0] in _MEDIUMS or (lower[0] in PARTIES and not titles)):
        return "unknown"  # "a campaign TV ad": a medium; "a Tory backbencher": a party's word; no one's name
    if len(words) == 1 and words[0].isupper() and lower[0] in NOT_ACRONYMS:
        return "unknown"  # "AI", "GDP", "TV": a thing, not the first name "Ai"
    if len(lower) >= 3 and ORDINAL.match(lower[0]) and not titles:
        return "organisation"  # "9th U.S. Circuit Court of Appeals", "2nd Infantry Division": no person's name
    if len(lower) >= 2 and lower[-1] in PACT_HEADS:
        return "document"  # "the Defense Production Act", "the Paris Agreement": a law or a pact, no person
    if not MEDIA.isdisjoint(lower):
        return "person" if _person_named_like_a_medium(words, lower) else "media"
    ampersand = "&" in name and not titles  # ("Procter & Gamble", "AT&T": no person's name holds one)
    if (
        (not ORG_WORDS.isdisjoint(lower) and not _surname_nation(words, lower))
        or ampersand
        or (legal_form(words) and " ".join(lower[:-1]) not in PLACES)
        or (len(words) == 1 and (is_acronym(words[0]) or _CAMEL.match(words[0])))
        or (len(lower) >= 2 and lower[-1] in COMPANY_HEADS and not titles and not is_first_name(words[0]))
    ):  # ("Harcourt Homes", "Harukawa Electric"; not "Sarah Homes")
        return "organisation"  # "FBI", "WikiLeaks", "BuzzFeed" (not "McCain", "DeSantis")
    acronym_first = len(words) >= 2 and len(words[0]) >= 3 and is_acronym(words[0]) and not titles
    if acronym_first and (" ".join(lower[1:]) in PLACES or not personal(words[1:])):  # (not "NRA Wayne LaPierre")
        return "organisation"  # "NHS England", "ACLU Nevada": an acronym's body in a place, no person
    if len(lower) >= 2 and lower[-1] in ("poll", "polls"):
        return "organisation"  # "the Gallup Poll", "Quinnipiac University Poll"
    field = ("and" in lower or "," in lower) and not FIELD_WORDS.isdisjoint(lower)
    if (not CAUSE_PREPOSITIONS.isdisjoint(lower[1:-1]) or field) and not titles and not is_first_name(words[0]):
        return "organisation"  # "Democracy for America", "Fisheries and Oceans Canada": no person's name holds these
    fixed = "" if _FIXED_WORDS.isdisjoint(lower) else _fixed_kind(words, lower, titles)  # (most runs hold none)
    person = titles or is_first_name(words[0]) or any(_INITIAL.match(w) for w in words[:-1])
    if person and lower[-1] not in STYLES_OF_ADDRESS:  # ("Her Royal Highness": a style is no one's name itself)
        return fixed or "person"
    return fixed or "unknown"


def _fixed_kind(words: list[str], lower: list[str], titles: list[str]) -> str:
    """The kind its first word or a time zone gives a run whatever first name it holds, or ""."""
    if len(lower) >= 3 and lower[0] in NOBLE_TITLES and lower[1] == "of":
        return "person"  # "Duke of Sussex", "Princess of Wales": a title of nobility and its place, one person
    zoned = any(w.isupper() and w.lower() in _TIME_ZONES for w in words)
    if len(lower) >= 2 and not titles and (lower[0] in _PLACE_OPENERS or zoned):
        return "place"  # "Fort Polk", "Fort Sam Houston", "Mount Hood"; "EDT Sunday": a time, no one
    return ""


def _person_named_like_a_medium(words: list[str], lower: list[str]) -> bool:
    """ "Dana Fox" of the Sentinel: a first name and a media word that is no medium's or paper's own word
    (not "Fox News", "Sky News", "the Denver Post")."""
    return (
        len(words) == 2
        and is_first_name(words[0])
        and lower[0] not in MEDIA
        and lower[1] not in _MEDIUMS
        and lower[1] not in _PAPER_NAMES
    )


def unknown_run(toks: list[Token], a: int, b: int, words: list[str]) -> tuple[str, list[str], float]:
    """(kind, roles, person evidence) of a short capitalised run that is no known kind of name."""
    kind = "unknown"
    roles = roles_around(toks, a, b)
    org_kind = "" if roles or b >= len(toks) or toks[b].text != "," else org_apposition(toks, b)
    if org_kind:  # "Russia Today, the Kremlin-backed network,": an organisation of that kind
        return ("media" if ORG_KIND_NOUNS[org_kind] == "media" else "organisation"), [org_kind], 0.0
    if aged(toks, b):  # "Franson Reneus, 22,": only people have an age
        return "person", roles, 1.0
    if len(words) > 1 and b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].lower == "who":
        return "person", roles, 1.0  # "Chinedu Obi, who has waited for hours,": only people are "who"
    introduced, noun = listed_kind(toks, a)  # "employers such as Monsanto"
    if introduced:
        return introduced, [noun], 0.0
    if len(words) > 1 and a > 0 and toks[a - 1].lower in _IN_PLACE and not POSSESSIVE.search(toks[b - 1].text):
        return "place", [], 0.0  # "in Palo Alto", "near Los Altos Hills": no first name, where something is
    surname = len(words) > 1 and is_surname(words[-1])  # "Recep Erdogan" no, "Hope Hicks" yes
    surname = surname or (len(words) > 2 and any(w in SURNAME_PARTICLES for w in words[1:-1]))  # "Pieter van Dijk"
    surname = surname or (len(words) > 1 and particled(words[-1]))  # "Abdel Fattah el-Sisi"
    if any(r.split()[-1] in PERSON_ROLES for r in roles if r):
        return kind, roles, 1.0  # "Olaf Scholz, the German chancellor,": a person's role, a sign of a person
    return kind, roles, 0.5 if (roles or surname or _acting(toks, a, b, words)) else 0.0


_OPENERS = frozenset([",", ";", ":", "—", "then", "and", "but", "when", "after", "as", "while", "before"])


def _acting(toks: list[Token], a: int, b: int, words: list[str]) -> bool:
    """Two capitalised words, no common word, that open a clause and do something ("Maheesh Jayasuriya took",
    "Nazmul Karim said"): a person named with a first name that no list holds."""
    opens = a == 0 or toks[a - 1].lower in _OPENERS
    if len(words) != 2 or not opens or b >= len(toks) or any(w.lower() in common_words() for w in words):
        return False
    return past_form(toks[b])
