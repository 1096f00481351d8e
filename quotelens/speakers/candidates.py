"""Candidate antecedents: who a pronoun or a description may stand for, with the facts about each.

In: the article's :class:`~quotelens.speakers.mentions.Cast`, the speakers credited so far, and an
:class:`Anaphor` (a source such as "he", "they", "the senator", "the network"). Out: one
:class:`Candidate` per entity mentioned or quoted in the paragraphs before it, nearest first, each
with how recently and how it was mentioned (clause subject, inside a quotation) and whether it was
just quoted. The ranker (:mod:`quotelens.speakers.ranker`) weighs these facts.
"""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from quotelens.segment import Sentence
from quotelens.speakers.agreement import age_of
from quotelens.speakers.askedabout import asked_clause
from quotelens.speakers.descriptions import AGENT_ENDINGS, classify, singular
from quotelens.speakers.lexicon import (
    ANONYMOUS,
    DOCUMENT_NOUNS,
    GENERIC_KINDS,
    GENERIC_ROLES,
    ROLE_NOUNS,
    ROLE_SEX,
    is_first_name,
)
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, SpeakerType
from quotelens.speakers.quoted_names import named_inside
from quotelens.speakers.rolesynonyms import ROLE_SYNONYMS, portfolio_role
from quotelens.speakers.sexes import family_name_first

MAX_PARAGRAPHS_BACK = 4  # paragraphs before the anaphor's own in which candidates are looked for
MAX_CANDIDATES = 12
_LOOK_BACK = 150  # mentions before the anaphor looked at (more than four paragraphs ever hold)
_SPOKES_BACK = 150  # earlier attributions looked at, for the same reason: one huge paragraph stays linear
PERSONAL = frozenset(["he", "she"])
# (tuples: membership by identity, no Python-level enum hashing on this hot path)
COMPATIBLE: dict[str, tuple[SpeakerType, ...]] = {
    "he": (SpeakerType.PERSON,),
    "she": (SpeakerType.PERSON,),
    "person": (SpeakerType.PERSON,),
    "they": (SpeakerType.GROUP, SpeakerType.ORGANISATION, SpeakerType.MEDIA),
    "it": (SpeakerType.ORGANISATION, SpeakerType.MEDIA, SpeakerType.DOCUMENT),
    "org": (SpeakerType.ORGANISATION, SpeakerType.MEDIA),
    "who": (SpeakerType.PERSON, SpeakerType.GROUP, SpeakerType.ORGANISATION, SpeakerType.MEDIA),
}


class Anaphor(NamedTuple):
    """A source that refers back: a pronoun (``cls`` he, she, they, it, who) or a description."""

    start: int
    end: int
    text: str
    cls: str  # he, she, they, it, who, person (a role description), org (a kind description)
    sentence: int
    paragraph: int
    in_quote: bool = False
    opens_sentence: bool = False
    sex: str | None = None
    head: str = ""  # a description's head noun ("governor", "network")
    modifiers: tuple[str, ...] = ()  # its other words ("indiana")


class Spoke(NamedTuple):
    """An attribution already resolved: who spoke where."""

    start: int
    entity: int
    paragraph: int
    nested: bool


@dataclass(slots=True)
class Candidate:
    entity: int
    last: Mention | None = None  # its nearest mention before the anaphor
    mentions: int = 0  # its mentions before the anaphor
    subject_mentions: int = 0
    first_paragraph: int = 10**6
    speaker_rank: int | None = None  # 0: the last speaker, 1: the one before, ...
    speaker_paragraph: int | None = None
    quoted: int = 0  # attributions credited to it in the window
    quoted_all: int = 0  # attributions credited to it before the anaphor in the whole article
    recency_rank: int = 0
    intervening: int = 0  # compatible entities mentioned between its last mention and the anaphor
    chain_last: bool = False  # the nearest "he"/"she" before the anaphor stands for it (the chain goes on)
    paragraph_topic: bool = False  # the subject of the anaphor's paragraph's first sentence


def matched_role(ent: Entity, anaphor: Anaphor) -> str | None:
    """The role the entity was introduced with that the description's head names ("secretary of state");
    or the age it was introduced with ("Lana Rivera, 29," is "the 29-year-old singer")."""
    roles = ent.roles
    if not roles:  # (most people met were introduced with no role: nothing to match)
        return None
    age = age_of(anaphor)
    if age is not None and age in roles:
        return age
    head = anaphor.head
    if not head:
        return None
    # (the first of the roles in sorted order that the head names: the smallest of those that match)
    mods = anaphor.modifiers
    ranks = () if _RANKS.isdisjoint(mods) else tuple(m for m in mods if m in _RANKS)  # (all the memo needs of them)
    found = [r for r in roles if _names_role_of(r, head, ranks)]
    return (found[0] if len(found) == 1 else min(found)) if found else portfolio_role(roles, head, mods)


