"""A name found in a source phrase, to the entity it names: in full, or by a short name its bearers share.

In: the resolver and a mention of a name inside a source phrase. Out: a :class:`SpeakerChoice` with its path in
words. A short name two people share ("Whitehorse", "Clinton") goes to the one the text asks for: the older or
younger by the ages the article gave ("the older Whitehorse"), or the other bearer when the clause names the
first in full ("Clinton declared of Hillary Clinton"); else the one named most, marked unsure. (Split from
:mod:`quotelens.speakers.named`.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver


def explicit(r: Resolver, m: Mention) -> SpeakerChoice:
    ent = r.cast.entities[m.entity]
    written = r.text[m.start : m.end]
    if m.how == "name":
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{written}”", 0.95)
    ambiguous = len({i for i in r.cast.by_word.get(written.split()[-1].lower(), [])}) > 1
    other = _the_other_bearer(r, m, ent) if ambiguous and ent.type is SpeakerType.PERSON else None
    aged = _by_age(r, m) if ambiguous and ent.type is SpeakerType.PERSON else None
    if aged is not None:  # "the older Whitehorse": of two Whitehorses, the one of the greater age
        path = f"“{written}” → {aged.name}: of those who share the name, older or younger by the ages given"
        return SpeakerChoice(aged.id, Resolution.SHORT_NAME, path, 0.7, sure=False)
    if other is not None:  # "Clinton declared of Hillary Clinton": Bill Clinton
        path = f"“{written}” → {other.name}: not {ent.name}, whom its clause names in full"
        return SpeakerChoice(other.id, Resolution.SHORT_NAME, path, 0.7, sure=False)
    path = f"“{written}” → {ent.name}, the {ent.type.value} of that name"
    if ambiguous:
        path += " named most (another shares the name)"
    return SpeakerChoice(ent.id, Resolution.SHORT_NAME, path, 0.7 if ambiguous else 0.85, sure=not ambiguous)


_OLDER = re.compile(r"\b(?:(older|elder|eldest)|younger|youngest)\s+$", re.I)
_AGE = re.compile(r"^(\d{1,3})-year-old$")


def _by_age(r: Resolver, m: Mention) -> Entity | None:
    """Of the people who share a surname, the older or the younger one that the word before it asks for ("the
    elder Whitehorse"), by the ages the article gave them; None when it asks for neither or an age is missing."""
    word = _OLDER.search(r.text, m.start - 12 if m.start > 12 else 0, m.start)
    if word is None:
        return None
    surname = r.text[m.start : m.end].split()[-1].lower()
    people = [r.cast.entities[i] for i in dict.fromkeys(r.cast.by_word.get(surname, []))]
    ages = {e.id: [int(a[1]) for role in e.roles if (a := _AGE.match(role))] for e in people}
    if len(people) < 2 or not all(ages.values()) or any(e.type is not SpeakerType.PERSON for e in people):
        return None
    pick = max if word[1] else min
    return pick(people, key=lambda e: ages[e.id][0])


def _the_other_bearer(r: Resolver, m: Mention, ent: Entity) -> Entity | None:
    """Of two people who share a surname, the other one, when the clause after the bare surname names the one
    chosen in full ("Clinton declared of Hillary Clinton": she is what he spoke of)."""
    surname = r.text[m.start : m.end].split()[-1].lower()
    others = [
        r.cast.entities[i]
        for i in dict.fromkeys(r.cast.by_word.get(surname, []))
        if i != ent.id and r.cast.entities[i].type is SpeakerType.PERSON
    ]
    if len(others) != 1:
        return None
    clause = re.split(r"[.;:!?“”\"]", r.text[m.end : m.end + 100], maxsplit=1)[0]
    if ent.name in clause:
        return others[0]
    return None
