"""What the words around a person's name say about them, beyond a title: roles and places for agreement.

In: the article's :class:`~quotelens.speakers.mentions.Cast` after its names were collected. Out: the
people's ``roles`` gain
    * the role of a description set off before the name: "The group's president, Jane Doe, said" and
      "Labour’s leader, Sir Keir Starmer," make her a "president" and him a "leader", so that a later
      "the president" or "the Labour leader" finds them;
"""

from __future__ import annotations

import bisect
import re

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.apposition import ROLE_SUFFIXES, role_word
from quotelens.speakers.lexicon import ROLE_NOUNS
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Mention, SpeakerType

_SEGMENT_STOPS = frozenset([",", "“", "”", '"', "(", ")", "—", "–", ";", ":", "."])
_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "another"])
_CLOSES = re.compile(r"[,.]|$| said\b| (?:of|at|from)\s| \(")


def introduce(cast: Cast) -> None:
    """Add the roles the words around each person's full name say."""
    text = cast.text
    starts: dict[int, list[int]] = {}
    for m in cast.mentions:
        if m.how != "name":
            continue
        ent = cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON or ent.joint:
            continue
        if text.startswith(", ", m.start - 2) and m.sentence >= 0 and _CLOSES.match(text, m.end):
            role = _description_before(cast, m, starts)
            if role:
                ent.roles.add(role)


def _description_before(cast: Cast, m: Mention, starts: dict[int, list[int]]) -> str:
    """The role of "the group's president" in "the group's president, Jane Doe," ("" when none)."""
    toks = cast.sentences[m.sentence].tokens
    if m.sentence not in starts:
        starts[m.sentence] = [t.start for t in toks]
    a = bisect.bisect_left(starts[m.sentence], m.start)
    if a < 3 or a >= len(toks) or toks[a].start != m.start or toks[a - 1].text != ",":
        return ""
    s = a - 1
    while s > 0 and a - 1 - s < 9:
        prev = toks[s - 1]
        if prev.text in _SEGMENT_STOPS or prev.lower in CUE_FORMS:
            break
        s -= 1
    return role_of_description(toks[s : a - 1])


def role_of_description(seg: list[Token]) -> str:
    """ "the group's president" -> "president", "Labour’s leader" -> "leader", "the White House press
    secretary" -> "white house press secretary"; "" for what is no description of a role."""
    if not 2 <= len(seg) <= 8 or seg[-1].is_capitalised or not seg[-1].is_word:
        return ""
    opener = next((k for k in range(len(seg) - 1, -1, -1) if seg[k].text.endswith(("’s", "'s"))), None)
    if opener is None and seg[0].lower not in _OPENERS:
        return ""
    words = seg[(opener if opener is not None else 0) + 1 :]
    head = words[-1].lower if words else ""
    if not (head in ROLE_NOUNS or head.endswith(ROLE_SUFFIXES)):
        return ""
    if any(not t.is_word or t.lower in CUE_FORMS for t in words):
        return ""
    return " ".join(role_word(t.text) if t.is_capitalised else t.lower for t in words)
