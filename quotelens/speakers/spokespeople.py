"""Unnamed spokespeople of a body the phrase names: "a Treasury official", "an ICE spokeswoman".

In: the resolver and a source phrase with a spokesperson's head and no name of its own. Out: the
organisation the phrase names, which the readings credit with what its unnamed spokespeople and
officials say (None when the phrase names no organisation).

How:
    The capitalised words between the determiner and the head name the body ("a senior *White House*
    official"), unless they are a party, a nationality, a place, a title or a person of the article
    ("A Warren spokesman" is no body's); a foreign nationality names its government ("a Mexican
    official": the Mexican government; U.S. officials are many bodies). An organisation of the article whose name
    holds those words is the body; else the body is named by the words themselves ("Treasury", "ICE").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase, singular
from quotelens.speakers.joint import group_for
from quotelens.speakers.lexicon import (
    AFFILIATIONS,
    NATIONALITIES,
    ORG_KIND_NOUNS,
    PERSON_TITLES,
    ROLE_NOUNS,
    common_words,
    is_first_name,
)
from quotelens.speakers.model import Entity, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.orgkinds import one_name_of_kind
from quotelens.speakers.sexes import family_name_first

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

SPOKES_HEADS = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials representative representatives".split()
)
_ON_RECORD = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople"])
_OPENERS = frozenset(["a", "an", "one", "the"])
_ORGS = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_UNNAMED_POST = ("who ", "familiar ", "speaking ")  # "a Mexican official who was not authorized to speak"
_HOME = frozenset(["u.s", "us", "american"])  # the writers' own officials are many bodies, none in particular


def body_named(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """The organisation an unnamed spokesperson's phrase names (see the module docstring), or None."""
    undetermined = p.words[:1] != () and p.words[0].lower().rstrip(".") in NATIONALITIES  # "Mexican officials"
    if p.head not in SPOKES_HEADS or len(p.words) < 2 or not (undetermined or p.words[0].lower() in _OPENERS):
        return None
    if p.post and not p.post.lower().startswith(_UNNAMED_POST):
        return None  # "an official of the agency": named after (resolved elsewhere)
    between = list(p.words[0 if undetermined else 1 : len(p.words) - len(p.post.split()) - 1])
    while between and not between[0][:1].isupper():
        between.pop(0)  # "a senior White House official"
    if not between or not all(w[:1].isupper() for w in between):
        return None
    words = [w.lower().rstrip(".") for w in between]
    if len(words) == 1 and words[0] in NATIONALITIES and words[0] not in _HOME:  # "a Mexican official"
        ent = r.cast.named(f"the {between[0]} government", SpeakerType.ORGANISATION)
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.7)
    if any(w in AFFILIATIONS or w in PERSON_TITLES for w in words) or is_first_name(between[0]):
        return None
    owner = r.cast.owner_of_word(between[-1], s, [])
    if owner is not None and owner.type is SpeakerType.PERSON:
        if _opens_a_body_taken_for_a_person(owner.name.split(), between):
            owner.type = SpeakerType.ORGANISATION  # what has a spokesperson is a body, however it was typed
            return SpeakerChoice(owner.id, Resolution.ALIAS, f"“{phrase}” speaks for {owner.name}", 0.6, False)
        return None  # "a Warren spokesman": a person's, not a body's
    found = [e for e in r.cast.entities if e.type in _ORGS and set(words) <= set(e.name.lower().split())]
    ent = found[0] if len(found) == 1 else r.cast.named(" ".join(between), SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.75)


def _opens_a_body_taken_for_a_person(parts: list[str], between: list[str]) -> bool:
    """ "A Halvorsen spokesperson" after "Halvorsen Brewing": the words open a longer name whose first word is no
    one's first name, nor a family name written first; a person's spokesman is named by the last name
    ("A Warren spokesman"), a body's by the first words of its name (or all of it, of two words or more)."""
    whole = len(parts) == len(between) >= 2  # ("A Velmar Rowing official": the whole name, no surname)
    if (len(parts) <= len(between) and not whole) or parts[: len(between)] != between or is_first_name(parts[0]):
        return False
    return not family_name_first(parts) and not any(w.lower().rstrip(".") in PERSON_TITLES for w in parts)


def retype_as_a_body(r: Resolver, entity: int) -> Entity | None:
    """ "a spokesperson for Delmere Cement" where "Delmere Cement" was taken for a person: the entity, retyped an
    organisation, when :func:`is_a_body_taken_for_a_person`; else None, and nothing changes."""
    ent = r.cast.entities[entity]
    if not is_a_body_taken_for_a_person(ent):
        return None
    ent.type = SpeakerType.ORGANISATION  # what has a spokesperson is a body, however it was typed
    return ent


