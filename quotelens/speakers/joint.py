"""Joint sources: the group a source names ("Trump and Putin agreed") or refers back to ("both women",
"the two lawmakers", "they").

In: the cast and the text around a source. Out: the group entity (:func:`quotelens.speakers.groups.group_entity`).

How:
    Names joined by "and" in a source speak as one group that keeps its members; "both", "the two" and
    "they" take the group (or the two people) named last; "the two lawmakers" only people introduced
    with that role when any were.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotelens.speakers.candidates import ROLE_SYNONYMS, has_words
from quotelens.speakers.groups import group_entity, in_byline
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, SpeakerType

# (a title before the next name is no name of its own: "Donald J. Trump and Senator Ted Cruz", "Andrea Stella and
# McLaren CEO Zak Brown"; nor where the first is from: "Chuck Grassley of Iowa and Sen. Patrick Leahy")
_JOINERS = re.compile(
    r"^(?:\s+of\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[A-Z][\w’'.&-]*\s+){0,3}$"
)
_ORGS = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_PRONOUN = re.compile(r"(?:He|She)\s")  # (a pair opening with a pronoun: derived.pronoun_pairs)


def _group(cast: Cast, members: list[int], pos: int) -> Entity:
    return group_entity(cast, [cast.entities[m].name for m in members])


def coordinated(cast: Cast, mentions: list[Mention], text: str) -> list[int]:
    """Entities of consecutive mentions joined by "and" or commas ("Hale and Ortiz", "A, B and C")."""
    out: list[int] = []
    for a, b in pairwise(mentions):
        if not _JOINERS.match(text[a.end : b.start]):
            if out:
                break
            continue
        for m in (a, b):
            if m.entity not in out:
                out.append(m.entity)
    return out


def group_for(
    cast: Cast, phrase: str, start: int, inside: list[Mention], organisations: bool = False, role: str = ""
) -> Entity | None:
    """The group a source names ("Hale and Ortiz"), or the one "both", "the two" or (``organisations``)
    "the groups" refers back to; "the two lawmakers" (``role``) only people introduced with that role
    when any were."""
    named = [m for m in inside if cast.entities[m.entity].type in (SpeakerType.PERSON, *_ORGS)]
    if inside:
        members = coordinated(cast, named, cast.text)
        if len(members) < 2:  # ("He and Ann Ortiz said": the pair derived from the pronoun and the name)
            near = cast.near(start, inside[-1].end)
            pairs = [m for m in near if m.how == "group" and m.start == start and _PRONOUN.match(cast.text, start)]
            return cast.entities[pairs[0].entity] if pairs else None
        return _group(cast, members, start)
    of = _ORGS if organisations else (SpeakerType.PERSON,)
    fits = _role_fit(cast, role)
    size = group_size(phrase)
    for m in cast.iter_before(start, limit=60):
        ent = cast.entities[m.entity]
        sized = size is None or len(ent.members) == size  # "all three candidates" are no pair
        if (
            ent.type is SpeakerType.GROUP
            and sized
            and _all_of(cast, ent, of, evident=not organisations)
            and (fits is None or set(ent.members) <= fits)
        ):
            return ent
    if size is None and role and fits is None:
        return None  # "the authors", "the state's election officials": people not named, not the last two named
    found: list[int] = []
    for m in cast.iter_before(start, limit=30):
        ent = cast.entities[m.entity]
        if _OBJECT_OF.search(cast.text, max(0, m.start - 9), m.start) or in_byline(cast.text, m.start):
            continue  # ("In a joint letter to Virkkunen, the two lawmakers said": the addressee is none of them)
        evident = organisations or ent.person_evidence >= 0.5
        if ent.type in of and evident and m.entity not in found and (fits is None or ent.name in fits):
            found.append(m.entity)
        if len(found) == (size or 2):
            return _group(cast, found[::-1], start)
    return None if fits is None else group_for(cast, phrase, start, inside, organisations)


_OBJECT_OF = re.compile(r"\b(?:to|with|against|about|toward|towards)\s+$", re.I)
_SIZES = {"two": 2, "both": 2, "pair": 2, "couple": 2, "three": 3, "trio": 3, "four": 4, "five": 5}


def group_size(phrase: str) -> int | None:
    """How many a group description counts ("both", "the two lawmakers", "all three candidates"), or None."""
    return next((_SIZES[w] for w in phrase.lower().split() if w in _SIZES), None)


def _role_fit(cast: Cast, role: str) -> set[str] | None:
    """Names of the people introduced with ``role`` (or a synonym), None when there are fewer than two."""
    if not role:
        return None
    synonyms = ROLE_SYNONYMS.get(role, (role,))
    names = {
        e.name
        for e in cast.entities
        if e.type is SpeakerType.PERSON and any(has_words(r, syn) for r in e.roles for syn in synonyms)
    }
    return names if len(names) >= 2 else None


def _all_of(cast: Cast, group: Entity, types: tuple[SpeakerType, ...], evident: bool = False) -> bool:
    """Is every member of the group an entity of one of ``types`` (people; organisations), and (``evident``)
    one that is evidently a person ("Blue Cross", a bare capitalised run, is none of "the two lawyers")?"""
    named = {e.name for e in cast.entities if e.type in types and (not evident or e.person_evidence >= 0.5)}
    return all(name in named for name in group.members)
