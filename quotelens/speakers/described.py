"""Descriptions: what "the governor", "the network", "campaign officials" or "the poll" stands for.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source phrase that names
nobody itself (classified by :mod:`quotelens.speakers.descriptions`). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`.

How:
    * "his campaign", "her advisers": the campaign of the person the possessive stands for;
    * a name set off right after the description speaks ("his best friend at Lehigh, Bruce Turry");
    * a role ("the Indiana governor") or a kind of organisation ("the network") is ranked over the
      candidates before it (:mod:`quotelens.speakers.ranker`); "the campaign" with no campaign named
      before is the campaign of the person the article is about then;
    * unnamed members of an organisation of a kind ("campaign officials", "party leaders", "company
      executives") speak for the organisation of that kind named before, as the readings count them;
    * a document is credited to its author organisation: named in the phrase, or by its kind ("a
      campaign ad" is the campaign's), or where it was introduced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.segment import ParagraphRole
from quotelens.speakers import ranker
from quotelens.speakers.descriptions import Phrase, anonymous_label, classify, plural_kind, singular
from quotelens.speakers.documents import INQUIRIES, author_of_document, group_for, inspector_general, unauthored
from quotelens.speakers.forward import introduced_later, named_after
from quotelens.speakers.lexicon import AFFILIATIONS, ANONYMOUS, ORG_KIND_NOUNS, POSSESSIVE_DETERMINERS, ROLE_NOUNS
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.spokespeople import body_named

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
_SUBSET = re.compile(
    r"^(?:one|some|many|several|two|three|four|a\s+few|few|most|all|each)\s+of\s+(?=(?:his|her)\s)", re.I
)
# Unnamed people who speak for their organisation when its kind is said ("campaign officials")
MEMBERS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor
    advisors staff staffer staffers executive executives strategist strategists operative operatives
    representative representatives leaders""".split()
)
_APPOSITION_GAP = re.compile(r"^(?:\s+(?:at|of|for|in|from)\s+[^,.;:“”\"]{1,40})?\s*,\s*$")
# what may follow a name set off after a description: the clause's end, its verb, or where the person works
# ("another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown")
_AFTER_APPOSED_NAME = re.compile(r"[,.]|$| said\b| (?:of|at|from) (?!whom\b|which\b)\w")
_CAPITALISED_RUN = re.compile(r"(?<!^)(?<![\w’'])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")
_BARE_STAFF = frozenset(["aides", "advisers", "advisors", "staffers"])
_STAFF_RANKS = frozenset(["top", "senior", "close", "campaign"])
_PLURAL_DETS = frozenset(["some", "several", "many", "two", "three", "both", "all"])
_ORDINALS = frozenset(["second", "third", "fourth", "fifth"])


def appositive(r: Resolver, e: int) -> SpeakerChoice | None:
    """A name set off right after a description: "his best friend at Lehigh, Bruce Turry"."""
    for m in r.cast.near(e, e + 60):
        if m.start < e or m.how not in ("name", "short name"):
            continue
        between = r.text[e : m.start]
        ends = _AFTER_APPOSED_NAME.match(r.text, m.end) is not None
        if ends and _APPOSITION_GAP.match(between) and r.cast.entities[m.entity].type is SpeakerType.PERSON:
            return r._explicit(m)
        break
    return None


def sitting_president(ent: Entity) -> bool:
    """Introduced as the president (not a former, vice or would-be one)."""
    return any(
        role.split()[-1] == "president" and not {"former", "vice", "then", "ex"} & set(role.split())
        for role in ent.roles
    )


def owned_name(ent: Entity, head: str) -> str:
    """ "the Clinton campaign" for Clinton's aides; a sitting president's aides are his administration."""
    kind = OWNED_HEADS[head]
    if kind == "campaign" and head not in ("campaign", "camp") and sitting_president(ent):
        kind = "administration"
    return f"the {ent.name.split()[-1]} {kind}"


