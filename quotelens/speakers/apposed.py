"""An unnamed source described again right after it: "One of them, a former line cook, said ...".

In: the :class:`~quotelens.speakers.resolve.Resolver`, an indefinite source phrase that names nobody and its
end offset. Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the apposed description, or None.

How:
    An indefinite description set off by commas right after a vague indefinite source ("One of them",
    "Another worker", "A neighbor") says who that source is; it becomes the anonymous source's label, so that
    a shortened definite description later ("the former cook") takes it up. A name set off there is read
    before this (:func:`~quotelens.speakers.described.appositive`); a clause ("a man who ...") is not a
    description.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import classify
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_INDEFINITE_OPENINGS = frozenset("one another a an".split())
_NOT_A_DESCRIPTION = frozenset(
    "who whom whose which that and or but nor said says told named called identified according as while".split()
)
_APPOSED = re.compile(r"\s*,\s*((?:an?)\s+(?:[\w’'-]+\s+){0,6}[\w’'-]+)\s*,")


def apposed_description(r: Resolver, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "One of them, a former night-shift supervisor, said": the unnamed source is the supervisor."""
    words = phrase.split()
    if not words or words[0].lower() not in _INDEFINITE_OPENINGS:
        return None
    m = _APPOSED.match(r.text, e)
    if m is None:
        return None
    desc = m.group(1)
    inner = desc.split()[1:]
    if _NOT_A_DESCRIPTION & {w.lower() for w in inner} or any(w[:1].isupper() for w in inner[-1:]):
        return None  # (a clause, or a name at its end: "a cook named Rosa")
    if classify(desc).cls != "anonymous":
        return None  # ("a spokesman for the union": the union's; "a group of ...": not one person)
    label = "a" + desc[1:] if desc[:1] == "A" else desc
    ent = r.cast.named(label, SpeakerType.ANONYMOUS)
    why = f"“{phrase}”, described right after it as “{desc}”"
    return SpeakerChoice(ent.id, Resolution.ANONYMOUS, why, 0.5)