@lru_cache(maxsize=8192)
def _names_role_of(role: str, head: str, modifiers: tuple[str, ...]) -> bool:
    """Does a description with this head and these modifiers (only its rank words: "vice") name the role?
    Remembered: a long article asks it of every person with a role for each description (a bounded memo,
    by words, not by article)."""
    return any(names_role(role, syn) and not _ranked_apart(role, syn, modifiers) for syn in role_synonyms(head))


# Words that make a role another office: "the chancellor" is not "the shadow chancellor", "the president" not
# "the vice president" (unless the description says so too)
_RANKS = frozenset("shadow deputy vice under lieutenant".split())  # (an associate professor is "the professor")


# Military ranks addressed by their last word: a lieutenant general is "the general", a lieutenant colonel "the
# colonel" (a lieutenant governor is no governor)
_ADDRESSED_BY_LAST = frozenset(["general", "colonel", "commander"])


def _ranked_apart(role: str, words: str, modifiers: tuple[str, ...]) -> bool:
    before = role[: role.find(words)].split()
    if before and before[-1] == "lieutenant" and words in _ADDRESSED_BY_LAST:
        return False
    return bool(before) and before[-1] in _RANKS and before[-1] not in modifiers


def role_synonyms(head: str) -> tuple[str, ...]:
    """The roles a description's head may name: its family ("leader": "president", "chairman"...); "head of the
    bench" also as a role is written, "head of bench" (the article dropped)."""
    synonyms = ROLE_SYNONYMS.get(head, (head,))
    return (*synonyms, head.replace(" of the ", " of ")) if " of the " in head else synonyms


def names_role(role: str, words: str) -> bool:
    """Do the words name the role? "bench" is not "head of bench": the body one heads is not what one is."""
    if words in _LAST_WORD_ONLY and (not role.endswith(words) or role.endswith(f" of {words}")):
        return False  # ("justice minister", "minister of justice": no judge)
    return words in role and has_words(role, words) and not (role.startswith("head of ") and words[:4] != "head")


_LAST_WORD_ONLY = frozenset(["justice"])  # role words that name the role only as its last word


def role_named(roles: set[str], synonyms: tuple[str, ...], head: str) -> bool:
    """Is one of the roles one the synonyms name, or the head noun one of a role's words (past a body's head:
    "head of bench" is no "bench")?"""
    if any(names_role(r, s) for r in roles for s in synonyms):
        return True
    return any(head in (r.split()[:1] if r.startswith("head of ") else r.split()) for r in roles)


def has_words(text: str, words: str) -> bool:
    """ "secretary of state" in "former secretary of state"; "president" not in "presidential nominee"."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] in " s"):
            return True
        at = text.find(words, at + 1)
    return False


def _introduced_earlier(cast: Cast, anaphor: Anaphor, found: dict[int, Candidate]) -> None:
    """People introduced with the description's role anywhere before it ("Judge Berman" ... "the judge")."""
    for ent in cast.entities:
        if ent.id in found or ent.type is not SpeakerType.PERSON or not matched_role(ent, anaphor):
            continue
        last = cast.last_mention(ent.id, anaphor.start)
        if last is not None:
            found[ent.id] = Candidate(ent.id, last=last, mentions=1, first_paragraph=last.paragraph)


def _headline_people(cast: Cast, anaphor: Anaphor, found: dict[int, Candidate]) -> None:
    """The people (for "the company", "the startup": the organisations) the headline names, however far back
    their last mention: who the article is about."""
    for ent in cast.headline_people() if anaphor.cls in PERSONAL else _headline_organisations(cast):
        if ent not in found:
            last = cast.last_mention(ent, anaphor.start)
            if last is not None:
                found[ent] = Candidate(ent, last=last, mentions=1, first_paragraph=last.paragraph)


def _headline_organisations(cast: Cast) -> list[int]:
    """The organisations the headline names ("Ferrowave raises $42M"). The entities the headline names are kept
    per article and read only over those met since the last call (every "the company" asks; the cast grows as
    reports are resolved); their type is read each time (a name may be retyped an organisation meanwhile)."""
    seen, named = _IN_HEADLINE.get(cast, (0, ()))
    entities = cast.entities
    if seen < len(entities):
        named = (*named, *(e.id for e in entities[seen:] if cast.in_headline(e.id)))
        _IN_HEADLINE[cast] = (len(entities), named)
    return [k for k in named if entities[k].type is SpeakerType.ORGANISATION]


