"""Unnamed subjects as antecedents: "The woman, whose name is being withheld, testified. She said ...";
"The researchers point to Casco Bay. They estimate ...".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article, a pronoun's start and its class (he, she,
they). Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the unnamed person or people that open the
sentence just before, or None.

How:
    The sentence before the pronoun's opens with a description ("The woman", "A man", "The researchers") whose
    head agrees with the pronoun (a woman's or a man's noun for "she" or "he", unnamed people in the plural for
    "they"), and names nobody: its subject is who the pronoun takes up, quoted yet or not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.lexicon import ANONYMOUS, DOCUMENT_NOUNS, ROLE_SEX
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_OPENING = re.compile(r"[“\"]?(The|A|An)\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)(?=,|\s+[a-z])")
_PEOPLES = frozenset("americans republicans democrats conservatives liberals progressives independents".split())


def unnamed_subject_before(r: Resolver, s: int, cls: str) -> SpeakerChoice | None:
    """The unnamed person or people opening the sentence before the pronoun at ``s`` (see the module)."""
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    if k == 0 or not r.cast.sentences:
        return None
    before = r.cast.sentences[k - 1]
    m = _OPENING.match(r.text, before.start, before.end)
    if m is None or not _agrees(m.group(3), cls):
        return None
    named = (x for x in r.cast.mentions if before.start <= x.start < before.end and x.how in ("name", "short name"))
    if any(r.cast.entities[x.entity].type is SpeakerType.PERSON for x in named):
        return None  # ("The woman told Ann Lee ...", "... a resident named Caroline": a name the pronoun takes up)
    phrase = r.text[m.start(1) : m.end(3)]
    choice = r.anonymous(phrase, m.start(1), f"“{r.text[s : s + len(cls)]}” → “{phrase}”, the sentence's subject")
    why = f"“{phrase}”, who opens the sentence before it"
    return SpeakerChoice(choice.entity, Resolution.PRONOUN, why, 0.6, sure=False)


def _agrees(head: str, cls: str) -> bool:
    if cls in ("he", "she"):
        return ROLE_SEX.get(head) == {"he": "m", "she": "f"}[cls]
    return cls == "they" and head.endswith("s") and head in ANONYMOUS and head not in _PEOPLES | DOCUMENT_NOUNS
