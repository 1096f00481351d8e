"""Organisations by their kind: "the network", "the company", "campaign officials", "the administration".

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a description whose head (or a
modifier) is a kind of organisation. Out: a :class:`~quotelens.speakers.model.SpeakerChoice`.

How:
    the organisation last introduced with that kind before its name ("the agrochemical company
    Monsanto"); else the organisation of that kind ranked over the candidates before; "the campaign" with
    none named is the campaign of the person then in view, "the administration" the sitting president's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.lexicon import CUE_FORMS
from quotelens.speakers.agreement import name_origin_clash
from quotelens.speakers.candidates import no_one_in_particular
from quotelens.speakers.descriptions import Phrase
from quotelens.speakers.labels import anonymous_label
from quotelens.speakers.lexicon import ORG_KIND_NOUNS, common_words, is_first_name, is_surname
from quotelens.speakers.model import Entity, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.orgforward import org_named_after
from quotelens.speakers.owned import OWNED_HEADS, campaigner, political, sitting_president
from quotelens.speakers.ranker import kind_match
from quotelens.speakers.sexes import family_name_first

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver


def org_kind(p: Phrase) -> str | None:
    """The kind of organisation a phrase's modifiers name ("campaign officials", "a committee report")."""
    return next((m for m in reversed(p.modifiers) if m in ORG_KIND_NOUNS), None)


def of_kind(r: Resolver, kind: str, p: Phrase, s: int, e: int) -> SpeakerChoice | None:
    """The organisation of that kind named before (ranked), or the campaign of the person then in view."""
    kp = Phrase("org", p.words, head=kind, modifiers=tuple(m for m in p.modifiers if m != kind))
    choice = r.ranked(r.anaphor(kp, s, e, "org"), Resolution.ALIAS)
    if choice is None and kind == "administration":
        return _administration(r, r.text[s:e], s)
    if choice is not None or OWNED_HEADS.get(kind) != "campaign":
        return choice
    named = [m.entity for m in r.cast.inside(s, e) if r.cast.entities[m.entity].type is SpeakerType.PERSON]
    named = named or _surnamed(r, p)
    owner: SpeakerChoice | None = None
    if named:  # "the Sanders camp"
        owner = SpeakerChoice(named[-1], Resolution.ALIAS, "", 0.8)
    elif _named_by_other(p, kind):
        return None  # ("the Harwick Rovers team": a body of that name, no campaign of the person in view)
    else:
        owner = r.ranked(r.anaphor(Phrase("pronoun", p.words[:1], pronoun="he"), s, e, "he"), Resolution.ALIAS)
    if owner is None or owner.entity is None or not _runs_campaign(r.cast.entities[owner.entity], kind, r.text):
        return None
    name = f"the {r.cast.entities[owner.entity].name.split()[-1]} campaign"
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{r.text[s:e]}” → {name}, the campaign of {r.name(owner.entity)}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, False)


def _named_by_other(p: Phrase, kind: str) -> bool:
    """Does a capitalised word that names no person modify the kind noun ("the Harwick Rovers team")?"""
    return any(w[:1].isupper() and w.lower() != kind for w in p.words[1:])


def _runs_campaign(ent: Entity, kind: str, text: str) -> bool:
    """Could "the <kind>" be the person's campaign? "the campaign" is; "the team", "the aides" only of someone
    introduced in a political role, or with no role in an article about an election (a footballer's team is
    his club, a scientist's team his lab, not a campaign)."""
    politician = any(political(role) for role in ent.roles)
    return kind in ("campaign", "camp") or politician or (not ent.roles and campaigner(ent, text))


def _surnamed(r: Resolver, p: Phrase) -> list[int]:
    """The person whose name is a capitalised word of the phrase where the cast has no mention of it (a
    headline's "Clinton camp", before the body names Hillary Clinton)."""
    for w in p.words:
        owner = r.cast.owner_of_word(w, 0, []) if w[:1].isupper() and w.isalpha() else None
        if owner is not None and owner.type is SpeakerType.PERSON:
            return [owner.id]
    return []


