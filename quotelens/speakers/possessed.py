"""Possessed roles: "her mother", "his wife", "his lawyer" are someone of the possessor's, never the possessor.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article, a role description opening with "his" or
"her" (an :class:`~quotelens.speakers.candidates.Anaphor` of class "person") and its candidates. Out: the
candidates without the possessor; for a relative with no one introduced in that relation, the one person named
near it who shares the possessor's family name and holds no post, or nobody.

How:
    The possessive is resolved as the "he" or "she" it is, by the same ranker, when it is sure. A relative
    ("his wife said" after "Her husband, Dennis Hale, ...") that no one was introduced as is the one person
    named in its paragraph or the :data:`KIN_PARAGRAPHS` before, of the relation's sex, who bears the
    possessor's family name and holds no post ("Marta Hale"; not "Gov. Bill Lee", a namesake known by his
    office, nor someone named pages before); when no one or several do, someone the article has not named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers import ranker
from quotelens.speakers.candidates import Anaphor, Candidate, gather, matched_role
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

KIN_PARAGRAPHS = 3
_POSSESSIVES = {"his": ("he", "m"), "her": ("she", "f")}


def possessor(r: Resolver, a: Anaphor, cands: list[Candidate]) -> int | None:
    """Who the "his" or "her" opening a role description stands for, when the ranker is sure of it and no
    candidate was introduced in that relation ("Her mother, Greet Vos, ... her mother told me": the ranker takes
    up the one introduced so, and a "her" read as Greet herself would only mislead)."""
    word = a.text.split(None, 1)[0].lower() if a.cls == "person" and a.head else ""
    found = _POSSESSIVES.get(word)
    if found is None or len(a.text.split()) < 2 or any(matched_role(r.cast.entities[c.entity], a) for c in cands):
        return None
    cls, sex = found
    own = Anaphor(a.start, a.start + len(word), a.text[: len(word)], cls, a.sentence, a.paragraph, a.in_quote,
                  a.opens_sentence, sex)  # fmt: skip
    cands = [c for c in gather(r.cast, r.history, own, r.spoken, r.own) if c.entity != r.writer]
    trace, ranker.TRACE = ranker.TRACE, None  # (the training trace records the sources' rankings only)
    try:
        best = ranker.rank(r.cast, own, cands)
    finally:
        ranker.TRACE = trace
    if best is None or best.entity == ranker.NOBODY or best.share < ranker.SURE_SHARE:
        return None
    return best.entity


def kin_by_family_name(r: Resolver, a: Anaphor, owner: int) -> SpeakerChoice | None:
    """The person a relative of ``owner`` ("his wife") is (see the module); None when the article has not
    named them near it."""
    mine = r.cast.entities[owner]
    family = mine.name.split()[-1] if mine.type is SpeakerType.PERSON and " " in mine.name else ""
    if not family:
        return None
    kin = []
    for e in r.cast.entities:
        if e.id == owner or e.type is not SpeakerType.PERSON or e.joint or e.roles or " " not in e.name:
            continue
        if e.name.split()[-1] != family or e.sex not in (None, a.sex):
            continue
        if a.sex is not None and e.sex is None and e.said_sex not in (None, a.sex):
            continue
        last = r.cast.last_mention(e.id, a.start)
        if last is not None and a.paragraph - last.paragraph <= KIN_PARAGRAPHS:
            kin.append(e)
    if len(kin) != 1:
        return None
    path = f"“{a.text}” → {kin[0].name}, who bears {mine.name}'s family name, named just before"
    return SpeakerChoice(kin[0].id, Resolution.ALIAS, path, 0.6, sure=False)
