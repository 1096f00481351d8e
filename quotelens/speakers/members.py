"""Unnamed members of an organisation: "campaign officials", "RNC leaders", "a spokesman for Platte River",
"the RNC member".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a description whose head is a
member of an organisation. Out: a :class:`~quotelens.speakers.model.SpeakerChoice`, or None.

How:
    members speak for the organisation named in the phrase or, by its kind, named before, as the
    readings count them; one unnamed member ("the RNC member") or a former one speaks for nobody in
    particular, unless someone was introduced with the organisation in a title or role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.descriptions import KNOWN_NOUNS, Phrase, singular
from quotelens.speakers.lexicon import AFFILIATIONS, ANONYMOUS, ORG_KIND_NOUNS
from quotelens.speakers.model import Mention, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.named import organisation_opening
from quotelens.speakers.orgkinds import of_kind, org_kind
from quotelens.speakers.parties import party_members
from quotelens.speakers.spokespeople import body_named, body_of_kind

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

# Unnamed people who speak for their organisation when its kind is said ("campaign officials")
MEMBERS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor
    advisors staff staffer staffers executive executives strategist strategists operative operatives
    representative representatives leaders analysts economists""".split()
)
_CAPITALISED_RUN = re.compile(r"(?<!^)(?<![\w’'])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")

# One unnamed person of a named organisation: "the RNC member", "The Platte River employee"
UNNAMED_MEMBERS = frozenset("member employee worker volunteer contractor technician".split())
_PERSON_ENDINGS = ("eer", "er", "ist", "ian", "or")  # nouns of people ("engineer", "chemist"), not "account"
# What may follow one unnamed person of an organisation and keep them unnamed ("familiar with the review")
_UNNAMED_POST = ("familiar ", "close to ", "briefed ", "knowledgeable ", "privy ", "who ", "speaking ")
_TITLE_WINDOW = 40  # characters before a person's name in which a title naming the organisation stands
_ONE = frozenset(["a", "an", "one"])
# An administration named ("the Obama administration", "the administration"), not an agency ("Food and Drug
# Administration")
_ADMINISTRATION = re.compile(r"\b(?:[Tt]he|[A-Z][\w’'-]+)\s+administration\b")


def unnamed_member(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "the RNC member", "The Platte River employee", "the former HP executive": one unnamed person of an
    organisation the phrase names speaks for nobody in particular (a former one never speaks for it), unless
    someone was introduced with the organisation in a title or role ("Gawker writer Ashley Feinberg")."""
    former = bool({"former", "ex"} & set(p.modifiers))
    if not p.words or p.words[0].lower() not in ("the", "a", "an") or (p.post and not _unnamed_post(p)):
        return None
    known = p.head in UNNAMED_MEMBERS or (former and p.head in MEMBERS and not p.head.endswith("s"))
    if not (known or _unknown_noun_of_a_name(p)):
        return None
    org = _organisation_named(r, phrase, s, e)
    if org is None:
        return None
    name, word = org
    if not former and p.words[0].lower() == "the" and _introduced_with(r, word, s):
        return None  # ranked as any role description ("an RNC member" is someone new)
    return r.anonymous(phrase, s, f"“{phrase}”: an unnamed {p.head} of {name}, nobody in particular")


def _unnamed_post(p: Phrase) -> bool:
    """Does the phrase's post-modifier keep the person unnamed ("familiar with the review", "who asked ...")?"""
    return f"{p.post} ".lower().startswith(_UNNAMED_POST)


def _unknown_noun_of_a_name(p: Phrase) -> bool:
    """ "a NASA engineer": one person named by a common noun of a person's ending that no word list knows,
    right after a capitalised name (an organisation's, as the caller checks): the noun is the head."""
    head = p.head
    if not head.endswith(_PERSON_ENDINGS) or not head.isalpha() or not head.islower() or head in KNOWN_NOUNS:
        return False
    if singular(head) != head:
        return False
    at = len(p.words) - len(p.post.split()) - 1
    return 2 <= at < len(p.words) and p.words[at] == head and p.words[at - 1][:1].isupper()


def _organisation_named(r: Resolver, phrase: str, s: int, e: int) -> tuple[str, str] | None:
    """(the name, its last written word) of the organisation a phrase names: a mention inside it, or a
    capitalised run that opens the name of one ("The Platte River employee": Platte River Networks)."""
    kinds = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
    orgs = [m for m in r.cast.inside(s, e) if r.cast.entities[m.entity].type in kinds]
    if orgs:
        return r.cast.entities[orgs[-1].entity].name, r.text[orgs[-1].start : orgs[-1].end].split()[-1].lower()
    for run in _CAPITALISED_RUN.finditer(phrase):
        words = run.group().split()
        ent_id = organisation_opening(r, words)
        if ent_id is not None:
            return r.cast.entities[ent_id].name, words[-1].lower()
    return None


def _introduced_with(r: Resolver, word: str, s: int) -> bool:
    """Was a person named before ``s`` with the organisation's word in a title or role ("Gawker.com writer
    Ashley Feinberg", "Jo Hale, an RNC member,")?"""
    for m in r.cast.iter_before(s, limit=400):
        ent = r.cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON or m.how != "name":
            continue
        title = r.text[max(0, m.start - _TITLE_WINDOW) : m.start].lower()
        if word in title.split(".")[-1] or any(word in role.split() for role in ent.roles):
            return True
    return False


def staff_of(r: Resolver, phrase: str) -> SpeakerChoice | None:
    """The organisation whose name (or its opening words) a staff member's phrase holds, when no mention does."""
    for m in _CAPITALISED_RUN.finditer(phrase):
        words = m.group().split()
        key = " ".join(words).lower()
        ent_id = r.cast.by_key.get(key)
        if ent_id is None or r.cast.entities[ent_id].type not in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
            ent_id = organisation_opening(r, words) if len(words) >= 2 else None
        if ent_id is not None:
            ent = r.cast.entities[ent_id]
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.8)
    return None