def is_a_body_taken_for_a_person(ent: Entity) -> bool:
    """Is a person's entity a body's: a name of two words or more whose first word is no first name (nor a family
    name written first, nor a title) and whose last is a common noun, no surname ("Cement", "Power"), given no
    person's title, role or pronoun ("Councillor Tendai Field", "a spokesman for Nell Vardy": people)?"""
    if ent.type is not SpeakerType.PERSON or ent.person_evidence >= 1 or ent.roles or ent.sex or ent.said_sex:
        return False
    return named_as_a_body(ent.name)


def named_as_a_body(name: str) -> bool:
    """Is the name a body's though it was taken for a person's (see :func:`is_a_body_taken_for_a_person`)?"""
    parts = name.split()
    if len(parts) < 2 or is_first_name(parts[0]) or family_name_first(parts):
        return False
    return parts[-1].lower() in common_words() and not any(w.lower().rstrip(".") in PERSON_TITLES for w in parts)


_OFFICIALS = re.compile(r"\b([A-Z][a-z]+)\s+(?:government\s+)?(?:officials|diplomats|authorities)\b")
_THEY_BACK = 400  # characters before "they" in which a foreign government's officials were the last named


def officials_before(r: Resolver, s: int) -> SpeakerChoice | None:
    """ "Mexican officials conducted polling ... The outreach, they said, ...": a "they" nothing named before
    it stands for is the government whose officials the text spoke of last, just before it; or the people a
    counted description opening the sentence before stands for ("The two women sat together. They said")."""
    found = list(_OFFICIALS.finditer(r.text, max(0, s - _THEY_BACK), s))
    word = found[-1].group(1) if found else ""
    if word.lower() not in NATIONALITIES or word.lower() in _HOME:
        return _counted_subject_before(r, s)
    ent = r.cast.named(f"the {word} government", SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.PRONOUN, f"“they” → {ent.name}: its officials, named just before", 0.6)


# A counted description of people opening a sentence: "The two women", "Both co-founders", "The three engineers"
_COUNTED = re.compile(
    r"(?:^|[.!?”\"]\s+)((?:The|Both|All)\s+(?:two|three|four|five|both)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+(?:s|men|people)))\b"
)


def _counted_subject_before(r: Resolver, s: int) -> SpeakerChoice | None:
    """The group of people named before that "the two women" opening the sentence just before stands for."""
    found = list(_COUNTED.finditer(r.text, max(0, s - 200), s))
    if not found or re.search(r"[.!?]\s", r.text[found[-1].end() : s].rstrip()) is not None:
        return None  # (only the sentence right before)
    phrase, head = found[-1].group(1), found[-1].group(2)
    role = singular(head) if singular(head) in ROLE_NOUNS else ""
    group = group_for(r.cast, phrase, found[-1].start(1), [], role=role)
    if group is None:
        return None
    return SpeakerChoice(group.id, Resolution.GROUP, f"“they” → {group.name}: “{phrase}” just before", 0.6, False)


def body_of_kind(r: Resolver, p: Phrase, kind: str, s: int) -> SpeakerChoice | None:
    """ "a council spokesperson" paragraphs after "Ōtaraua District Council" was named: when no organisation
    of the kind ranks near, the one organisation named before whose name ends, or is headed, by the kind
    (as "a spokesperson for the council" is). Only a spokesperson, who speaks for the body by trade, with
    nothing after ("a ministry official who asked not to be named" speaks for nobody in particular)."""
    if p.head not in _ON_RECORD or p.post:
        return None
    return _named_in_sentence(r, kind, s) or one_name_of_kind(r, kind, s)


def _named_in_sentence(r: Resolver, kind: str, s: int) -> SpeakerChoice | None:
    """ "Northgate United declined to comment, but a club spokesman said": the one organisation named earlier in
    the spokesperson's own sentence, its subject, when its name says no other kind ("a club spokesman" is no
    "Bank"'s)."""
    sentence = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    named: dict[int, bool] = {}
    for m in r.cast.iter_before(s, limit=12):
        if m.sentence != sentence:
            break
        if m.how in ("name", "short name") and not m.in_quote and r.cast.entities[m.entity].type in _ORGS:
            named[m.entity] = m.subject
    if len(named) != 1 or not next(iter(named.values())):
        return None
    ent = r.cast.entities[next(iter(named))]
    if {w.lower().rstrip(".") for w in ent.name.split()} & (frozenset(ORG_KIND_NOUNS) - {kind}):
        return None
    path = f"a {kind}'s spokesperson → {ent.name}, named before in the sentence"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, False)