def _administration(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the administration", "administration officials" with none named: the sitting president's."""
    presidents = [e for e in r.cast.entities if e.type is SpeakerType.PERSON and sitting_president(e)]
    if not presidents:
        return None
    president = max(presidents, key=lambda e: (r.cast.count_before(e.id, s), -e.id))
    name = f"the {president.name.split()[-1]} administration"
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {name}: {president.name} is the president"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def organisation(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    """The organisation a description of its kind stands for, or a new one "not named before"."""
    choice = named_organisation(r, p, phrase, s, e)
    if choice is not None:
        return choice
    ent = r.cast.named(anonymous_label(phrase), SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}”: an organisation not named before", 0.5, sure=False)


def named_organisation(
    r: Resolver, p: Phrase, phrase: str, s: int, e: int, forward: bool = True
) -> SpeakerChoice | None:
    """The organisation named before (or, with ``forward``, just after) that a description of its kind stands
    for, or None."""
    choice = introduced_by_kind(r, p.head, phrase, s) if p.head in _INTRODUCED_KINDS else None
    indefinite = bool(p.words) and p.words[0].lower() in ("a", "an")  # "a group of investors": a new one
    choice = choice or (_tail_of_one_name(r, p, phrase, s) if not indefinite else None)
    choice = choice or (_top_court(r, p, phrase, s) if not indefinite else None)
    choice = choice or (of_kind(r, p.head, p, s, e) if p.head and not indefinite else None)
    choice = choice or (_tail_of_one_name(r, p, phrase, s, bare=True) if not indefinite else None)
    choice = choice or (_subject_just_before(r, p, phrase, s) if not indefinite else None)
    choice = choice or (_last_speaker_of_no_kind(r, p, phrase, s) if not indefinite else None)
    choice = choice or (_article_organisation(r, p, phrase, s) if not indefinite else None)
    if forward:
        choice = choice or org_named_after(r, p, phrase, s)  # (speakers/orgforward.py: named just after it)
    return choice if choice is not None and not _dateline_place(r, choice.entity) else None


_TOP = frozenset("apex top highest supreme".split())
_TOP_COURTS = re.compile(r"\b(?:Supreme|Constitutional)\s+Court\b|\bCourt\s+of\s+(?:Final\s+Appeal|Cassation)\b")


def _top_court(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the apex court", "the top court": the supreme or constitutional court named last before, never a lower
    court named nearer ("the Lahore High Court")."""
    if p.head != "court" or _TOP.isdisjoint(m.lower() for m in p.modifiers):
        return None
    for m in r.cast.iter_before(s, limit=200):
        ent = r.cast.entities[m.entity]
        if ent.type is SpeakerType.ORGANISATION and _TOP_COURTS.search(ent.name):
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the top court named", 0.7)
    return None


_DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:[A-Z][\w.]*\s*,?\s*){1,3})?(?:\([^)\n]{1,20}\)\s*)?[—–-]")


def _dateline_place(r: Resolver, entity: int | None) -> bool:
    """Is the entity a dateline's place written in capitals ("SPOKANE, Wash. (AP) -"), named nowhere else? A
    place is no organisation for "the agency" or "the group"."""
    if entity is None or not r.cast.entities[entity].name.isupper():
        return False
    mentions = [m for m in r.cast.mentions if m.entity == entity]
    return bool(mentions) and all(_DATELINE_AFTER.match(r.text, m.end) for m in mentions)


