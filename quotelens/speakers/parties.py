"""A party's leaders speak for the party: "Democratic officials", "Party leaders", "the GOP leaders";
a party's adjective alone as a source ("renewed Republican calls for") is the party.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a description whose head is the
leaders or officials of a party. Out: the party (an organisation entity), or None.

How:
    The leaders or officials of a party, all of them ("Democratic officials", "other party leaders",
    "Democratic leaders in Congress"), speak for it, as the canonical readings count them; some of them
    ("some Democratic officials", "a GOP official") are nobody in particular, and strategists, insiders
    or senators speak for no party. The party is the one the phrase names ("Democratic", "GOP"); for a
    bare "party", the one whose words the article used most before it. A party the article names in
    full ("the North Dakota Republican Party") is that party, else the national one.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_HEADS = frozenset(["leaders", "officials", "leadership"])
_SIDES = {"democratic": "Democratic", "democrats": "Democratic", "republican": "Republican", "gop": "Republican"}
_CHAMBERS = {"senate": "Senate", "house": "House"}
_PARTY_WORDS = frozenset([*_SIDES, "party", "national", "state", "top", "senior", "other", "the"])
# Some of the party's people, not the party: "some Democratic officials", "two GOP officials"
_SOME = frozenset("a an one two three four five several some many most few certain".split())
_ADJECTIVES = {"Republican": "Republican", "GOP": "Republican", "Democratic": "Democratic"}
_SIDE_WORDS = re.compile(r"\b(?:(Democrat)(?:s|ic)?|(Republican)s?|(GOP))\b")


def party_members(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """The party whose leaders or officials the phrase names, all of them (see the module docstring)."""
    if p.head not in _HEADS or not p.words or p.words[0].lower() in _SOME:
        return None
    words = [w.lower() for w in p.words[:-1]]
    chamber = _chamber_leadership(r, phrase, words)
    if chamber is not None:
        return chamber
    if not words or any(w not in _PARTY_WORDS for w in words):
        return None  # ("Senate Republican leaders": the Senate's, not the party's)
    sides = {_SIDES[w] for w in words if w in _SIDES}
    if len(sides) > 1 or (not sides and "party" not in words):
        return None
    side = sides.pop() if sides else _side_in_view(r.text, s)
    if side is None:
        return None
    ent_id = _named_party(r, side, s)
    ent = r.cast.entities[ent_id] if ent_id is not None else r.cast.named(f"the {side} Party", SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speak for {ent.name}, their party", 0.7, sure=False)


def _chamber_leadership(r: Resolver, phrase: str, words: list[str]) -> SpeakerChoice | None:
    """ "Senate Republican leaders", "the House GOP leaders": that chamber's party leadership, one body (not the
    Senate, nor the party)."""
    rest = [w for w in words if w not in ("the", "top", "senior")]
    if len(rest) != 2 or rest[0] not in _CHAMBERS or rest[1] not in _SIDES:
        return None
    name = f"the {_CHAMBERS[rest[0]]} {_SIDES[rest[1]]} leadership"
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speak for {name}, one body", 0.7)


def party_word(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """A party's adjective alone as the source ("renewed Republican calls for", "Democratic demands"): the
    party (as the readings count it), not a person the ranker would pick for "Republican"."""
    side = _ADJECTIVES.get(phrase.strip())
    if side is None:
        return None
    ent_id = _named_party(r, side, s)
    ent = r.cast.entities[ent_id] if ent_id is not None else r.cast.named(f"the {side} Party", SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the party", 0.7, sure=False)


def party_in_view(r: Resolver, ent_id: int, s: int) -> int:
    """A bare "Party" ("the Party's platform") is the party whose words the text used most before ``s``: that
    party's entity (the one named in full, else the national one); any other entity stays itself."""
    if r.cast.entities[ent_id].name.lower() != "party":
        return ent_id
    side = _side_in_view(r.text, s)
    if side is None:
        return ent_id
    named = _named_party(r, side, s)
    return named if named is not None else r.cast.named(f"the {side} Party", SpeakerType.ORGANISATION).id


def _side_in_view(text: str, s: int) -> str | None:
    """The party whose words ("Democrats", "Republican", "GOP") the text used most before ``s``."""
    ends, dems = _side_words(text)
    n = bisect.bisect_right(ends, s)  # (the words that end by s: s opens a source, so no word is cut)
    dem = dems[n]
    rep = n - dem
    return None if dem == rep else "Democratic" if dem > rep else "Republican"


@functools.lru_cache(maxsize=2)
def _side_words(text: str) -> tuple[list[int], list[int]]:
    """The ends of the text's party words, and how many of the first k are Democratic (k = 0..n): read once
    per text, not once per source (the text again for each was quadratic in a long text's length)."""
    ends, dems = [], [0]
    for m in _SIDE_WORDS.finditer(text):
        ends.append(m.end())
        dems.append(dems[-1] + bool(m.group(1)))
    return ends, dems


def _named_party(r: Resolver, side: str, s: int) -> int | None:
    """The party of that side the article names in full, mentioned last before ``s``."""
    want = f"{side.lower()} party"
    found = [e.id for e in r.cast.entities if e.type is SpeakerType.ORGANISATION and e.name.lower().endswith(want)]
    if not found:
        return None
    return max(found, key=lambda i: (r.cast.count_before(i, s) > 0, r.cast.count_before(i, s)))
