"""What marks a name the name lists do not know: a one-word person ("Seoyeon, 23,", "Seoyeon herself": a
stage name) and a person named by the opening words of their full name ("Ms Siti Mariam" for "Siti Mariam
Abdullah": Malay and Arabic names are used by their given names), an organisation by its name's tail ("Local
902"), a person by a surname with its particle ("Van Dijk"). The owners read only the entities whose name holds
the run's word (:func:`index_name`): reading every entity for every name grew with the square of a long text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.lexicon import (
    NATIONALITIES,
    ORG_KIND_NOUNS,
    ORG_WORDS,
    PLACES,
    SURNAME_PARTICLES,
    common_words,
    is_first_name,
    is_surname,
)
from quotelens.speakers.model import Entity, SpeakerType
from quotelens.speakers.nameparts import COMPANY_SUFFIXES

if TYPE_CHECKING:
    from quotelens.speakers.names import NameRun

_ONE_NAME = re.compile(r",\s\d{1,3},|\s(herself|himself)\b")  # what follows only a person's one name
_SELF_SEX = {"herself": "f", "himself": "m"}
_SET_OFF_ROLE = re.compile(r",\s(?:the|a|an)\s")  # (an apposition after a name: "Wirasto, the treasurer of")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+")  # ("P.", "S.P.", "K. R.": initials that open a South Indian name)
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])  # ("Donald Trump Jr." is not "Donald Trump")


def one_name_sex(text: str, end: int) -> str:
    """After a one-word name ending at ``end``: "f" or "m" when "herself"/"himself" follows it, "?" when an
    age set off by commas does, "" when neither (no sign of a person)."""
    m = _ONE_NAME.match(text, end)
    if m is None:
        return ""
    return _SELF_SEX[m[1]] if m[1] else "?"


def one_name_person(text: str, run: NameRun) -> str:
    """Is a one-word run no list knows a person's name: as :func:`one_name_sex` says, or "?" when a person's role
    is set off after it ("Wirasto, the union's treasurer,": :func:`quotelens.speakers.namekinds.unknown_run`
    gives it a person's evidence; no common word)? "" when neither."""
    if run.kind not in ("person", "unknown"):
        return ""
    if sex := one_name_sex(text, run.end):
        return sex
    if run.kind != "unknown" or run.person_evidence < 1.0 or run.words[0].lower() in common_words():
        return ""  # ("the chief Cabinet secretary": a common word between roles, no name)
    return "?" if _SET_OFF_ROLE.match(text, run.end) else ""


def index_name(index: dict[str, set[int]], ent: Entity) -> None:
    """Note the words of an entity's name (lower-cased, also without a final stop) in ``index``: the entities a
    word may name, so that the owners below read those only, never every entity for every name."""
    for w in ent.name.lower().split():
        index.setdefault(w, set()).add(ent.id)
        index.setdefault(w.rstrip("."), set()).add(ent.id)


def named_with(entities: list[Entity], index: dict[str, set[int]], *words: str) -> list[Entity]:
    """The entities whose name (now or before) holds one of ``words`` (lower-case), in the order they came."""
    ids: set[int] = set().union(*(index.get(w, ()) for w in words))
    return [entities[i] for i in sorted(ids)]


def given_names_owner(entities: list[Entity], words: list[str], index: dict[str, set[int]]) -> Entity | None:
    """The one person among ``entities`` whose full name opens with all of ``words`` and goes on (not with
    "Jr." or "Sr.": "Donald Trump" is not "Donald Trump Jr.")."""
    head = [w.lower() for w in words]
    found = [
        ent
        for ent in named_with(entities, index, head[0])
        if ent.type is SpeakerType.PERSON
        and (parts := ent.name.lower().split())[: len(head)] == head
        and len(parts) > len(head)
        and parts[len(head)].rstrip(".") not in _GENERATIONS
    ]
    return found[0] if len(found) == 1 else None


def tail_owner(entities: list[Entity], words: list[str], index: dict[str, set[int]]) -> Entity | None:
    """The one organisation among ``entities`` whose longer name ends with all of ``words`` ("Local 902" after
    "United Food Processing Workers Local 902", "Judiciary Committee" after "Senate Judiciary Committee"), or
    opens with them before "of" ("General Staff" after "General Staff of the Armed Forces")."""
    tail = [w.lower() for w in words]
    n = len(tail)
    found = [
        ent
        for ent in named_with(entities, index, tail[-1], tail[0])
        if ent.type is SpeakerType.ORGANISATION
        and len(parts := ent.name.lower().rstrip(".").split()) > n
        and (parts[-n:] == tail or (parts[:n] == tail and parts[n] == "of"))
    ]
    return found[0] if len(found) == 1 else None


# Kinds a single capitalised word may not stand for alone: "House" is never the "White House", "Government"
# no one government named before
_NOT_ALONE = frozenset("house senate congress government administration campaign camp party".split())
_ALONE_KINDS = frozenset(ORG_KIND_NOUNS.keys() - _NOT_ALONE)  # (once, not a new set per name)


def kind_word_alone(words: list[str], kind: str) -> bool:
    """Is the run one capitalised word of an organisation's kind ("Authority chief executive Jo Hale" after "the
    Upper Tana Water Authority" was named; "the Trust")? It may be the tail of an organisation named before."""
    return kind == "organisation" and len(words) == 1 and words[0].lower() in _ALONE_KINDS


def written_stop(name: str, text: str, end: int) -> str:
    """The name as written when it ends with an abbreviated legal form and its full stop ("Verdana Health
    Systems Inc."): the words drop that stop ("Inc", as a sentence's end leaves it), the displayed name keeps
    it."""
    if text[end : end + 1] == "." and name.rsplit(" ", 1)[-1] in COMPANY_SUFFIXES and " " in name:
        return name + "."
    return name


def long_name_head(name: str) -> str:
    """The first word of an organisation's name of four words or more, lower-cased, when the company may be
    called by it alone ("Verdana" of "Verdana Health Systems Inc."); "" for a common word, a person's, a
    place's, a nation's or a body's ("Senate" is not the "Senate Judiciary Committee")."""
    parts = name.split()
    low = parts[0].lower() if len(parts) > 3 else ""
    if not low or low in common_words() or low in PLACES or low in ORG_WORDS or low in NATIONALITIES:
        return ""
    if is_first_name(low) or is_surname(low):
        return ""  # ("Trump" of "Trump Entertainment Resorts Inc." is most often the man)
    return low if parts[0][:1].isupper() and parts[0].isalpha() else ""


# Irish and Scottish surnames' first words ("Mac Cárthaigh", "Ní Bhriain", "Ó Dálaigh"): "Mac" is also a first name
_GAELIC_PARTICLES = frozenset(["mac", "mc", "ní", "nic", "uí", "ó", "ua"])


def particle_owner(entities: list[Entity], index: dict[str, set[int]], run: NameRun) -> Entity | None:
    """The person named before whose surname ``run`` is, when it opens with a capitalised particle
    ("Van Dijk" after "Pieter van Dijk", "De la Cruz" after "Maria de la Cruz") or with no first name
    (a surname of two words: "López Obrador" after "Andrés Manuel López Obrador"); after a first name, when
    only initials come before it ("Lakshmi Narayanan" after "P. Lakshmi Narayanan") or one given name and no
    one has that two-word name nor is introduced with a role ("Elena Pardo" after "Rosa Elena Pardo"; not "her cousin
    Elena Pardo")."""
    first = run.words[0].lower()
    particle = (first in SURNAME_PARTICLES or first in _GAELIC_PARTICLES) and run.words[0][:1].isupper()
    if not particle and run.kind not in ("person", "unknown"):
        return None
    given = not particle and is_first_name(run.words[0])
    tail = " " + " ".join(run.words).lower()
    people = [e for e in named_with(entities, index, run.words[-1].lower()) if e.type is SpeakerType.PERSON]
    own = given and any(e.name.lower() == tail[1:] for e in people)  # (someone of that very name: theirs)
    for ent in people:
        if not ent.name.lower().endswith(tail) or len(ent.name) <= len(tail):
            continue
        head = ent.name[: len(ent.name) - len(tail)]
        second = len(run.words) == 2 and " " not in head and not own and not run.roles
        if not given or _INITIALS.fullmatch(head) or second:
            # (after a first name, only initials before it, "Mr. Lakshmi Narayanan", "P. Lakshmi ..."; or one given
            # name: "Rosa Elena Pardo" later "Elena Pardo", a surname of two words or a second given name)
            return ent
    return None
