"""A counterpart of a nationality: "his Turkish counterpart", "the Egyptian counterpart".

In: the resolver and a description whose head is "counterpart" with a nationality among its modifiers. Out: the
one person of the article introduced with a role of that nationality ("Turkish Trade Minister Emre Kaplan"),
or None when no one, or more than one, was.

Why: a counterpart is the holder of the same office in another country, and the nationality says which; the
article has named that holder with the nationality in the title (the owner of "his" is the other one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.lexicon import NATIONALITIES
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver


def nationality_counterpart(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """The one person named before ``s`` with a role of the counterpart's nationality (see the module)."""
    if p.head != "counterpart" or p.post:
        return None
    nations = [m for m in p.modifiers if m in NATIONALITIES]
    if len(nations) != 1:
        return None
    named = {m.entity for m in r.cast.before(s, 40)}
    holders = [
        ent
        for ent in r.cast.entities
        if ent.id in named and ent.type is SpeakerType.PERSON and any(role.split()[:1] == nations for role in ent.roles)
    ]
    if len(holders) != 1:
        return None
    ent = holders[0]
    why = f"“{phrase}” → {ent.name}, the one named with a {nations[0].capitalize()} role"
    return SpeakerChoice(ent.id, Resolution.ALIAS, why, 0.6, sure=False)