_IN_HEADLINE: weakref.WeakKeyDictionary[Cast, tuple[int, tuple[int, ...]]] = weakref.WeakKeyDictionary()


def _quoted_all(
    found: dict[int, Candidate], history: list[Spoke], anaphor: Anaphor, spoken: dict[int, list[int]] | None
) -> None:
    """Each candidate's attributions before the anaphor in the whole article."""
    for ent, c in found.items():
        c.quoted_all = bisect.bisect_left(spoken.get(ent, ()), anaphor.start) if spoken is not None else 0
    if spoken is None:
        for spoke in history:
            if spoke.start < anaphor.start and spoke.entity in found:
                found[spoke.entity].quoted_all += 1


class SentenceIndex:
    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, pos: int) -> int:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k if k > 0 else 0


def compatible(cast: Cast, entity: int, cls: str) -> bool:
    ent = cast.entities[entity]
    if cls in PERSONAL:  # (an unnamed person who spoke is "he" or "she" too: "A nurse ... said. She added ...")
        return (ent.type is SpeakerType.PERSON and not ent.joint) or unnamed_person(ent)
    if cls == "person":
        return ent.type is SpeakerType.PERSON and not ent.joint
    if cls == "it" and no_one_in_particular(ent):
        return True  # ("Eurostat said ... It said": a name read as a person's only because it spoke)
    if cls == "they" and unnamed_plural(ent):
        return True  # "Analysts at ING said ... they wrote": the unnamed sources, not an organisation named before
    return ent.type in COMPATIBLE.get(cls, COMPATIBLE["who"])


def no_one_in_particular(ent: Entity) -> bool:
    """A name of one or two words read as a person's only because it spoke ("Lumora said", "Statistics Canada
    said"): no first name, sex or role says it is one."""
    words = ent.name.split()
    return (
        ent.type is SpeakerType.PERSON
        and len(words) <= 2
        and not (is_first_name(words[0]) or ent.sex or ent.roles or family_name_first(words))
        and ent.person_evidence < 1.0
    )


_ONE = frozenset(["a", "an", "one"])
_ONE_OR_THE = _ONE | {"the"}


def unnamed_person(ent: Entity) -> bool:
    """An unnamed source that is one person: "a nurse at a hospital in Leeds", "an official who ...", "the
    officer in charge"."""
    if ent.type is not SpeakerType.ANONYMOUS:
        return False
    words = ent.name.lower().split()
    if len(words) == 2 and words[0] == "the" and words[1] in ROLE_SEX:
        return True  # "the woman", taken up as the subject of a sentence (speakers/subjects.py)
    if len(words) < 2 or words[0] not in _ONE_OR_THE:
        return False
    head = _head_of(ent.name)
    if words[0] == "the":  # "the officer in charge said ... she said": a role no named person takes up is one too
        # (not "the base chief", a named chief's unlinked description)
        return head in GENERIC_ROLES or head in PEOPLE_NOUNS
    # ("a former Acme scheduler": after a firm's capitalised name; not "a flyer", "a local newspaper")
    agent = head.endswith(AGENT_ENDINGS) and head not in DOCUMENT_NOUNS and _after_a_name(ent.name, head)
    return head in ROLE_NOUNS or head in GENERIC_ROLES or head in PEOPLE_NOUNS or agent


def _after_a_name(name: str, head: str) -> bool:
    """Does a capitalised word (a firm's name) stand right before the head noun in ``name``?"""
    words = name.split()
    at = [w.lower() for w in words].index(head) if head in name.lower().split() else -1
    return at >= 1 and words[at - 1][:1].isupper()


# People an unnamed source may be besides a role: "a neighbor who asked not to be named"
def unnamed_plural(ent: Entity) -> bool:
    """An unnamed source of several people: "analysts at ING", "two diplomats", "researchers at Stanford"."""
    if ent.type is not SpeakerType.ANONYMOUS:
        return False
    head = _head_of(ent.name)
    if head in _PLURAL_PEOPLE:
        return True
    return head.endswith("s") and head not in _NO_PEOPLE and (head in ANONYMOUS or singular(head) in ROLE_NOUNS)


