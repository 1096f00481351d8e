"""A definite description that takes up a source named before: the unnamed source just quoted ("the former
associate"), or the person the same description named the last time ("the PML-N leader" again).

In: the resolver, a source phrase classified as a role description ("the former associate") and its bounds.
Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the unnamed source of the last few reports whose
phrase has that head and those words ("according to a former associate at the firm, who asked not to be
named"), or None. Two-word descriptions ("the associate") are taken up in
:mod:`quotelens.speakers.described`; a person named with the role who spoke since is left to the ranker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.candidates import matched_role
from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_REPORTS_BACK = 3  # the last reports looked at: the unnamed source must have spoken just before


def unnamed_taken_up(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "the former associate" right after "a former associate at the firm" spoke: that unnamed source."""
    if p.cls != "person" or len(p.words) != 3 or len(phrase.split()) != 3 or not p.head:
        return None
    anaphor = None
    for spoke in r.history[-_REPORTS_BACK:][::-1]:
        ent = r.cast.entities[spoke.entity]
        if ent.type is SpeakerType.ANONYMOUS:
            break
        if ent.type is SpeakerType.PERSON:
            anaphor = anaphor or r.anaphor(p, s, e, "person")
            if matched_role(ent, anaphor):
                return None  # ("Lena Holt, a former associate," spoke since: she is the one taken up)
    else:
        return None
    unnamed = r.same_unnamed(phrase)
    if unnamed is None or unnamed.type is not SpeakerType.ANONYMOUS:
        return None
    return SpeakerChoice(unnamed.id, Resolution.ANONYMOUS, f"“{phrase}”: {unnamed.name}, quoted just before", 0.6)


def described_so_before(r: Resolver, p: Phrase, phrase: str) -> SpeakerChoice | None:
    """ "the PML-N leader said" once more: the person the same definite description of three words or more
    named the last time it was a source (a story keeps one description for one person)."""
    if p.cls != "person" or len(phrase.split()) < 3 or phrase[:4].lower() != "the ":
        return None
    low = phrase.lower()
    for entity, source in reversed(r.sources):
        if source.lower() == low:
            ent = r.cast.entities[entity]
            if ent.type is not SpeakerType.PERSON:
                return None
            return SpeakerChoice(entity, Resolution.ALIAS, f"“{phrase}”: {ent.name}, described so before", 0.7)
    return None
