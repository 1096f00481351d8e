"""A person's campaign or administration: "his campaign", "her advisers", "Hillary Clinton's team".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source phrase whose head only
people have (a campaign, aides, a spokesman). Out: the organisation entity "the Clinton campaign" (or
"the Obama administration" for a sitting president's aides), made when missing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase, classify
from quotelens.speakers.lexicon import ROLE_NOUNS
from quotelens.speakers.model import Entity, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

PEOPLES_ONLY = frozenset(["officials", "strategists", "operatives", "surrogates"])  # "Clinton officials", not "U.S."
OWNED_HEADS = {
    "campaign": "campaign",
    "camp": "campaign",
    "team": "campaign",
    "administration": "administration",
    **dict.fromkeys(["aides", "advisers", "advisors", "staff", "staffers", "spokesman", "spokeswoman"], "campaign"),
    **dict.fromkeys(PEOPLES_ONLY, "campaign"),
}
_POLITICAL = frozenset(
    "candidate nominee senator governor president congressman congresswoman lawmaker mayor representative hopeful "
    "contender incumbent challenger frontrunner front-runner republican democrat minister leader premier chancellor "
    "secretary politician mp".split()
)
_ONE_PERSON = frozenset(["spokesman", "spokeswoman"])
_BARE_STAFF = frozenset(["aides", "advisers", "advisors", "staffers"])
_STAFF_RANKS = frozenset(["top", "senior", "close", "campaign"])


def sitting_president(ent: Entity) -> bool:
    """Introduced as the president (not a former, vice or would-be one)."""
    return any(
        role.split()[-1] == "president" and not {"former", "vice", "then", "ex"} & set(role.split())
        for role in ent.roles
    )


_ELECTORAL = re.compile(
    r"\b(?:campaign|campaigns|elections?|electoral|primary|primaries|caucus(?:es)?|candidates?|nominee|nomination|"
    r"voters|ballot|conventions?|delegates|rall(?:y|ies)|republicans?|democrats?|GOP)\b",
    re.I,
)


@lru_cache(maxsize=8)
def _electoral(text: str) -> bool:
    """Is the article about an election or party politics?"""
    return _ELECTORAL.search(text) is not None


def campaigner(ent: Entity, text: str) -> bool:
    """Could the person run a campaign: introduced in a political role, or named in an article about an
    election (a scientist's "team" or a banker's "advisers" are no campaign)."""
    return any(political(role) for role in ent.roles) or _electoral(text)


def political(role: str) -> bool:
    """Is the role a political one ("the Democratic senator", "former secretary of state")?"""
    return not _POLITICAL.isdisjoint(role.split())


def owned_name(ent: Entity, head: str) -> str:
    """ "the Clinton campaign" for Clinton's aides; a sitting president's aides are his administration."""
    kind = OWNED_HEADS[head]
    if kind == "campaign" and head not in ("campaign", "camp") and sitting_president(ent):
        kind = "administration"
    if head == "camp" and ent.roles and not any(political(role) for role in ent.roles):
        kind = "camp"  # "Jamie's camp" of a footballer: his people, no campaign
    return f"the {ent.name.split()[-1]} {kind}"


def owned(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "his campaign", "her advisers": the campaign of the person the possessive stands for."""
    if _role_possessor(p) is not None:
        return _owned_by_role(r, p, phrase, s)
    if p.post.startswith("to ") and p.head in _BARE_STAFF:
        return _staff_to(r, phrase, s)
    pronoun = {"his": "he", "her": "she"}.get(p.words[0].lower()) if p.words else None
    if pronoun is not None and len(p.words) == 2 and p.head == "ministry":
        return _ministers_ministry(r, pronoun, phrase, s)
    bare = pronoun is None and p.head in _BARE_STAFF and all(w.lower() in _STAFF_RANKS for w in p.words[:-1])
    if (pronoun is None and not bare) or p.head not in OWNED_HEADS:
        return None  # ("aides" alone are the aides of the person in view, as "his aides" are)
    anaphor = r.anaphor(Phrase("pronoun", p.words[:1], pronoun=pronoun or "he"), s, s + 3, pronoun or "he")
    owner = r.ranked(anaphor._replace(sex=None) if bare else anaphor, Resolution.ALIAS)
    if owner is None or owner.entity is None:
        return None
    if bare and not campaigner(r.cast.entities[owner.entity], r.text):
        return None  # ("Fiona Blake spoke. The advisers argue": no campaign of a banker's)
    name = owned_name(r.cast.entities[owner.entity], p.head)
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {name}: “{p.words[0]}” is {r.name(owner.entity)}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, owner.sure)


def _ministers_ministry(r: Resolver, pronoun: str, phrase: str, s: int) -> SpeakerChoice | None:
    """ "her ministry" of the one introduced as "Labour Minister": the labour ministry, a body of its own."""
    anaphor = r.anaphor(Phrase("pronoun", (pronoun,), pronoun=pronoun), s, s + len(pronoun), pronoun)
    owner = r.ranked(anaphor, Resolution.ALIAS)
    if owner is None or owner.entity is None:
        return None
    roles = sorted(role for role in r.cast.entities[owner.entity].roles if re.fullmatch(r"[a-z]+ minister", role))
    if len(roles) != 1:
        return None  # (a minister of no portfolio, or of two: which ministry is not said)
    name = roles[0].removesuffix("minister") + "ministry"
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {name}: “{phrase.split()[0]}” is {r.name(owner.entity)}, the {roles[0]}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, owner.sure)


def _role_possessor(p: Phrase) -> str | None:
    """The role that owns "the senator's advisers" or "the candidate's campaign" ("senator"), or None."""
    if len(p.words) != 3 or p.words[0].lower() != "the" or p.head not in OWNED_HEADS or p.head in _ONE_PERSON:
        return None  # ("the congressman's spokesman": someone introduced as the spokesman, if any)
    word = p.words[1].lower()
    role = word[:-2] if word.endswith(("'s", "’s")) else None
    return role if role in ROLE_NOUNS else None


def _owned_by_role(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the senator's advisers": the campaign of the one "the senator" stands for."""
    role = f"the {_role_possessor(p)}"
    owner = r.ranked(r.anaphor(classify(role), s, s + len(role), "person"), Resolution.ALIAS)
    if owner is None or owner.entity is None or r.cast.entities[owner.entity].type is not SpeakerType.PERSON:
        return None
    name = owned_name(r.cast.entities[owner.entity], p.head)
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {name}: “{role}” is {r.name(owner.entity)}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, owner.sure)


def _staff_to(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """ "advisers to Clinton", "aides to Senator Dana Whitcombe": the campaign of the person named after "to"."""
    at = phrase.find(" to ")
    people = [
        m
        for m in r.cast.inside(s + at, s + len(phrase))
        if m.how in ("name", "short name") and r.cast.entities[m.entity].type is SpeakerType.PERSON
    ]
    if not people:
        return None
    owner = r.cast.entities[people[0].entity]
    ent = r.cast.named(owned_name(owner, "advisers"), SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}: the staff of {owner.name}", 0.75)
