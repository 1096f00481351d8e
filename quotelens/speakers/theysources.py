"""A "they" nothing ranked for: the plural source of a report just before it.

In: the :class:`~quotelens.speakers.resolve.Resolver` (its reports so far) and where the "they" stands.
Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the entity that report was credited to, or None.

Why: a plural source whose phrase holds someone's name ("Mr. Rubio's advisers conceded ... But they were
hoping") is credited to an organisation while its only mention is the person's, so the ranker may find no
group or organisation for the "they" that takes it up; the report itself still says who "they" are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import classify, singular
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_PLURAL_PRONOUNS = frozenset(["they", "them"])
_LOOK_BACK = 3  # reports: only the last few can stand in the sentence before


def _plural(phrase: str) -> bool:
    """Does a source phrase name several ("his advisers", "the two senators", "Hale and Ortiz", "they")?"""
    p = classify(phrase)
    if p.cls == "pronoun":
        return p.pronoun in _PLURAL_PRONOUNS
    head = p.head or ""
    return p.cls == "group" or head == "people" or (head.isalpha() and singular(head) != head)


def plural_source_before(r: Resolver, s: int) -> SpeakerChoice | None:
    """The entity of the last report, in the sentence of ``s`` or the one before, whose source is plural and
    not a person."""
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    reports = list(zip(r.history[-_LOOK_BACK:], r.sources[-_LOOK_BACK:], strict=True))
    for spoke, (entity, phrase) in reversed(reports):
        if spoke.start >= s:
            continue
        if r.ctx.sentence_at(spoke.start) < k - 1:  # type: ignore[attr-defined]
            return None
        if r.cast.entities[entity].type is not SpeakerType.PERSON and _plural(phrase):
            why = f"“they” → {r.name(entity)}: “{phrase}”, the plural source of the sentence before"
            return SpeakerChoice(entity, Resolution.PRONOUN, why, 0.6, sure=False)
    return None
