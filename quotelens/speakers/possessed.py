"""Possessed roles: "her mother", "his wife", "his lawyer" are someone of the possessor's, never the possessor.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article, a role description opening with "his" or
"her" (an :class:`~quotelens.speakers.candidates.Anaphor` of class "person") and its candidates. Out: the
candidates without the possessor; for a relative with no one introduced in that relation, nobody (someone the
article has not named).

How:
    The possessive is resolved as the "he" or "she" it is, by the same ranker, when it is sure. A relative
    ("Her mother said" after "Her granddaughter, Amina Otieno, ...") that no one was introduced as is someone
    the article has not named. (A person who merely shares the family name is no evidence: spouses, a
    governor of the same surname, a husband taken for a son.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers import ranker
from quotelens.speakers.candidates import Anaphor, Candidate, gather, matched_role

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_POSSESSIVES = {"his": ("he", "m"), "her": ("she", "f")}
KIN = frozenset(
    "mother father son daughter brother sister husband wife widow widower grandmother grandfather granddaughter "
    "grandson aunt uncle niece nephew cousin stepmother stepfather stepson stepdaughter".split()
)


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
