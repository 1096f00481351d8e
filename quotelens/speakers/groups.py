"""One group entity per set of members: "Alba and Foner" and, later, "Professors Foner and Alba" are one group.

In: the cast (its entities and :meth:`named`) and the names of a group's members, in the order written.
Out: the group entity, made (labelled "A and B", "A, B and C") when no group of the same members exists.
The writer named in a byline ("By Jo Hale") is never one of a group of sources (:func:`in_byline`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from quotelens.speakers.model import Entity, Mention, SpeakerType

_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|BY)[ \t]+$")


def in_byline(text: str, start: int) -> bool:
    """Is the name at ``start`` the one a byline opens with ("By Priya Natarajan, a senior reporter")? The
    writer is no source beside the people quoted."""
    return _BYLINE_BEFORE.search(text, max(0, start - 8), start) is not None


class _Cast(Protocol):
    entities: list[Entity]

    def iter_before(self, pos: int, limit: int = 400) -> Iterator[Mention]: ...

    def named(self, label: str, type_: SpeakerType) -> Entity: ...


def group_entity(cast: _Cast, names: list[str]) -> Entity:
    """The group of these members (see the module docstring)."""
    members = frozenset(names)
    for ent in cast.entities:
        if ent.type is SpeakerType.GROUP and len(ent.members) == len(names) and frozenset(ent.members) == members:
            return ent
    label = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
    ent = cast.named(label, SpeakerType.GROUP)
    ent.members = names
    return ent


def named_together(cast: _Cast, group: Entity, start: int) -> bool:
    """Were all the group's members named in one sentence among the 60 mentions before ``start`` ("Hale met
    Ortiz", "Hale and Ortiz")? ("both sides" is no pair of the last two people named apart.)"""
    ids = {e.id for e in cast.entities if e.name in group.members and e.type is not SpeakerType.GROUP}
    sentences: dict[int, set[int]] = {}
    for m in cast.iter_before(start, limit=60):
        if m.entity == group.id:
            return True
        if m.entity in ids:
            sentences.setdefault(m.sentence, set()).add(m.entity)
    return any(len(found) == len(ids) >= 2 for found in sentences.values())
