"""Kind nouns that are also people's positions: "the center" after "Veteran center Ole Varga" (a sports
position) rather than an organisation of that kind. Only the last word of a person's role is compared with
the description's head noun.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a description classified as an
organisation's kind (:mod:`quotelens.speakers.descriptions`). Out: the same phrase, read as a person's role
when a person of the article was introduced with a role ending in its head noun and no organisation of the
article is named with that noun ("the center" is the Center for Logistics Work when the article names it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.model import SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_ORGS = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)


def position_of_someone(r: Resolver, p: Phrase) -> Phrase:
    """The phrase as a person's description when its kind noun is a position someone was introduced with."""
    if p.cls != "org" or p.post or len(p.words) < 2 or p.words[0].lower() != "the" or not p.head.isalpha():
        return p
    head = p.head
    people = (ent for ent in r.cast.entities if ent.type is SpeakerType.PERSON and ent.roles)
    if not any(role.rsplit(" ", 1)[-1] == head for ent in people for role in ent.roles):
        return p
    orgs = (ent.name.lower().split() for ent in r.cast.entities if ent.type in _ORGS)
    if any(head in words for words in orgs):
        return p
    return p._replace(cls="person")
