"""A counterpart of a nationality: "his Turkish counterpart", "the Egyptian counterpart".

In: the resolver and a description whose head is "counterpart" with a nationality among its modifiers. Out: the
one person of the article named with a role of that nationality (or its country: "Canada's trade minister") and
the office of the person the counterpart belongs to, or None when no one, or more than one, was.

Why: a counterpart is the holder of the same office in another country. The nationality says which country, and
the office is the possessor's: the nearest person named before the phrase with another nationality and an
office ("Japanese Trade Minister Ken Ito ... His Canadian counterpart": Canada's trade minister, never Canada's
prime minister). No office to match, no resolution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.lexicon import COUNTRIES, NATIONALITIES
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver


def _office(role: str) -> tuple[str, str]:
    """(nation or country word, office) of a role: "turkish foreign minister" → ("turkish", "foreign minister")."""
    first, _, rest = role.partition(" ")
    if rest and (first in NATIONALITIES or first in _COUNTRY_NAMES):
        return first, rest
    return "", role


_COUNTRY_NAMES = frozenset(COUNTRIES.values())


def _holds(roles: list[str], office: str) -> bool:
    """Is ``office`` one of ``roles`` (after their nation: "georgian trade minister")? The same head noun and, when
    either names a field, a field word in common: "energy minister" is "energy and natural resources minister",
    never "prime minister" nor "president"."""
    *field, head = office.split()
    for role in roles:
        *theirs, their_head = _office(role)[1].split()
        if their_head == head and (set(field) & set(theirs) - _LINKS or not (field or theirs)):
            return True
    return False


_LINKS = frozenset({"and", "of", "for", "the"})


def nationality_counterpart(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """The one person named before ``s`` with a role of the counterpart's nationality and the possessor's office
    (see the module)."""
    if p.head != "counterpart" or p.post:
        return None
    nations = [m for m in p.modifiers if m in NATIONALITIES]
    if len(nations) != 1:
        return None
    ours = {nations[0], COUNTRIES.get(nations[0], nations[0])}
    people = [r.cast.entities[m.entity] for m in r.cast.before(s, 40)]
    people = [ent for ent in people if ent.type is SpeakerType.PERSON]
    offices: list[str] = []
    for ent in people:  # the possessor: the nearest person of another nationality with an office
        if ent.roles and not any(_office(role)[0] in ours for role in ent.roles):
            offices = list(ent.roles)
            break
    holders = {
        ent.id: ent
        for ent in people
        if any(nation in ours and _holds(offices, office) for nation, office in map(_office, ent.roles))
    }
    if len(holders) != 1:
        return None
    (ent,) = holders.values()
    why = f"“{phrase}” → {ent.name}, the {nations[0].capitalize()} holder of the same office"
    return SpeakerChoice(ent.id, Resolution.ALIAS, why, 0.6, sure=False)
