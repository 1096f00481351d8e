"""What the words around a person's name say about them, beyond a title: roles and places for agreement.

In: the article's :class:`~quotelens.speakers.mentions.Cast` after its names were collected. Out: the
people's ``roles`` gain
    * the role of a description set off before the name: "The group's president, Jane Doe, said" and
      "Labour’s leader, Sir Keir Starmer," make her a "president" and him a "leader", so that a later
      "the president" or "the Labour leader" finds them;
    * the state and party of a party-and-state tag ("Rep. Joe Kennedy (D-Mass.)", "Sen. Ted Cruz,
      R-Texas,") or of "of <State>" ("Sen. Tim Kaine of Virginia"), added to each of their roles
      ("virginia senator") and as "<state> <party>" ("massachusetts democrat"), so that "the Virginia
      senator" and "the Massachusetts Democrat" agree with them and not with a senator of another state
      (:func:`~quotelens.speakers.candidates.origin_clash`, :mod:`~quotelens.speakers.agreement`).
"""

from __future__ import annotations

import bisect
import re

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.apposition import ROLE_SUFFIXES, role_word
from quotelens.speakers.descriptions import NATIONALS
from quotelens.speakers.lexicon import PLACES, ROLE_NOUNS, TITLES
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, SpeakerType

# news-style (AP) and postal abbreviations of the states, as party-and-state tags write them
_STATES = {
    **dict.fromkeys(["ala", "al"], "alabama"),
    **dict.fromkeys(["ariz", "az"], "arizona"),
    **dict.fromkeys(["ark", "ar"], "arkansas"),
    **dict.fromkeys(["calif", "ca", "cal"], "california"),
    **dict.fromkeys(["colo", "co"], "colorado"),
    **dict.fromkeys(["conn", "ct"], "connecticut"),
    **dict.fromkeys(["del", "de"], "delaware"),
    **dict.fromkeys(["fla", "fl"], "florida"),
    **dict.fromkeys(["ga"], "georgia"),
    **dict.fromkeys(["ill", "il"], "illinois"),
    **dict.fromkeys(["ind", "in"], "indiana"),
    **dict.fromkeys(["kan", "kans", "ks"], "kansas"),
    **dict.fromkeys(["ky"], "kentucky"),
    **dict.fromkeys(["la"], "louisiana"),
    **dict.fromkeys(["md"], "maryland"),
    **dict.fromkeys(["mass", "ma"], "massachusetts"),
    **dict.fromkeys(["mich", "mi"], "michigan"),
    **dict.fromkeys(["minn", "mn"], "minnesota"),
    **dict.fromkeys(["miss", "ms"], "mississippi"),
    **dict.fromkeys(["mo"], "missouri"),
    **dict.fromkeys(["mont", "mt"], "montana"),
    **dict.fromkeys(["neb", "ne"], "nebraska"),
    **dict.fromkeys(["nev", "nv"], "nevada"),
    **dict.fromkeys(["nh"], "new hampshire"),
    **dict.fromkeys(["nj"], "new jersey"),
    **dict.fromkeys(["nm"], "new mexico"),
    **dict.fromkeys(["ny"], "new york"),
    **dict.fromkeys(["nc"], "north carolina"),
    **dict.fromkeys(["nd"], "north dakota"),
    **dict.fromkeys(["okla", "ok"], "oklahoma"),
    **dict.fromkeys(["ore", "or"], "oregon"),
    **dict.fromkeys(["pa"], "pennsylvania"),
    **dict.fromkeys(["ri"], "rhode island"),
    **dict.fromkeys(["sc"], "south carolina"),
    **dict.fromkeys(["sd"], "south dakota"),
    **dict.fromkeys(["tenn", "tn"], "tennessee"),
    **dict.fromkeys(["tex", "tx"], "texas"),
    **dict.fromkeys(["vt"], "vermont"),
    **dict.fromkeys(["va"], "virginia"),
    **dict.fromkeys(["wash", "wa"], "washington"),
    **dict.fromkeys(["wva"], "west virginia"),
    **dict.fromkeys(["wis", "wisc", "wi"], "wisconsin"),
    **dict.fromkeys(["wyo", "wy"], "wyoming"),
}
_PARTY_LETTERS = {"d": "democrat", "r": "republican", "i": "independent"}
# "(D-Mass.)", ", R-Texas,", "(R-N.C.)", "(D-W.Va.)", "(I-VT)"
_TAG = re.compile(r"\s?[(,]\s?([DRI])\s?[-–]\s?([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s?[),]")
_OF_PLACE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_SEGMENT_STOPS = frozenset([",", "“", "”", '"', "(", ")", "—", "–", ";", ":", "."])
_TITLES_BEFORE = re.compile(r",\s((?:[A-Z][a-z]+\.?\s){1,2})$")
_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "another"])
_CLOSES = re.compile(r"[,.]|$| said\b| (?:of|at|from)\s| \(")


