"""A "they" nothing ranked for: the plural source of a report just before it, or the group named before it.

In: the :class:`~quotelens.speakers.resolve.Resolver` (its reports so far) and where the "they" stands.
Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the entity that report was credited to, or for the
group, or None.

Why: a plural source whose phrase holds someone's name ("Mr. Rubio's advisers conceded ... But they were
hoping") is credited to an organisation while its only mention is the person's, so the ranker may find no
group or organisation for the "they" that takes it up; the report itself still says who "they" are. With no
such report and no officials named just before it (resolve.py tries those first), a group named in the last
paragraphs ("Alba and Foner published a book") is "they" when no one but the group or its members spoke
since, and one nobody has heard from since only in its own paragraph; never the idiom's generic "they" ("As they say").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile
from typing import TYPE_CHECKING

from quotelens.speakers.candidates import Spoke
from quotelens.speakers.descriptions import classify, singular
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_PLURAL_PRONOUNS = frozenset(["they", "them"])
_LOOK_BACK = 3  # reports: only the last few can stand in the sentence before
_MENTIONS_BACK = 30  # mentions before a "they" searched for a group
_PARAGRAPHS_BACK = 2
_PLURAL_HEADS = frozenset(["people", "police"])  # plural without a plural ending
_SINGULAR_ENDINGS = ("sis", "ss", "us")  # "crisis", "analysis", "press", "consensus"
_AS_THEY = re.compile(r"\b[Aa]s\s+$")


def _plural(phrase: str) -> bool:
    """Does a source phrase name several ("his advisers", "the two senators", "Hale and Ortiz", "they", "the
    police")? A name is plural only as a coordination ("Reuters", "Fox News", "the Philippines" are one), and
    a common noun by its plural ending ("the crisis", "the analysis" are one)."""
    p = classify(phrase)
    if p.cls == "pronoun":
        return p.pronoun in _PLURAL_PRONOUNS
    if p.cls == "name":
        return " and " in phrase
    head = p.head or ""
    if p.cls == "group" or head in _PLURAL_HEADS:
        return True
    return head.isalpha() and head.endswith("s") and not head.endswith(_SINGULAR_ENDINGS) and singular(head) != head


def plural_source_before(r: Resolver, s: int) -> SpeakerChoice | None:
    """The entity of the last report, in the sentence of ``s`` or the one before, whose source is plural and
    not a person."""
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    reports = list(zip(r.history[-_LOOK_BACK:], r.sources[-_LOOK_BACK:], strict=True))
    for spoke, (entity, phrase) in reversed(reports):
        if spoke.start >= s:
            continue
        if r.ctx.sentence_at(spoke.start) < k - 1:  # type: ignore[attr-defined]
            break
        if r.cast.entities[entity].type is not SpeakerType.PERSON and _plural(phrase):
            why = f"“they” → {r.name(entity)}: “{phrase}”, the plural source of the sentence before"
            return SpeakerChoice(entity, Resolution.PRONOUN, why, 0.6, sure=False)
    return None


def group_named_before(r: Resolver, s: int) -> SpeakerChoice | None:
    """The group named last before ``s``, in its paragraph or the two before, when no one but the group or one
    of its members spoke since ("Alba and Foner published a book ... 'X,' Alba said. Still, they argue"); a
    group nobody has heard from since is "they" only in its own paragraph ("Alba and Foner published a book.
    They compare ...")."""
    if _AS_THEY.search(r.text, max(0, s - 4), s):
        return None  # "As they say about the doctor": the generic "they" of the idiom
    para = r.ctx.paragraph_at(s)  # type: ignore[attr-defined]
    for m in r.cast.iter_before(s, limit=_MENTIONS_BACK):
        if para - m.paragraph > _PARAGRAPHS_BACK:
            return None
        if m.how != "group" or m.in_quote:
            continue
        group = r.cast.entities[m.entity]
        since = [spoke.entity for spoke in _reports_after(r, m.start) if spoke.start < s]
        ours = all(e == group.id or r.cast.entities[e].name in group.members for e in since)
        if ours and (since or m.paragraph == para):
            why = f"“they” → {group.name}: the group named before it, no one else spoke since"
            return SpeakerChoice(group.id, Resolution.PRONOUN, why, 0.5, sure=False)
        return None
    return None


def _reports_after(r: Resolver, start: int) -> Iterator[Spoke]:
    """The reports made after ``start``, the last first."""
    return takewhile(lambda spoke: spoke.start > start, reversed(r.history))
