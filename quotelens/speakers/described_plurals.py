"""Plural descriptions: "one of the officials", "the pair" after "Two diplomats said", "ten other progressive
groups", "the groups" after counted organisations spoke, "the two lawmakers" named together before.

In: the resolver and a description classified as a :class:`~quotelens.speakers.descriptions.Phrase`. Out: a
:class:`SpeakerChoice` (one unnamed member, the unnamed people who just spoke, a group of its own or one
named before), or None. Moved here from ``described.py``, which calls these in its order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase, classify, plural_kind, singular
from quotelens.speakers.groups import named_together
from quotelens.speakers.joint import group_for, group_size
from quotelens.speakers.labels import anonymous_label
from quotelens.speakers.lexicon import ROLE_NOUNS
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_TAKING_UP_ANY = frozenset("pair duo couple trio two three both authors".split())  # ("the pair": any two people)
_ONE_OF = re.compile(r"\b[Oo]ne\s+of\s+$")
_COUNTING = frozenset("two three four five six seven eight nine ten eleven twelve dozens several other".split())


def one_of(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """ "One of [the officials]": one unnamed member of the plural, never a group of people named before
    (the officials who just spoke unnamed are whom it is one of)."""
    if not _ONE_OF.search(r.text, max(0, s - 8), s):
        return None
    earlier = r.same_unnamed(phrase)
    why = f", one of {earlier.name}, who spoke before" if earlier is not None else ", unnamed"
    ent = r.cast.named(f"one of {anonymous_label(phrase)}", SpeakerType.ANONYMOUS)
    return SpeakerChoice(ent.id, Resolution.ANONYMOUS, f"“one of {phrase}”: one person{why}", 0.6)


def unnamed_plural(r: Resolver, p: Phrase, phrase: str) -> SpeakerChoice | None:
    """ "The pair", "the aides", "the authors" right after an unnamed plural source spoke ("Two diplomats said",
    "Researchers at Stanford said"): those people, not a pair named paragraphs before; the head must be the
    same noun or one that counts or writes, and the count must agree."""
    size = group_size(phrase)
    for entity, source in r.sources[-3:][::-1]:
        ent = r.cast.entities[entity] if entity is not None else None
        if ent is None or ent.type is SpeakerType.GROUP:
            return None  # (a named group spoke since)
        said = classify(source)
        if ent.type is not SpeakerType.ANONYMOUS or said.head == singular(said.head):
            continue
        fits = said.head == p.head or p.head in _TAKING_UP_ANY
        if fits and size in (None, group_size(source)):
            why = f"“{phrase}” → {ent.name}, the unnamed people who spoke just before"
            return SpeakerChoice(ent.id, Resolution.ANONYMOUS, why, 0.6, sure=False)
    return None


def counted_organisations(p: Phrase) -> bool:
    """ "ten other progressive groups", "Eleven progressive and Muslim organizations", "several unions":
    organisations of a kind, counted and not named (no one organisation named before them)."""
    return plural_kind(p.head) and bool(p.words) and p.words[0].lower() in _COUNTING and not p.post


def counted_group(r: Resolver, phrase: str) -> SpeakerChoice:
    """Counted organisations with no name speak as a group of their own, named by the phrase."""
    ent = r.cast.named(anonymous_label(phrase), SpeakerType.GROUP)
    return SpeakerChoice(ent.id, Resolution.GROUP, f"“{phrase}”: organisations not named, a group of its own", 0.6)


def group_before(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the groups" after counted organisations spoke ("Eleven progressive organizations said"): that group;
    else the group named together before ("the two lawmakers", "the chairmen")."""
    groups = r.cast.entities
    told = (
        [
            (starts[-1], ent_id)  # (those who spoke, not every entity: the cast grows with a long text)
            for ent_id, starts in r.spoken.items()
            if groups[ent_id].type is SpeakerType.GROUP and not groups[ent_id].members
        ]
        if plural_kind(p.head)
        else []
    )
    if told:
        group_id = max(told)[1]
        return SpeakerChoice(
            group_id, Resolution.GROUP, f"“{phrase}” → {r.name(group_id)}, who spoke before", 0.6, False
        )
    role = singular(p.head) if singular(p.head) in ROLE_NOUNS else ""
    group = group_for(r.cast, phrase, s, [], organisations=plural_kind(p.head), role=role)
    if group is None or (p.head in ("sides", "camps") and not named_together(r.cast, group, s)):
        return None
    return SpeakerChoice(
        group.id, Resolution.GROUP, f"“{phrase}” → {group.name}, named together before", 0.6, sure=False
    )