# "Lana Rivera, 29,", "Maria Lopez (62)", "29-year-old singer Lana Rivera", "the 62-year-old Maria Lopez"
_AGE_AFTER = re.compile(r",\s(\d{1,3})[,.;]|\s\((\d{1,3})\)")
_AGE_SET_OFF = re.compile(r",\s(\d{1,3}),")  # (after a short name: only ", 58,")
_AGE_FIRST = re.compile(r"(?<=, )\d{1,3}-year-old\s$")  # "A fisherman from Puri, 52-year-old Bhaskar Behera,"
# "the Finn Aarni Ketola", "a 31-year-old Briton Edith Quellin": a nation's noun for one person just before the name
_NATION_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s(?:\d{1,3}-year-old\s)?([A-Z][a-z]+)\s$")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s(?:[a-z][\w-]*\s){0,2}$")


def introduce(cast: Cast) -> None:
    """Add the roles, states and parties the words around each person's full name say."""
    text = cast.text
    starts: dict[int, list[int]] = {}
    for m in cast.mentions:
        if m.how not in ("name", "short name"):
            continue
        ent = cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON or ent.joint:
            continue
        # ("Ashby, 58,": only an age after a short name; a person known by one name alone ("Saleh's wife, Nadia,")
        # is introduced by it, as by a full name)
        if m.how == "short name" and (" " in ent.name or text[m.start : m.end] != ent.name):
            if (age := _AGE_SET_OFF.match(text, m.end)) is not None:
                ent.roles.add(f"{age[1]}-year-old")
            continue
        at = _titled_start(text, m.start)  # ("The Commissioner for Transport, Chief Emmanuel Odutola,")
        if text.startswith(", ", at - 2) and m.sentence >= 0 and _CLOSES.match(text, m.end):
            role = _description_before(cast, m, at, starts)
            if role:
                ent.roles.add(role)
        _add_origin(ent, text, m)
        nation = _NATION_BEFORE.search(text, m.start - 40 if m.start > 40 else 0, m.start)
        if nation is not None and nation[1].lower() in NATIONALS:
            ent.roles.add(nation[1].lower())  # "the Finn Aarni Ketola" is "the Finn" from now on
        age = _AGE_AFTER.match(text, m.end) or _AGE_BEFORE.search(text, m.start - 40 if m.start > 40 else 0, m.start)
        if age is not None:
            ent.roles.add(f"{age[age.lastindex or 1]}-year-old")  # "Lana Rivera, 29," is "the 29-year-old" from now on


def _titled_start(text: str, start: int) -> int:
    """Where a name starts with the titles or the age before it ("Chief", "Dr.", "52-year-old") that its
    mention leaves out."""
    age = _AGE_FIRST.search(text, start - 16 if start > 16 else 0, start)
    if age is not None:
        return age.start()
    titles = _TITLES_BEFORE.search(text, start - 30 if start > 30 else 0, start)
    if titles is None or not all(w.lower().rstrip(".") in TITLES for w in titles.group(1).split()):
        return start
    return titles.start(1)


def _description_before(cast: Cast, m: Mention, at: int, starts: dict[int, list[int]]) -> str:
    """The role of "the group's president" in "the group's president, Jane Doe," ("" when none); ``at``: where
    the name starts, with its titles."""
    toks = cast.sentences[m.sentence].tokens
    if m.sentence not in starts:
        starts[m.sentence] = [t.start for t in toks]
    a = bisect.bisect_left(starts[m.sentence], at)
    if a < 3 or a >= len(toks) or toks[a].start != at or toks[a - 1].text != ",":
        return ""
    s = a - 1
    while s > 0 and a - 1 - s < 9:
        prev = toks[s - 1]
        noun = s > 1 and toks[s - 2].lower in _OPENERS  # ("in the state": a cue's form after "the" is a noun)
        if prev.text in _SEGMENT_STOPS or (
            prev.lower in CUE_FORMS and not (prev.is_capitalised and s > 1) and not noun
        ):
            break  # (a capitalised word inside the sentence is a title's or a name's: "Secretary of State for")
        s -= 1
    return role_of_description(toks[s : a - 1])


