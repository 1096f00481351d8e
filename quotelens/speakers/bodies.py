"""The body a spokesperson's phrase names after "for": "a spokesperson for Lumora", "a spokesman for the
governor's office".

In: the resolver and a spokesperson's phrase whose post-modifier names no organisation of the article. Out: the
organisation the words name, or None.

How:
    A capitalised name after "for", "of" or "at" is a body of that name unless it is a person's name, a
    party, a title or a role ("a spokesman for Warren", "for the First Minister" stay unnamed); the office of a
    role in lower case ("for the mayor's office", "the county attorney's office") is an organisation named by
    those words, which the readings credit with what its unnamed spokespeople say.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.lexicon import AFFILIATIONS, PERSON_TITLES, ROLE_NOUNS, is_first_name
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_FOR_A_NAME = re.compile(r"^(?:for|of|at) (?:the )?([A-Z][\w&’'.-]*(?: (?:of|and|for|&|[A-Z][\w&’'.-]*))*)$")
_FOR_AN_OFFICE = re.compile(r"^(?:for|of|at|in) the ((?:[a-z-]+ ){0,2}([a-z-]+)['’]s office)$")


def for_a_named_body(r: Resolver, p: Phrase, phrase: str) -> SpeakerChoice | None:
    """ "a spokesperson for Lumora", where no name of the article stands: the body of that name, an
    organisation (not a person's name, a place or a nationality: "a spokesman for Warren" stays unnamed);
    or the office of a role ("a spokesperson for the mayor's office")."""
    named = _FOR_A_NAME.match(p.post)
    if named is None or named.group(1).split()[-1] in ("of", "and", "for", "&"):
        return _office_of_a_role(r, p, phrase)
    name = named.group(1)
    first, last = (w.lower().rstrip(".") for w in (name.split()[0], name.split()[-1]))
    if is_first_name(first) or first in AFFILIATIONS or first in PERSON_TITLES or last in ROLE_NOUNS:
        return None  # (nor an office: "a spokesman for the First Minister" speaks for a person)
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    if ent.type is not SpeakerType.ORGANISATION:
        return None
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.7, False)


def _office_of_a_role(r: Resolver, p: Phrase, phrase: str) -> SpeakerChoice | None:
    """ "a spokeswoman for the governor's office": the office, an organisation named by its words (the role's
    holder is a person, but the office is the body whose spokespeople speak for it)."""
    office = _FOR_AN_OFFICE.match(p.post)
    if office is None or office.group(2) not in ROLE_NOUNS:
        return None
    ent = r.cast.named(office.group(1), SpeakerType.ORGANISATION)
    if ent.type is not SpeakerType.ORGANISATION:
        return None
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.7, False)
