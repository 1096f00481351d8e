"""An office named by its capitalised title or its initials is the person introduced as holding it.

In: a definite source phrase read as a name ("the Minister for Transport", "The Director of Prisons", "The
COO"), the article's cast with its people's roles (:mod:`quotelens.speakers.introductions`,
:mod:`quotelens.speakers.titles`). Out: the one person introduced before the phrase with that role ("the
Minister for Transport, Orla Brennock,"; "the league's chief operating officer, Oskar Velten," is "the COO"),
or None: the phrase is then read as a name (an office of nobody, a body known by its initials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.lexicon import ROLE_NOUNS, TITLES
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_LINKS = frozenset(["of", "for", "the", "and", "&"])  # (no letter of a title's initials: "WF" of Warden of Forests)


def office_holder(r: Resolver, p: Phrase, s: int) -> SpeakerChoice | None:
    """The person a definite title ("the Minister for Transport") or a title's initials ("The COO") names: the
    only one introduced before ``s`` with that role; None when no one or more than one was."""
    if p.cls != "name" or len(p.words) < 2 or p.words[0].lower() != "the":
        return None
    words = p.words[1:]
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 4 and words[0].isalpha():
        letters = words[0].lower()
        holds = lambda role: letters in _initials_of_endings(role)  # noqa: E731
    elif len(words) >= 3 and words[1] in ("of", "for") and _title_word(words[0]) and words[-1][:1].isupper():
        title = " ".join(w.lower() for w in words)
        holds = lambda role: role == title or role.endswith(" " + title)  # noqa: E731
    else:
        return None
    people = [
        ent
        for ent in r.cast.entities
        if ent.roles
        and ent.type is SpeakerType.PERSON
        and not ent.joint
        and any(holds(role) for role in ent.roles)
        and r.cast.entity_starts.get(ent.id, [s])[0] < s
    ]
    if len(people) != 1:
        return None
    phrase = " ".join(p.words)
    path = f"“{phrase}” → {people[0].name}, introduced as holding that office"
    return SpeakerChoice(people[0].id, Resolution.ALIAS, path, 0.85)


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return word[:1].isupper() and (low in ROLE_NOUNS or low in TITLES)


def _initials_of_endings(role: str) -> set[str]:
    """The initials of each of a role's endings of two words or more: "canucks general manager" -> "cgm", "gm";
    "commissioner of police" -> "cp"."""
    words = [w for w in role.split() if w not in _LINKS]
    return {"".join(w[0] for w in words[k:]) for k in range(len(words) - 1)}
