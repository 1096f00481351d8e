"""Which candidates a role description may be ("the governor" is the one introduced as governor, if any), or
nobody named (moved out of ranker.py, which ranks what is left)."""

from __future__ import annotations

import re

from quotelens.speakers.agreement import origin_clash
from quotelens.speakers.candidates import Anaphor, Candidate, matched_role
from quotelens.speakers.lexicon import GENERIC_ROLES
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity

# modifiers that date a role rather than say whose it is ("the former official" is still "an official")
TIME_MODIFIERS = frozenset(["former", "new", "top", "current"])
_OF_SOMEWHERE = re.compile(r"\bof\s+(?:the\s+)?(?:\S+\s+){2,}")  # "... of the state of New York" (4+ words)
# an anonymity clause right after a description: "the official, who asked not to be named,", "the aide, who spoke on
# condition of anonymity", "the officer, who was not authorized to speak publicly"
_UNNAMED_AFTER = re.compile(
    r",\s+(?:who\s+)?(?:asked|requested|requesting|asking|declined|spoke|speaking|(?:was|is|were)\s+not)\b"
    r"[^.,;]{0,40}?\b(?:anonymity|named|identified|authori[sz]ed)\b"
)


def described_person(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate] | None:
    """The candidates a role description may be ("the governor" is the one introduced as governor, if any); None
    when it is nobody named."""
    if _UNNAMED_AFTER.match(cast.text, anaphor.end):
        return None  # "The official, who asked not to be named, said": someone unnamed, not a minister named before
    introduced = [c for c in cands if matched_role(cast.entities[c.entity], anaphor)]
    if not introduced and anaphor.head in GENERIC_ROLES and set(anaphor.modifiers) <= TIME_MODIFIERS:
        return None  # "the (former) official", "the aide": the unnamed one of a sentence before, nobody named
    if not introduced and _OF_SOMEWHERE.search(anaphor.text):
        return None  # "the attorney general of the state of New York": an office no one named was given
    if not introduced and _described_just_before(cast.text, anaphor):
        return None  # "he told the judge he ... The judge denied the request": that unnamed judge, not the one told
    if not introduced and anaphor.head.endswith("-elect"):  # "the governor-elect": the one declared the winner
        won = [c for c in cands if _won(cast, c.entity, anaphor.start)]
        introduced = won if len(won) == 1 else []
    if len(introduced) > 1:  # "the Cheongju lawmaker": of two lawmakers, the one introduced as from Cheongju
        own = [c for c in introduced if _modifier_named(cast.entities[c.entity], anaphor)]
        introduced = own if len(own) == 1 else introduced
    cands = introduced or cands
    same_origin = [c for c in cands if not origin_clash(cast.entities[c.entity], anaphor)]
    cands = same_origin or cands
    if "former" in anaphor.modifiers:  # "the former secretary of state" is the one introduced as former
        former = [c for c in cands if "former" in (matched_role(cast.entities[c.entity], anaphor) or "")]
        if not former and anaphor.head in GENERIC_ROLES:
            return None  # "the former official": nobody named was introduced as former, so the unnamed one
        cands = former or cands
    elif introduced:  # "the commissioner" is the current one, when one was introduced beside "the former" one
        current = [c for c in cands if "former" not in (matched_role(cast.entities[c.entity], anaphor) or "")]
        cands = current or cands
    return cands


def _described_just_before(text: str, anaphor: Anaphor) -> bool:
    """Does the same description ("the judge") come in the few sentences before it, as someone no named person
    was introduced as?"""
    phrase = text[anaphor.start : anaphor.end].lower()
    if not phrase.startswith("the ") or len(phrase.split()) > 3:
        return False
    lo = max(0, anaphor.start - _DESCRIBED_BACK)
    window = text[lo : anaphor.start].lower()
    at = window.find(phrase)
    while at >= 0:
        if (at == 0 or not window[at - 1].isalnum()) and not text[lo + at + len(phrase)].isalnum():
            return True
        at = window.find(phrase, at + 1)
    return False


_DESCRIBED_BACK = 400  # characters: the sentence or two before


def _won(cast: Cast, entity: int, before: int) -> bool:
    """Is the person said to have won before ``before`` ("declared Jane Roe the winner", "Roe won the race")?"""
    text = cast.text
    for start in cast.entity_starts.get(entity, ()):
        if start >= before:
            break
        end = text.find(".", start, start + 200)
        rest = text[start : end if end >= 0 else start + 200]
        declared = _DECLARED.search(text, max(0, start - 30), start) is not None and " the winner" in rest
        if declared or _WON.match(rest) is not None:
            return True
    return False


_DECLARED = re.compile(r"\b(?:declared|named|projected|confirmed)\s+(?:[A-Z][\w.-]*\s+){0,2}$")
# (the name's capitalised words, an apposition, then the verb: "Jane Roe, a former mayor, won")
_WON = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:,[^,.]{0,80},)?\s+(?:won|has won|had won|was elected)\b"
)


def _modifier_named(ent: Entity, anaphor: Anaphor) -> bool:
    """Does a capitalised modifier of the description, a place's or a body's name, come in the person's roles
    ("first-term lawmaker from cheongju" for "the Cheongju lawmaker")? (Not a plain word: "the Quebec health
    minister" is no more the "health minister" of another province than the minister of Quebec.)"""
    names = {w.lower() for w in anaphor.text.split()[1:] if w[:1].isupper()}
    mods = [m for m in anaphor.modifiers if m in names]
    return bool(mods) and any(m in role.split() for role in ent.roles for m in mods)