def owned(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "his campaign", "her advisers": the campaign of the person the possessive stands for."""
    pronoun = {"his": "he", "her": "she"}.get(p.words[0].lower()) if p.words else None
    bare = pronoun is None and p.head in _BARE_STAFF and all(w.lower() in _STAFF_RANKS for w in p.words[:-1])
    if (pronoun is None and not bare) or p.head not in OWNED_HEADS:
        return None  # ("aides" alone are the aides of the person in view, as "his aides" are)
    anaphor = r.anaphor(Phrase("pronoun", p.words[:1], pronoun=pronoun or "he"), s, s + 3, pronoun or "he")
    owner = r.ranked(anaphor._replace(sex=None) if bare else anaphor, Resolution.ALIAS)
    if owner is None or owner.entity is None:
        return None
    name = owned_name(r.cast.entities[owner.entity], p.head)
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{phrase}” → {name}: “{p.words[0]}” is {r.name(owner.entity)}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, owner.sure)


def described(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    subset = _SUBSET.match(phrase)  # "one of his senior aides" speaks for what his aides speak for
    choice = owned(r, classify(phrase[subset.end() :]), phrase, s) if subset else owned(r, p, phrase, s)
    if choice is not None:
        return choice
    choice = _named_beside(r, p, phrase, s, e)
    if choice is not None:
        return choice
    if p.cls == "person":
        if _ORDINALS & set(p.modifiers):  # "the second official": one more of them, nobody named
            return r.anonymous(phrase, s, f"“{phrase}”: one more of its kind, nobody in particular")
        anaphor = r.anaphor(p, s, e, "person")
        choice = named_after(r, anaphor) or r.ranked(anaphor, Resolution.ALIAS) or headline_role(r, p, phrase, s, e)
        return choice or r.anonymous(phrase, s, f"“{phrase}”: nobody introduced with that role")
    if p.cls in ("org", "anonymous") and counted_organisations(p):
        return counted_group(r, phrase)
    if p.cls == "org":
        return organisation(r, p, phrase, s, e)
    if p.cls == "document":
        return document(r, p, phrase, s, e)
    if p.cls == "media":
        ent = r.cast.named(anonymous_label(phrase), SpeakerType.MEDIA)
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)
    if p.cls == "spokesperson":
        org = [m for m in r.cast.inside(s, e) if r.cast.entities[m.entity].type is not SpeakerType.PERSON]
        if org:
            ent = r.cast.entities[org[-1].entity]
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.8)
    if p.cls == "group":
        choice = group_before(r, p, phrase, s)
        if choice is not None:
            return choice
    if p.head in MEMBERS:
        choice = members(r, p, phrase, s, e)
        if choice is not None:
            return choice
    return r.anonymous(phrase, s, f"“{phrase}” names nobody in particular")


_COUNTING = frozenset("two three four five six seven eight nine ten eleven twelve dozens several other".split())


def counted_organisations(p: Phrase) -> bool:
    """ "ten other progressive groups", "Eleven progressive and Muslim organizations", "several unions":
    organisations of a kind, counted and not named (no one organisation named before them)."""
    return plural_kind(p.head) and bool(p.words) and p.words[0].lower() in _COUNTING and not p.post


def counted_group(r: Resolver, phrase: str) -> SpeakerChoice:
    """Counted organisations with no name speak as a group of their own, named by the phrase."""
    ent = r.cast.named(anonymous_label(phrase), SpeakerType.GROUP)
    return SpeakerChoice(ent.id, Resolution.GROUP, f"“{phrase}”: organisations not named, a group of its own", 0.6)


def group_before(r: Resolver, p: Phrase, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the groups" after counted organisations spoke ("Eleven progressive organizations said"): that group;
    else the group named together before ("the two lawmakers", "the chairmen")."""
    told = [
        (r.spoken[ent.id][-1], ent.id)
        for ent in r.cast.entities
        if plural_kind(p.head) and ent.type is SpeakerType.GROUP and not ent.members and ent.id in r.spoken
    ]
    if told:
        group_id = max(told)[1]
        return SpeakerChoice(
            group_id, Resolution.GROUP, f"“{phrase}” → {r.name(group_id)}, who spoke before", 0.6, False
        )
    role = singular(p.head) if singular(p.head) in ROLE_NOUNS else ""
    group = group_for(r.cast, phrase, s, [], organisations=plural_kind(p.head), role=role)
    if group is None:
        return None
    return SpeakerChoice(
        group.id, Resolution.GROUP, f"“{phrase}” → {group.name}, named together before", 0.6, sure=False
    )


# One unnamed person of a named organisation: "the RNC member", "The Platte River employee"
UNNAMED_MEMBERS = frozenset("member employee worker volunteer contractor technician".split())
_TITLE_WINDOW = 40  # characters before a person's name in which a title naming the organisation stands


def unnamed_member(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "the RNC member", "The Platte River employee", "the former HP executive": one unnamed person of an
    organisation the phrase names speaks for nobody in particular (a former one never speaks for it), unless
    someone was introduced with the organisation in a title or role ("Gawker writer Ashley Feinberg")."""
    former = bool({"former", "ex"} & set(p.modifiers))
    if not p.words or p.words[0].lower() not in ("the", "a", "an") or p.post:
        return None
    if not (p.head in UNNAMED_MEMBERS or (former and p.head in MEMBERS and not p.head.endswith("s"))):
        return None
    org = _organisation_named(r, phrase, s, e)
    if org is None:
        return None
    name, word = org
    if not former and _introduced_with(r, word, s):
        return None  # ranked as any role description
    return r.anonymous(phrase, s, f"“{phrase}”: an unnamed {p.head} of {name}, nobody in particular")


def _organisation_named(r: Resolver, phrase: str, s: int, e: int) -> tuple[str, str] | None:
    """(the name, its last written word) of the organisation a phrase names: a mention inside it, or a
    capitalised run that opens the name of one ("The Platte River employee": Platte River Networks)."""
    kinds = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
    orgs = [m for m in r.cast.inside(s, e) if r.cast.entities[m.entity].type in kinds]
    if orgs:
        return r.cast.entities[orgs[-1].entity].name, r.text[orgs[-1].start : orgs[-1].end].split()[-1].lower()
    for run in _CAPITALISED_RUN.finditer(phrase):
        words = run.group().split()
        ent_id = r.organisation_opening(words)
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


def _named_beside(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A name set off after the description, the one named soon after it, or the organisation a staff
    member's phrase names."""
    if p.cls in ("person", "anonymous", "spokesperson") and p.words and p.words[0].lower() not in _PLURAL_DETS:
        choice = appositive(r, e) or introduced_later(r, p, phrase, s, e)
        if choice is not None:
            return choice
    if p.cls in ("person", "spokesperson") and p.head in MEMBERS:
        return _staff_of(r, phrase)  # "a spokesman for Platte River" ("the Gawker employee" may be a person)
    return None


def _staff_of(r: Resolver, phrase: str) -> SpeakerChoice | None:
    """The organisation whose name (or its opening words) a staff member's phrase holds, when no mention does."""
    for m in _CAPITALISED_RUN.finditer(phrase):
        words = m.group().split()
        key = " ".join(words).lower()
        ent_id = r.cast.by_key.get(key)
        if ent_id is None or r.cast.entities[ent_id].type not in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
            ent_id = r.organisation_opening(words) if len(words) >= 2 else None
        if ent_id is not None:
            ent = r.cast.entities[ent_id]
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.8)
    return None


def headline_role(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A role in the headline ("Mayor Vows ...", "The governor's plan"): the first person the article
    introduces with that role, since the headline comes before every name."""
    para = r.ctx.paragraphs[r.ctx.paragraph_at(s)]  # type: ignore[attr-defined]
    if para.role is not ParagraphRole.TITLE:
        return None
    anaphor = r.anaphor(p, s, e, "person")
    for m in r.cast.mentions:
        ent = r.cast.entities[m.entity]
        if m.start >= para.end and ent.type is SpeakerType.PERSON and ranker.matched_role(ent, anaphor):
            path = f"“{phrase}” in the headline → {ent.name}, the first introduced as {anaphor.head}"
            return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.7, sure=False)
    return None


def _kind(p: Phrase) -> str | None:
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
    named = [m for m in r.cast.inside(s, e) if r.cast.entities[m.entity].type is SpeakerType.PERSON]
    owner: SpeakerChoice | None = None
    if named:  # "the Sanders camp"
        owner = SpeakerChoice(named[-1].entity, Resolution.ALIAS, "", 0.8)
    else:
        owner = r.ranked(r.anaphor(Phrase("pronoun", p.words[:1], pronoun="he"), s, e, "he"), Resolution.ALIAS)
    if owner is None or owner.entity is None:
        return None
    name = f"the {r.cast.entities[owner.entity].name.split()[-1]} campaign"
    ent = r.cast.named(name, SpeakerType.ORGANISATION)
    path = f"“{r.text[s:e]}” → {name}, the campaign of {r.name(owner.entity)}"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, owner.confidence, False)


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
    choice = introduced_by_kind(r, p.head, phrase, s) if p.head in _INTRODUCED_KINDS else None
    choice = choice or (of_kind(r, p.head, p, s, e) if p.head else None)
    if choice is not None:
        return choice
    ent = r.cast.named(anonymous_label(phrase), SpeakerType.ORGANISATION)
    return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}”: an organisation not named before", 0.5, sure=False)


# Kinds an organisation is introduced with before its name ("the agrochemical company Monsanto")
_INTRODUCED_KINDS = frozenset(
    "company firm corporation group organization organisation network channel agency nonprofit charity "
    "foundation union coalition newspaper magazine outlet website site".split()
)
_NAME_AFTER_KIND = r"\s+([A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&|on)\s+[A-Z][\w&.’'-]*|\s+[A-Z][\w&.’'-]*)*)"


def introduced_by_kind(r: Resolver, kind: str, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the company" after "the agrochemical company Monsanto", "the group" after "the conservative group Club
    for Growth": the organisation last introduced with that kind before its name."""
    intro = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?" + kind + r"s?" + _NAME_AFTER_KIND)
    found = next(iter(reversed(list(intro.finditer(r.text, max(0, s - 6000), s)))), None)
    if found is None:
        return None
    name = re.sub(r"(?:’s|'s|’|')$", "", found.group(1)).rstrip(".")
    key = name.lower().removeprefix("the ")
    ent_id = r.cast.by_key.get(key)
    if ent_id is None or r.cast.entities[ent_id].type is SpeakerType.PERSON:
        return None  # ("the group Trump met": a person after the kind is no name of it)
    ent = r.cast.entities[ent_id]
    path = f"“{phrase}” → {ent.name}, introduced as “{found.group(0).strip()}”"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.8)


def members(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "RNC leaders", "campaign officials", "several party officials": the organisation they speak for,
    named in the phrase or of the kind it says."""
    if {"former", "ex"} & set(p.modifiers):  # a former staffer speaks for nobody
        return None
    orgs = [m for m in r.cast.inside(s, e) if m.how in ("name", "short name") and _named_org(r, m)]
    if orgs:  # "RNC leaders", "Fox News executives", "Pentagon officials"
        ent = r.cast.entities[orgs[-1].entity]
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speak for {ent.name}", 0.8)
    kind = _kind(p)
    if kind is None:
        return body_named(r, p, phrase, s)  # "a Treasury official", "an ICE spokeswoman"
    choice = of_kind(r, kind, p, s, e)
    if choice is None or choice.entity is None:
        return None
    path = f"“{phrase}” speak for {r.name(choice.entity)}, the {kind} ({choice.path})"
    return SpeakerChoice(choice.entity, Resolution.ALIAS, path, choice.confidence, choice.sure)


def _named_org(r: Resolver, m: Mention) -> bool:
    """A mention of an organisation by its name (not a party or a people: "Republican officials" speak for no one)."""
    if r.cast.entities[m.entity].type not in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
        return False
    written = r.text[m.start : m.end]
    if written.lower() in ORG_KIND_NOUNS:  # "Campaign officials" opening a sentence: a kind, no name
        return False
    return not any(w.lower() in AFFILIATIONS or w.lower() in ANONYMOUS for w in written.split())


def document(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    title = r.ctx.paragraphs[r.ctx.paragraph_at(s)].role is ParagraphRole.TITLE  # type: ignore[attr-defined]
    author, why = author_of_document(r.cast, r.text, p, s, e, headline=title)
    kind = _kind(p)
    kept = unauthored(p) and p.words[0].lower() not in POSSESSIVE_DETERMINERS  # not "his campaign records"
    if author is None and kind is not None and not kept:  # "a campaign TV ad": the campaign's
        choice = of_kind(r, kind, p, s, e)
        if choice is not None and choice.entity is not None:
            author, why = choice.entity, f"the {kind}'s {p.head}"
    if p.head in INQUIRIES and author is not None and r.cast.entities[author].type is SpeakerType.ORGANISATION:
        office = inspector_general(r.cast, r.text, author)  # "the report" of an agency's inspector general
        if office is not None:
            author, why = office.id, f"the {p.head} of the inspector general the article names"
    if author is not None:
        ent = r.cast.entities[author]
        return SpeakerChoice(ent.id, Resolution.DOCUMENT, f"“{phrase}” → {ent.name}, {why}", 0.75)
    ent = r.cast.named(anonymous_label(phrase), SpeakerType.DOCUMENT)
    return SpeakerChoice(ent.id, Resolution.DOCUMENT, f"“{phrase}”: a document with no named author", 0.6, sure=False)