_PLURAL_PEOPLE = frozenset(["people", "men", "women"])
_NO_PEOPLE = frozenset(["polls", "surveys"])
PEOPLE_NOUNS = frozenset(
    "neighbor neighbour witness bystander passenger patient parent friend relative customer shopper villager "
    "survivor victim local".split()
)


@lru_cache(maxsize=1024)
def _head_of(label: str) -> str:
    """The head :func:`classify` reads (a known noun before trailing participles or adverbs), not
    :func:`~quotelens.speakers.descriptions.head_word`'s last word before the post-modifier: the two differ
    on a few train articles, and the golden digests pin this one."""
    return classify(label).head.lower()


def _speakers_before(found: dict[int, Candidate], history: list[Spoke], anaphor: Anaphor, low_paragraph: int) -> None:
    """Who spoke in the window before the anaphor: how often, and in which order (the last speaker first)."""
    rank = 0
    seen: set[int] = set()
    looked = 0
    for spoke in reversed(history):
        if spoke.start >= anaphor.start or spoke.nested:
            continue
        looked += 1
        if spoke.paragraph < low_paragraph or looked > _SPOKES_BACK:
            break
        c = found.get(spoke.entity)
        if c is None:
            c = found[spoke.entity] = Candidate(spoke.entity)
        c.quoted += 1
        if spoke.entity not in seen:
            seen.add(spoke.entity)
            c.speaker_rank = rank if c.speaker_rank is None else c.speaker_rank
            c.speaker_paragraph = spoke.paragraph if c.speaker_paragraph is None else c.speaker_paragraph
            rank += 1


def _told(text: str, m: Mention) -> bool:
    """Is the mention the outlet or body someone "told" ("Osei told TechCrunch")? Whom a speaker talks to is
    not what "the startup" or "the company" stands for."""
    return text.endswith(("told ", "told the "), max(0, m.start - 9), m.start)


def gather(
    cast: Cast,
    history: list[Spoke],
    anaphor: Anaphor,
    spoken: dict[int, list[int]] | None = None,
    own: tuple[tuple[int, int], ...] = (),
) -> list[Candidate]:
    """Entities mentioned or quoted in the anaphor's paragraph and the few before it, nearest first.

    ``spoken`` (entity -> sorted starts of its attributions in ``history``) saves a pass over history.
    ``own``: the content of the report whose source the anaphor is; whoever is named in its quotation is
    not who says it ("'Dana Whitcomb has voted against you,' the former secretary of state said")."""
    found: dict[int, Candidate] = {}
    low_paragraph = anaphor.paragraph - MAX_PARAGRAPHS_BACK
    pronoun_seen = False
    topic: tuple[int, int] | None = None  # (sentence, entity) of the paragraph's earliest subject so far
    asked_from = asked_clause(cast, anaphor)
    for m in cast.iter_before(anaphor.start, limit=_LOOK_BACK):
        if m.paragraph < low_paragraph:
            break
        if (m.start < anaphor.end and m.end > anaphor.start) or (anaphor.cls == "org" and _told(cast.text, m)):
            continue
        if m.start >= asked_from:
            continue  # "Asked who would replace Sandvoll, the coach said": the one asked about does not answer
        c = found.get(m.entity)
        if c is None:
            c = found[m.entity] = Candidate(m.entity, last=m)
        c.mentions += 1
        c.subject_mentions += int(m.subject)
        if m.paragraph < c.first_paragraph:
            c.first_paragraph = m.paragraph
        if not pronoun_seen and m.how == "pronoun" and cast.text[m.start : m.end].lower() == anaphor.cls:
            pronoun_seen = c.chain_last = True  # (the same pronoun: "he" continues the chain of the last "he")
        if m.subject and m.paragraph == anaphor.paragraph and not m.in_quote:
            topic = (m.sentence, m.entity)
    if topic is not None and topic[0] < anaphor.sentence:
        found[topic[1]].paragraph_topic = True
    if anaphor.cls == "person" and anaphor.head:
        _introduced_earlier(cast, anaphor, found)
    if anaphor.cls in PERSONAL or (anaphor.cls == "org" and anaphor.head in GENERIC_KINDS):
        _headline_people(cast, anaphor, found)
    _speakers_before(found, history, anaphor, low_paragraph)
    _quoted_all(found, history, anaphor, spoken)
    named = named_inside(cast, own) if own else ()
    cands = [c for c in found.values() if c.entity not in named and compatible(cast, c.entity, anaphor.cls)]
    cands.sort(key=lambda c: -(c.last.start if c.last else -1))
    for n, c in enumerate(cands):
        c.recency_rank = n
        c.intervening = n
    return cands[:MAX_CANDIDATES]
