"""Relative pronouns and groups set off beside a source: "X, who said", "A and B, both of whom", "the two
senators, A and B,".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source span. Out: a
:class:`~quotelens.speakers.model.SpeakerChoice` (relative pronouns) or a group entity's id.

How:
    "who" is the name it follows in its sentence, past an apposition ("Nicky Driscoll, 45, who"), a
    person before an organisation; "which" follows a thing (a document, an organisation); with no name,
    the noun phrase it follows is read as a description; else the ranker decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.described import described, document
from quotelens.speakers.descriptions import Phrase, classify
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_RELATIVE_GAP = re.compile(
    r"^(?:\s+(?:this|last|next)\s+(?:year|week|month|spring|summer|fall|autumn|winter))?"  # "Rob Portman this year,"
    r"(?:\s+(?:of|from|in)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?(?:\s*,[^,;:.“”\"]{0,60}){0,2}\s*[,—–-]?\s*$"
)
_SET_OFF = re.compile(r"\s*[,:—–(]\s*$")
_PREPOSITIONS = frozenset("of for at from with on in to by about against".split())


def relative(r: Resolver, p: Phrase, s: int, e: int) -> SpeakerChoice:
    """ "X, who said": the name the relative pronoun follows, past an apposition ("Nicky Driscoll, 45,
    who"; "Matt Duss, president of the Foundation ..., who": a person before an organisation)."""
    sent = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    near = [m for m in r.cast.before(s, limit=6) if m.sentence == sent and _RELATIVE_GAP.match(r.text[m.end : s])]
    thing = r.text[s:e].lower() == "which"  # "which" follows a thing: a document, an organisation
    people = [m for m in near if (r.cast.entities[m.entity].type is SpeakerType.PERSON) != thing]
    m = people[0] if people else near[0] if near and not thing else None
    if m is not None:
        path = f"“{r.text[s:e]}” → {r.name(m.entity)}, just before it"
        return SpeakerChoice(m.entity, Resolution.RELATIVE, path, 0.85)
    np = _phrase_before(r, s)
    if np:
        q = classify(np)
        if thing and q.cls == "document":
            return document(r, q, np, s - len(np), s)
        if not thing and q.cls in ("person", "group") and q.words[0].lower() in ("the", "this", "that"):
            return described(r, q, np, s - len(np), s)  # "a lecture from the Mexican president, who"
        if q.cls in ("anonymous", "spokesperson") or (q.cls == "name" and not r.cast.inside(s - len(np) - 2, s)):
            return r.anonymous(np, s, f"“{r.text[s:e]}” is “{np}”, nobody in particular")
    choice = r.ranked(r.anaphor(p, s, e, "it" if thing else "who"), Resolution.RELATIVE)
    return choice or r.anonymous(r.text[s:e], s, f"“{r.text[s:e]}” has nobody named before it")


def group_just_before(r: Resolver, pos: int, size: int | None) -> int | None:
    """The group named just before ``pos`` in its sentence ("A and B, both of whom"), of ``size`` if given."""
    sent = r.ctx.sentence_at(pos)  # type: ignore[attr-defined]
    for m in r.cast.before(pos, limit=8):
        ent = r.cast.entities[m.entity]
        if m.sentence == sent and ent.type is SpeakerType.GROUP and size in (None, len(ent.members)):
            return ent.id
    return None


def group_just_after(r: Resolver, pos: int, size: int | None) -> int | None:
    """The group of ``size`` (None: of any size) set off just after ``pos`` (", A and B," after "the two
    senators", "The senators")."""
    for m in r.cast.near(pos, pos + 4):
        ent = r.cast.entities[m.entity]
        sized = len(ent.members) == size if size is not None else len(ent.members) >= 2
        if m.start >= pos and _SET_OFF.match(r.text, pos, m.start) and sized:
            return ent.id if ent.type is SpeakerType.GROUP else None
    return None


def _phrase_before(r: Resolver, pos: int) -> str:
    """The noun phrase a relative pronoun follows ("Republicans who", "voters, who")."""
    left = r.text[max(0, pos - 80) : pos].rstrip(" ,")
    cut = max(left.rfind(c) for c in ',;:.(“"\n')  # (never across a paragraph: a headline above)
    words = left[cut + 1 :].split()[-4:]
    after = [k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _PREPOSITIONS]  # "a lecture from *the ...*"
    return " ".join(words[after[-1] if after else 0 :])
