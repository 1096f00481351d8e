"""A person's sex: from a title ("Mrs.", "Sen." does not say) or from the pronouns of the sentences where the
person is the only one named.

In: the :class:`~quotelens.speakers.mentions.Cast` once its names and mentions were collected. Out: the sex
of its people with none yet (``Entity.sex``, "m" or "f").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.lexicon import FEMALE_TITLES, MALE_TITLES
from quotelens.speakers.model import SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.mentions import Cast

# he/him/his/himself and she/her/hers/herself as whole words, any case, in one scan: spelled out letter by
# letter (2.3x faster than r"\b(?:he|him|his|himself)\b", re.I) and opening with one character class, so
# that the search skips in C to the next h or s (an alternation at the top, "(he...)|she...", is tried at
# every character: 3.5x slower). A he-word is a match whose group 1 (the word past its "h") is set.
_PRONOUN_RE = re.compile(
    r"[hHsS](?<!\w.)"
    r"(?:(?<=[hH])(?:([eE]|[iI][mM]|[iI][sS]|[iI][mM][sS][eE][lL][fF])\b|[eE][rR](?:[sS]|[sS][eE][lL][fF])?\b)"
    r"|(?<=[sS])[hH][eE]\b)"
)


_OBJECTS = frozenset(["him", "her"])  # (the object forms; "his" is not counted out)
# "her" before a plain word that is none of these is a possessive ("her small firm"), which does count
_AFTER_OBJECT = frozenset(
    "up to that and or out in on at for with about as if a an the back down off over from into by of when while "
    "because so but this what how why where whether".split()
)
_NEXT = re.compile(r" ([a-z]+)")


def _object(text: str, start: int, end: int) -> bool:
    """Is the him/her at ``start:end`` an object ("backed her up"), not a possessive ("her small firm")?"""
    word = text[start:end].lower()
    if word not in _OBJECTS:
        return False
    nxt = _NEXT.match(text, end) if word == "her" else None
    return nxt is None or nxt[1] in _AFTER_OBJECT


def _content_start(text: str, first: int, end: int) -> int:
    """Where the content of a "that"-clause past its own subject begins ("Marsh agrees that something | shifted
    when she arrived"): a pronoun further on is someone else's, while one right after "that" is most often the
    person's own ("Marsh said that she ..."). The sentence's end when it has no "that"."""
    at = text.find(" that ", first, end)
    return end if at < 0 else at + 6


def noble_sex(words: list[str]) -> str | None:
    """ "Prince of Wales" a man, "Duchess of Sussex" a woman: the sex of any sexed title ("King", "Lady") that
    opens a name with "of" after it (only runs already typed as people reach here)."""
    return title_sex([words[0].lower()]) if len(words) > 2 and words[1] == "of" else None


def title_sex(titles: list[str]) -> str | None:
    for t in reversed(titles):
        if t in FEMALE_TITLES:
            return "f"
        if t in MALE_TITLES:
            return "m"
    return None


def sex_from_pronouns(cast: Cast) -> None:
    """A person alone in a sentence with only "he"s (or only "she"s) after the name has that sex. "him" and an object
    "her" do not count: the object of the person's own verb is someone else ("President Obama backed her up");
    a possessive "her" does ("her small firm")."""
    votes: dict[int, list[int]] = {}
    k = 0
    for n, sentence in enumerate(cast.sentences):
        people: dict[int, int] = {}  # person -> where first named in the sentence
        while k < len(cast.mentions) and cast.mentions[k].sentence <= n:
            m = cast.mentions[k]
            if m.sentence == n and cast.entities[m.entity].type is SpeakerType.PERSON:
                people.setdefault(m.entity, m.start)
            k += 1
        if len(people) != 1:
            continue
        first = next(iter(people.values()))  # a pronoun before the name stands for someone else
        # ... and so do the later ones of its sex ("Her co-star, Theo Ash, who plays the man who saves her"):
        # 1 for a "he"-word before the name, 2 for a "she"-word, 3 for both
        other = 0
        for hit in _PRONOUN_RE.finditer(cast.text, sentence.start, first):
            other |= 1 if hit.group(1) else 2
        he = she = 0
        content = _content_start(cast.text, first, sentence.end)
        for hit in _PRONOUN_RE.finditer(cast.text, first, sentence.end):  # (one scan: "he"s are group 1)
            if _object(cast.text, hit.start(), hit.end()):
                continue  # "President Obama backed her up": an object is most often someone else
            if hit.start() > content:
                continue  # "Marsh agrees that something shifted when she arrived": someone else, inside what he says
            if hit.group(1):
                he += not other & 1
            else:
                she += not other & 2
        if he != she and (he == 0 or she == 0):
            v = votes.setdefault(next(iter(people)), [0, 0])
            v[0 if he else 1] += 1
    for ent_id, (he, she) in votes.items():
        ent = cast.entities[ent_id]
        if ent.sex is None and he != she:
            ent.sex = "m" if he > she else "f"


# A given name of the Korean style, syllables joined by a hyphen with no capital after it ("Yo-jong", "Jae-won")
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_FAMILY_FIRST = frozenset("kim lee park choi cho moon yoon xi wang zhang li liu chen".split())


def family_name_first(words: list[str]) -> bool:
    """Is the name written family name first, the East Asian way ("Kim Yo-jong", "Lee Jae-won", "Kim Jong Un")?
    Its first word is a family name, which says nothing of sex ("Kim" is a woman's first name in America)."""
    if len(words) == 2 and _HYPHENED_GIVEN.match(words[1]):
        return True
    return len(words) == 3 and words[0].lower() in _FAMILY_FIRST and all(len(w) <= 5 for w in words[1:])