def members(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "RNC leaders", "campaign officials", "several party officials": the organisation they speak for,
    named in the phrase or of the kind it says."""
    if {"former", "ex"} & set(p.modifiers):  # a former staffer speaks for nobody
        return None
    party = party_members(r, p, phrase, s)  # "Democratic officials", "Party leaders"
    if party is not None:
        return party
    orgs = [m for m in r.cast.inside(s, e) if m.how in ("name", "short name") and _named_org(r, m)]
    if orgs:  # "RNC leaders", "Fox News executives", "Pentagon officials"
        ent = r.cast.entities[orgs[-1].entity]
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speak for {ent.name}", 0.8)
    p = _owner_as_modifier(p)  # "the institute's economists": the institute's kind
    kind = org_kind(p)
    if kind is None:
        return body_named(r, p, phrase, s)  # "a Treasury official", "an ICE spokeswoman"
    if kind == "administration" and p.words[0].lower() in _ONE and not _ADMINISTRATION.search(r.text, 0, s):
        return None  # "a senior administration official" of none named: one unnamed person, no body's voice
    choice = of_kind(r, kind, p, s, e) or body_of_kind(r, p, kind, s)
    if choice is None or choice.entity is None:
        return None
    path = f"“{phrase}” speak for {r.name(choice.entity)}, the {kind} ({choice.path})"
    return SpeakerChoice(choice.entity, Resolution.ALIAS, path, choice.confidence, choice.sure)


def _owner_as_modifier(p: Phrase) -> Phrase:
    """ "the institute's economists" read as "the institute economists": a kind of organisation that owns
    the members is their kind (its possessive ending dropped)."""
    if not any(m.endswith(("’s", "'s")) for m in p.modifiers):
        return p
    bare = tuple(m[:-2] if m.endswith(("’s", "'s")) and m[:-2] in ORG_KIND_NOUNS else m for m in p.modifiers)
    return p._replace(modifiers=bare)


def _named_org(r: Resolver, m: Mention) -> bool:
    """A mention of an organisation by its name (not a party or a people: "Republican officials" speak for no one)."""
    ent = r.cast.entities[m.entity]
    if ent.type not in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
        return False
    written = r.text[m.start : m.end]
    if written.lower() in ORG_KIND_NOUNS:  # "Campaign officials" opening a sentence: a kind, no name
        return False
    return not any(w.lower() in AFFILIATIONS or w.lower() in ANONYMOUS for w in written.split())


def body_of_members(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the governors" after "the Council of Governors" was named: the one body named for them ("the trustees",
    "the Board of Trustees")."""
    if len(p.words) != 2 or p.words[0].lower() != "the" or not p.head.endswith("s") or not p.head.isalpha():
        return None
    tail = f" of {p.head}"
    named = {m.entity for m in r.cast.mentions if m.start < s and m.how in ("name", "short name")}
    bodies = [e for e in named if r.cast.entities[e].name.lower().endswith(tail)]
    if len(bodies) != 1 or r.cast.entities[bodies[0]].type is not SpeakerType.ORGANISATION:
        return None
    ent = r.cast.entities[bodies[0]]
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the body named for them", 0.6, sure=False)
