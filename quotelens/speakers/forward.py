"""Forward look: the person a role description stands for when it comes before the name.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and an :class:`~quotelens.speakers.
candidates.Anaphor` of a role description ("the judge", "the former secretary of state"). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`, or None when someone named before it has that role (the
ranker decides then) or nobody named soon after it does.

How:
    A writer may use the role before the name ("The judge rubbed his chin ... here was Judge Berman").
    When nobody named before the description was introduced with its role, the first person named for
    the first time in the description's paragraph or the next :data:`FORWARD_PARAGRAPHS` whose title or
    apposition gives that role (places and parties agreeing) is the one it stands for.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotelens.speakers.candidates import Anaphor, matched_role, origin_clash
from quotelens.speakers.model import Entity, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.mentions import Cast
    from quotelens.speakers.resolve import Resolver

FORWARD_PARAGRAPHS = 1  # paragraphs after the description's own in which its name is looked for


def fits(ent: Entity, anaphor: Anaphor) -> bool:
    """A person introduced with the description's role, of no other place or party."""
    return (
        ent.type is SpeakerType.PERSON
        and not ent.joint
        and bool(matched_role(ent, anaphor))
        and not origin_clash(ent, anaphor)
    )


def introduced_before(cast: Cast, anaphor: Anaphor) -> bool:
    """Was someone named before the description introduced with its role?"""
    return any(fits(ent, anaphor) and cast.count_before(ent.id, anaphor.start) for ent in cast.entities)


def named_after(r: Resolver, anaphor: Anaphor) -> SpeakerChoice | None:
    """The first person named after the description, soon, with its role, when nobody before has it."""
    cast = r.cast
    if not anaphor.head or introduced_before(cast, anaphor):
        return None
    last_paragraph = anaphor.paragraph + FORWARD_PARAGRAPHS
    for m in cast.mentions[bisect.bisect_left(cast.starts, anaphor.end) :]:
        if m.paragraph > last_paragraph:
            break
        ent = cast.entities[m.entity]
        if m.how in ("name", "short name") and fits(ent, anaphor):
            role = matched_role(ent, anaphor)
            path = f"“{anaphor.text}” → {ent.name}, named after it as “{role}”, nobody before with that role"
            return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.7, sure=False)
    return None