def role_of_description(seg: list[Token]) -> str:
    """ "the group's president" -> "president", "Labour’s leader" -> "leader", "the White House press
    secretary" -> "white house press secretary"; "" for what is no description of a role."""
    if not 2 <= len(seg) <= 8 or not seg[-1].is_word:
        return ""
    if seg[-1].is_capitalised and _before_place(seg) is seg:
        return _titled_role(seg)
    place = _place_after_title(seg)  # "the Director of Prisons in the region" -> "the Director of Prisons"
    if place:
        return _titled_role(seg[:place])
    seg = _before_place(seg)  # "A fisherman from Puri" -> "A fisherman"
    opener = next((k for k in range(len(seg) - 1, -1, -1) if _possessive(seg, k)), None)
    if opener is None and seg[0].lower not in _OPENERS:
        return ""
    words = seg[(opener if opener is not None else 0) + 1 :]
    head = words[-1].lower if words else ""
    if not (head in ROLE_NOUNS or head.endswith(ROLE_SUFFIXES)):
        return ""
    if any(not t.is_word or t.lower in CUE_FORMS for t in words):
        return ""
    return " ".join(role_word(t.text) if t.is_capitalised else t.lower for t in words)


def _possessive(seg: list[Token], k: int) -> bool:
    """Does the token at ``k`` end a possessive: "the group's", or the apostrophe written alone after a name
    ending in s ("Corvalis' chief medical officer": the tokenizer splits it off)?"""
    word = seg[k].text
    if word.endswith(("’s", "'s")):
        return True
    return word in ("'", "’") and k > 0 and seg[k - 1].end == seg[k].start and seg[k - 1].text.endswith("s")


def _before_place(seg: list[Token]) -> list[Token]:
    """The description without the place or body it is from ("A fisherman from Puri", "a nurse at the
    clinic", "a resident in Leeds" -> "A fisherman", ...): a lower-case role head right before from/at/in."""
    k = next((i for i in range(2, len(seg) - 1) if seg[i].lower in _FROM_PLACE), None)
    if k is None or seg[k - 1].is_capitalised or not _role_head(seg[k - 1]):
        return seg
    return seg[:k]


_FROM_PLACE = frozenset(["from", "at", "in"])


def _place_after_title(seg: list[Token]) -> int:
    """Where a lower-case place or body after a capitalised title starts ("the Director of Prisons *in the
    region*", "the Warden of Forests *in the province*"), or 0."""
    k = next((i for i in range(3, len(seg) - 1) if seg[i].lower in _FROM_PLACE), 0)
    return k if k and seg[k - 1].is_capitalised and not seg[-1].is_capitalised else 0


def _titled_role(seg: list[Token]) -> str:
    """ "The Lagos State Commissioner for Transportation" -> "lagos state commissioner for transportation", "the
    Secretary of State for Defence" -> "secretary of state for defence": a role head before "of"/"for" and the
    field it is for (so that "the commissioner" is the one so introduced); "" for what is no such role."""
    k = next((i for i in range(1, len(seg) - 1) if seg[i].lower in ("of", "for") and _role_head(seg[i - 1])), None)
    if k is not None and k > 2 and seg[0].lower not in _OPENERS and seg[1].lower == "the":
        seg, k = seg[1:], k - 1  # "(written) to the Minister for Transport", "But the Minister ...": the title itself
    verb = any(not t.is_word or (t.lower in CUE_FORMS and not t.is_capitalised) for t in seg)  # (not "State")
    if k is None or seg[0].lower not in _OPENERS or verb:
        return ""
    return " ".join(role_word(t.text) if t.is_capitalised else t.lower for t in seg[1:])


def _role_head(tok: Token) -> bool:
    head = tok.lower
    return head in ROLE_NOUNS or (head.endswith(ROLE_SUFFIXES) and len(head) > 4)


def _add_origin(ent: Entity, text: str, m: Mention) -> None:
    """A party-and-state tag or "of <State>" after the name (or ending it): the state and party added to
    the person's roles."""
    tag = _TAG.match(text, m.end)
    state, party = "", ""
    if tag is not None:
        state = _STATES.get(tag.group(2).lower().replace(".", "").replace(" ", ""), "")
        if not state and tag.group(2).lower() in PLACES:
            state = tag.group(2).lower()  # "R-Texas", "D-Ohio"
        party = _PARTY_LETTERS[tag.group(1).lower()]
    else:
        place = _OF_PLACE.match(text, m.end)
        inner = text.rfind(" of ", m.start, m.end)
        if place is None and inner > m.start:  # (a name run that kept its "of Virginia")
            place = _OF_PLACE.match(text, inner)
            place = place if place is not None and place.end() == m.end else None
        if place is not None and place.group(1).lower() in PLACES:
            state = place.group(1).lower()
    if not state:
        return
    roles = [r for r in ent.roles if state not in r]
    ent.roles.update(f"{state} {r}" for r in roles)
    if party:
        ent.roles.update((f"{state} {party}", party))
