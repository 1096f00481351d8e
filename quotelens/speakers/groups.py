"""One group entity per set of members: "Alba and Foner" and, later, "Professors Foner and Alba" are one group.

In: the cast (its entities and :meth:`named`) and the names of a group's members, in the order written.
Out: the group entity, made (labelled "A and B", "A, B and C") when no group of the same members exists.
"""

from __future__ import annotations

from typing import Protocol

from quotelens.speakers.model import Entity, SpeakerType


class _Cast(Protocol):
    entities: list[Entity]

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