def named_by_its_last_word(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the forum" after "the Hostages and Missing Families Forum": a definite noun of no known kind that
    ends the name of exactly one organisation named before is that organisation."""
    if p.modifiers or not p.head.isalpha() or len(p.words) != 2 or p.words[0].lower() != "the":
        return None
    if not (p.head in common_words() or p.words[-1].islower()) or is_surname(p.head) or is_first_name(p.head):
        return None  # (a plain noun, no one's name: not "the baker" for "John Baker"; "the confederation")
    tail = f" {p.head}"
    ends = [e for e in r.cast.entities if e.name.lower().endswith(tail)]  # (the entities, not every mention)
    ends = [e for e in ends if (starts := r.cast.entity_starts.get(e.id)) and starts[0] < s]
    if len(ends) != 1:
        return None
    ent = ends[0]
    words = ent.name.split()
    if ent.type is SpeakerType.PERSON and (len(words) < 3 or is_first_name(words[0])):
        return None  # (a person's name may end with a plain word; a longer one opening with no first name is a body's)
    if ent.type not in (SpeakerType.PERSON, SpeakerType.ORGANISATION):
        return None
    ent.type = SpeakerType.ORGANISATION  # ("the Riverside Artists Collective ... the collective": no person)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the one name it ends", 0.6, sure=False)


def _tail_of_one_name(r: Resolver, p: Phrase, phrase: str, s: int, bare: bool = False) -> SpeakerChoice | None:
    """ "the weather service" paragraphs after "the National Weather Service": a description whose words
    end the name of exactly one organisation named before, however far back; with ``bare``, a lone head
    too ("the district" after "the Eastmoor City School District"), once no organisation of its kind
    ranks nearer."""
    if (not p.modifiers and not bare) or not all(m.isalpha() for m in p.modifiers) or not p.head.isalpha():
        return None
    tail = " " + " ".join([*p.modifiers, p.head]).lower()
    named = {m.entity for m in r.cast.mentions if m.start < s and m.how in ("name", "short name")}
    ends = [e for e in named if _ends_with(r.cast.entities[e].name.lower(), tail, bare and not p.modifiers)]
    if len(ends) != 1 or r.cast.entities[ends[0]].type not in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
        return None
    ent = r.cast.entities[ends[0]]
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the one name it ends", 0.6, sure=False)


def _ends_with(name: str, tail: str, head_of: bool) -> bool:
    """Does the name end with the words, or (``head_of``) its head before "of" ("Department of Water and
    Sanitation" for "the department")?"""
    return name.endswith(tail) or (head_of and f" {name}".split(" of ", 1)[0].endswith(tail) and " of " in name)


def one_name_of_kind(r: Resolver, kind: str, s: int) -> SpeakerChoice | None:
    """The one organisation named before whose name ends, or is headed, by the kind ("the department")."""
    return _tail_of_one_name(r, Phrase("org", ("the", kind), head=kind), f"the {kind}", s, bare=True)


def _last_speaker_of_no_kind(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the ministry" right after "Manitoba Health, Seniors and Long-Term Care says" spoke: the organisation
    of the report just before (same or previous paragraph), when its name says no kind of its own that
    differs ("the ministry" is never "the Ford Motor Company")."""
    if not r.history or p.head not in ORG_KIND_NOUNS:
        return None
    last = r.history[-1]
    ent = r.cast.entities[last.entity]
    para = r.ctx.paragraph_at(s)  # type: ignore[attr-defined]
    if para - last.paragraph > 1 or not (ent.type is SpeakerType.ORGANISATION or _no_person(ent)):
        return None
    if "news" in p.modifiers:
        return None  # ("the news agency" right after a company spoke: a news outlet, not the company)
    if any(w.lower().rstrip(".") in ORG_KIND_NOUNS for w in ent.name.split()):
        return None  # (an organisation of a named kind the ranked look-up did not take)
    ent.type = SpeakerType.ORGANISATION  # ("Lumora said ... The company says": Lumora is no person)
    path = f"“{phrase}” → {ent.name}, the organisation quoted just before, of no other kind"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def _no_person(ent: Entity) -> bool:
    """A name read as a person's with nothing to say so, of up to three words ("Pacific Summit Electric said")."""
    words = ent.name.split()
    if len(words) != 3 or ent.type is not SpeakerType.PERSON:
        return no_one_in_particular(ent)
    named = any(is_first_name(w) for w in words[:2]) or ent.sex or ent.roles or family_name_first(words)
    return not named and ent.person_evidence < 1.0


def _subject_just_before(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "The ANC hit back. In a statement, the party said": the one organisation named as the subject of the
    sentence (before the description) or of the sentence before, when its name says no other kind. Only for a
    party: a party's name rarely says "Party" (ANC, SNP, Likud), a company's or a university's says its kind."""
    if p.head != "party" or not r.cast.sentences:
        return None
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    lo = r.cast.sentences[max(0, k - 1)].start
    subjects = [m for m in r.cast.inside(lo, s) if m.subject and m.how in ("name", "short name") and not m.in_quote]
    if subjects and any(m.sentence == k for m in subjects):
        subjects = [m for m in subjects if m.sentence == k]  # (the sentence's own subject first)
    found = {m.entity for m in subjects}
    if len(found) != 1:
        return None
    ent = r.cast.entities[found.pop()]
    if ent.type is not SpeakerType.ORGANISATION or any(
        w.lower().rstrip(".") in ORG_KIND_NOUNS and w.lower().rstrip(".") != p.head for w in ent.name.split()
    ):
        return None  # (a "Ford Motor Company" is no party)
    path = f"“{phrase}” → {ent.name}, the organisation the sentence before is about"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def _article_organisation(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "The company said" paragraphs after its last naming, with no organisation in the look-back: the one
    organisation of that kind the article opens with (named in the headline or the first paragraph, as its
    subject or again since), when no other there fits the kind as well ("Halvorsen Semiconductor Inc" is "the
    company")."""
    if ORG_KIND_NOUNS.get(p.head) != "organisation":
        return None
    counts: dict[int, int] = {}
    for m in r.cast.mentions:
        if m.start >= s:
            break
        if m.paragraph <= 1 or m.entity in counts:  # (the lede's subject counts twice: what the article is about)
            counts[m.entity] = counts.get(m.entity, 0) + 1 + int(m.paragraph <= 1 and m.subject)
    kp = r.anaphor(Phrase("org", p.words, head=p.head, modifiers=p.modifiers), s, s + len(phrase), "org")
    orgs = [r.cast.entities[e] for e in counts if r.cast.entities[e].type is SpeakerType.ORGANISATION]
    fit = {ent.id: kind_match(ent, kp) for ent in orgs if not name_origin_clash(ent, kp)}  # (not "the US military")
    best = sorted((f, e) for e, f in fit.items() if f > 0)
    if not best or (len(best) > 1 and best[-2][0] == best[-1][0]) or counts[best[-1][1]] < 2:
        return None
    ent = r.cast.entities[best[-1][1]]
    path = f"“{phrase}” → {ent.name}, the organisation of that kind the article opens with"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


# What a crime story calls the police force it has named ("West Midlands Police said ... The force said")
_POLICE_SOURCES = frozenset(
    [
        "police",
        "the police",
        "the force",
        "detectives",
        "officers",
        "cops",
        "police officers",
        "the detectives",
        "the officers",
        "police detectives",
    ]
)
_POLICE_NAMES = re.compile(
    r"\b(?:police(?: department| service| force| dept)?|constabulary|sheriff['’]s (?:office|department))$"
)


def police_force(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """ "The force", "police", "detectives", "officers": the one police force the article has named before."""
    if phrase.lower() not in _POLICE_SOURCES:
        return None
    forces = {
        m.entity
        for m in r.cast.mentions
        if m.start < s and m.how in ("name", "short name") and _police(r.cast.entities[m.entity])
    }
    if len(forces) != 1:
        return None
    ent = r.cast.entities[forces.pop()]
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {ent.name}, the police force named before", 0.7)


def _police(ent: Entity) -> bool:
    return ent.type is not SpeakerType.PERSON and _POLICE_NAMES.search(ent.name.lower()) is not None


# Kinds an organisation is introduced with before its name ("the agrochemical company Monsanto")
_INTRODUCED_KINDS = frozenset(
    "company firm corporation group organization organisation network channel agency nonprofit charity "
    "foundation union coalition newspaper magazine outlet website site fund party".split()
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NAME_BEFORE_KIND = r"\b([A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&|on)\s+[A-Z][\w&.’'-]*|\s+[A-Z][\w&.’'-]*)*)"
_NAME_AFTER_KIND = r"\s+([A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&|on)\s+[A-Z][\w&.’'-]*|\s+[A-Z][\w&.’'-]*)*)"


def introduced_by_kind(r: Resolver, kind: str, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the company" after "the agrochemical company Monsanto", "the group" after "the conservative group Club
    for Growth" or "Kestrel Partners, an activist group,": the organisation last introduced with that kind."""
    opening = r"(?:\b(?:[Tt]he|[Aa]n?)\s+|^[A-Z][\w-]*\s+)"  # ("Local environmental group X" opens a line)
    intro = re.compile(opening + r"(?:[\w-]+\s+){0,3}?" + kind + r"s?" + _NAME_AFTER_KIND, re.M)
    words = r"\s+(?:[\w-]+\s+){0,3}?" + kind  # ("the company announced": no apposition after "the" with no comma)
    # ("X, the union that represents ...": a relative clause after the kind is apposition too)
    the_kind = r"the" + words + r"(?:\s*,|\s+(?:that|which|whose)\b)"
    apposed = re.compile(_NAME_BEFORE_KIND + r",\s+(?:(?:a|an)" + words + r"\b(?![’'])|" + the_kind + ")")
    found = next(iter(reversed(list(intro.finditer(r.text, max(0, s - 6000), s)))), None)
    before = next(iter(reversed(list(apposed.finditer(r.text, max(0, s - 6000), s)))), None)
    ent_id = _known_tail(r, before.group(1)) if before is not None else None
    org = ent_id is not None and r.cast.entities[ent_id].type is SpeakerType.ORGANISATION
    if before is not None and ent_id is not None and org and (found is None or before.start() > found.start()):
        path = f"“{phrase}” → {r.cast.entities[ent_id].name}, introduced as “{before.group(0).strip()}”"
        return SpeakerChoice(ent_id, Resolution.ALIAS, path, 0.8)
    if found is None:
        return None
    name = re.sub(r"(?:’s|'s|’|')$", "", found.group(1)).rstrip(".")
    key = name.lower().removeprefix("the ")
    ent_id = r.cast.by_key.get(key)
    if ent_id is None:
        return _unread_name(r, kind, phrase, name, found, s)
    ent = r.cast.entities[ent_id]
    if ent.type is SpeakerType.PERSON:
        verb = _WORD_AFTER.match(r.text, found.end())  # ("The company Okonjo Iweala chairs": she chairs it)
        if verb is not None and verb.group(1) not in CUE_FORMS:
            return None
        if ent.sex is not None or is_first_name(ent.name.split()[0]) or len(ent.name.split()) < 2:
            return None  # ("the group Trump met": a person after the kind is no name of it)
        ent.type = SpeakerType.ORGANISATION  # "the environmental group Green Springfield": no person's name
    path = f"“{phrase}” → {ent.name}, introduced as “{found.group(0).strip()}”"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.8)


_MEDIA_KINDS = frozenset("network channel newspaper magazine outlet website site".split())
_ORG_TYPES = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)


def _unread_name(r: Resolver, kind: str, phrase: str, name: str, found: re.Match[str], s: int) -> SpeakerChoice | None:
    """ "a video on the gaming channel Pixelwatch ... the channel said": a name the kind introduces that was read
    as no speaker (only inside a document's phrase) is the organisation, when no organisation is named between
    it and the description and the name is no common word ("the group Thursday")."""
    if all(w.lower() in common_words() for w in name.split()):
        return None
    if any(r.cast.entities[m.entity].type in _ORG_TYPES for m in r.cast.inside(found.end(), s)):
        return None
    ent = r.cast.named(name, SpeakerType.MEDIA if kind in _MEDIA_KINDS else SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {ent.name}, introduced as “{found.group(0).strip()}”"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.7, sure=False)


def _known_tail(r: Resolver, run: str) -> int | None:
    """The entity whose name is the capitalised run, or its longest known tail ("Meanwhile Kestrel Partners")."""
    words = run.split()
    for i in range(len(words)):
        ent_id = r.cast.by_key.get(" ".join(words[i:]).lower())
        if ent_id is not None:
            return ent_id
    return None
