"""Descriptions: what "the governor", "the network", "campaign officials" or "the poll" stands for.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source phrase that names
nobody itself (classified by :mod:`quotelens.speakers.descriptions`). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`.

How:
    * "his campaign", "her advisers": the campaign of the person the possessive stands for
      (:mod:`quotelens.speakers.owned`);
    * a name set off right after the description speaks ("his best friend at Lehigh, Bruce Turry");
    * a role ("the Indiana governor") or a kind of organisation ("the network") is ranked over the
      candidates before it (:mod:`quotelens.speakers.ranker`, :mod:`quotelens.speakers.orgkinds`);
    * unnamed members of an organisation ("campaign officials", "party leaders") speak for it
      (:mod:`quotelens.speakers.members`);
    * counted organisations with no name are a group of their own; "the groups" the group named before;
      "one of the officials", "the pair" after unnamed people spoke (these plurals live in
      :mod:`quotelens.speakers.described_plurals`);
    * a document is credited to its author organisation: named in the phrase, or by its kind ("a
      campaign ad" is the campaign's), or where it was introduced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.segment import ParagraphRole
from quotelens.speakers import ranker
from quotelens.speakers.apposed import apposed_description
from quotelens.speakers.bodies import for_a_named_body
from quotelens.speakers.counterparts import nationality_counterpart
from quotelens.speakers.described_documents import document
from quotelens.speakers.described_plurals import (
    counted_group,
    counted_organisations,
    group_before,
    one_of,
    unnamed_plural,
)
from quotelens.speakers.descriptions import KNOWN_NOUNS, Phrase, classify, head_word, repeated_unnamed, singular
from quotelens.speakers.forward import introduced_later, named_after
from quotelens.speakers.labels import anonymous_label
from quotelens.speakers.lexicon import (
    AFFILIATIONS,
    AGE_ROLE,
    GOVERNMENT_HEADS,
    ORG_KIND_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from quotelens.speakers.members import MEMBERS, body_of_members, members, staff_of
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.named import explicit
from quotelens.speakers.orgkinds import (
    named_by_its_last_word,
    named_organisation,
    of_kind,
    one_name_of_kind,
    organisation,
)
from quotelens.speakers.owned import owned
from quotelens.speakers.positions import position_of_someone
from quotelens.speakers.spokespeople import retype_as_a_body
from quotelens.speakers.takenup import another_introduced, unnamed_subject_taken_up

if TYPE_CHECKING:
    from quotelens.speakers.candidates import Anaphor
    from quotelens.speakers.resolve import Resolver

_SUBSET = re.compile(
    r"^(?:one|some|many|several|two|three|four|a\s+few|few|most|all|each)\s+of\s+(?=(?:his|her)\s)", re.I
)
_APPOSITION_GAP = re.compile(
    r"^(?:\s+(?:at|of|for|in|from)\s+[^,.;:“”\"]{1,40})?\s*,\s*(?:the\s+(?=[a-z])|\d{1,3}-year-old\s+)?"
    r"(?:(?!(?:and|or|but|nor|said|says|told|according|as|while|who|which|with|to|of|the|a|an|his|her|their)\s)"
    r"[a-z][a-z-]*\s+){0,3}$"
)  # (", public defender Janine Cobb", ", the restaurateur Felix Amankwah": a lower-case title before the name)
# what may follow a name set off after a description: the clause's end, its verb, or where the person works
# ("another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown")
_FOR_THE_KIND = re.compile(r"(?:for|of|at|in) the ([a-z-]+)(?:['’]s\s[a-z][a-z\s-]*)?$")  # ("in the agency's office")
# ", a young father who would give only his first name, Luis,": the name set off after a clause that says so
_FIRST_NAME_GAP = re.compile(r"^\s*,[^.;:“”\"]{0,80}\b(?:first|given)\s+name\s*,\s*$")
_ORG_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:the\s+)?$")  # "the union ..., the United Food Workers,"
# (or letters after the name: "Counsel for the accused, Ronan Dolan SC, said")
_AFTER_APPOSED_NAME = re.compile(r"[,.]|$| said\b| (?:of|at|from) (?!whom\b|which\b)\w| [A-Z]{2,3},")
# The candidates of a race as one, no determiner ("Republican presidential candidates"; not "some candidates")
_THE_FIELD = re.compile(r"^(?:(?:Democratic|Republican|GOP)\s+)?[Pp]residential\s+(?:candidates|contenders|hopefuls)$")
_TITLE_WORD = re.compile(r"(?<![\w-])(?:[Ee]x-)?[A-Z][a-z]+\b(?!-)")
_NATIONAL = re.compile(r"^[A-Z][a-z]{2,}(?:ian|ese|ish)$")  # "Malawian", "Sudanese", "Danish"
_ONE_OF_THEM = re.compile(r"^one\s+of\s+(?:them|those|these)$", re.I)
_ANY_KIND = (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_PLURAL_DETS = frozenset(["some", "several", "many", "two", "three", "both", "all"])
_ORDINALS = frozenset(["second", "third", "fourth", "fifth"])


def appositive(r: Resolver, e: int, types: tuple[SpeakerType, ...] = (SpeakerType.PERSON,)) -> SpeakerChoice | None:
    """A name set off right after a description: "his best friend at Lehigh, Bruce Turry"; "the union
    representing its staff, the United Food Workers," (``types``: organisations)."""
    gap = _APPOSITION_GAP if SpeakerType.PERSON in types else _ORG_APPOSITION_GAP
    for m in r.cast.near(e, e + 100):
        if m.start < e or m.how not in ("name", "short name"):
            continue
        between = _TITLE_WORD.sub(_lowered_title, r.text[e : m.start])  # (", former Malawian President Joyce")
        ends = _AFTER_APPOSED_NAME.match(r.text, m.end) is not None
        apposed = gap.match(between) or (gap is _APPOSITION_GAP and _FIRST_NAME_GAP.match(between))
        if ends and apposed and r.cast.entities[m.entity].type in types:
            return explicit(r, m)
        break
    return None


def _lowered_title(m: re.Match[str]) -> str:
    """A capitalised title, role, place or nationality word before an apposed name, in lower case (the gap
    allows lower-case titles): "former Malawian President", "ex-Prime Minister"."""
    word = m.group().lower()
    plain = word.removeprefix("ex-")
    known = plain in TITLES or plain in ROLE_NOUNS or plain in AFFILIATIONS or _NATIONAL.match(m.group())
    return word if known else m.group()


def described(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    subset = _SUBSET.match(phrase)  # "one of his senior aides" speaks for what his aides speak for
    choice = owned(r, classify(phrase[subset.end() :]), phrase, s) if subset else owned(r, p, phrase, s)
    if choice is not None:
        return choice
    choice = _named_beside(r, p, phrase, s, e)
    if choice is not None:
        return choice
    p = _as_role_of_someone(r, p)  # "the epidemiologist" after "Grace Mwamba, an epidemiologist at ..."
    p = position_of_someone(r, p)  # "the center" after "Veteran center Ole Varga" (speakers/positions.py)
    if p.cls == "person":
        return _role_description(r, p, phrase, s, e)
    if p.cls in ("org", "anonymous") and counted_organisations(p):
        return counted_group(r, phrase)
    if p.cls == "anonymous" and _THE_FIELD.match(phrase):  # "Democratic presidential candidates": the field
        ent = r.cast.named(f"the {phrase}", SpeakerType.GROUP)
        return SpeakerChoice(ent.id, Resolution.GROUP, f"“{phrase}”: the field of the race, a group", 0.6, sure=False)
    if p.cls == "org":
        return organisation(r, p, phrase, s, e)
    if p.cls == "document":
        return document(r, p, phrase, s, e)
    if p.cls == "media":
        ent = r.cast.named(anonymous_label(phrase), SpeakerType.MEDIA)
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)
    if p.cls == "spokesperson":
        choice = _spokesperson(r, p, phrase, s, e)
        if choice is not None:
            return choice
    if p.cls == "group":
        choice = one_of(r, phrase, s) or unnamed_plural(r, p, phrase) or group_before(r, p, phrase, s)
        if choice is not None:
            return choice
    if p.head in MEMBERS:
        choice = members(r, p, phrase, s, e)
        if choice is not None:
            return choice
    choice = nationality_counterpart(r, p, phrase, s) or _only_person_named(r, p, phrase, s, e)
    choice = choice or body_of_members(r, p, phrase, s)
    choice = choice or (named_by_its_last_word(r, p, phrase, s) if p.cls == "anonymous" else None)
    return choice or _repeated(r, phrase, s) or r.anonymous(phrase, s, f"“{phrase}” names nobody in particular")


def _repeated(r: Resolver, phrase: str, s: int) -> SpeakerChoice | None:
    """ "the source close to the couple": the unnamed source introduced with the same words (see
    :func:`~quotelens.speakers.descriptions.repeated_unnamed`)."""
    if len(phrase.split()) < 4:
        return None
    unnamed = (r.cast.entities[ent] for ent in r.spoken)
    names = {ent.id: ent.name for ent in unnamed if ent.type is SpeakerType.ANONYMOUS}
    ent = repeated_unnamed(phrase, s, r.spoken, names)
    return None if ent is None else SpeakerChoice(ent, Resolution.ANONYMOUS, f"“{phrase}” repeats {names[ent]}", 0.6)


def _role_description(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    """ "the governor": the one named after it, the unnamed one just quoted, or the one ranked first among those
    before it; "The New Hampshire Union Leader", all in capitals, is an organisation's name."""
    if _capitalised_title(r, p, s):
        ent = r.cast.named(phrase.split(None, 1)[1], SpeakerType.ORGANISATION)
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"“{phrase}”: a name written in capitals, no role", 0.6)
    if _ORDINALS & set(p.modifiers):  # "the second official": one more of them, nobody named
        return r.anonymous(phrase, s, f"“{phrase}”: one more of its kind, nobody in particular")
    anaphor = r.anaphor(p, s, e, "person")
    choice = named_after(r, anaphor) or _unnamed_just_before(r, anaphor) or unnamed_subject_taken_up(r, p, s)
    choice = choice or r.ranked(anaphor, Resolution.ALIAS)
    choice = choice or headline_role(r, p, phrase, s, e)
    return choice or r.anonymous(phrase, s, f"“{phrase}”: nobody introduced with that role")


def _capitalised_title(r: Resolver, p: Phrase, s: int) -> bool:
    """Is a role description a name, every word of it capitalised in a sentence that is not ("The New Hampshire
    Union Leader", not "the Indiana governor"; a headline capitalises every word, so none there)?"""
    if len(p.words) < 4 or p.words[0].lower() != "the" or p.post or not all(w[:1].isupper() for w in p.words[1:]):
        return False
    if r.ctx.paragraphs[r.ctx.paragraph_at(s)].role is ParagraphRole.TITLE:  # type: ignore[attr-defined]
        return False
    sentence = r.cast.sentences[r.ctx.sentence_at(s)] if r.cast.sentences else None  # type: ignore[attr-defined]
    return sentence is not None and sum(t.text[:1].islower() for t in sentence.tokens) >= 3


def _unnamed_just_before(r: Resolver, a: Anaphor) -> SpeakerChoice | None:
    """ "the official" right after "a second U.S. official" spoke: that unnamed source, when no one named with
    that role spoke since ("Gregory Hale, a former Commerce Department official" two reports before is not
    the one the reader takes up)."""
    if len(a.text.split()) != 2 or not a.head:
        return None
    if (introduced := another_introduced(r, a.text, a.start)) is not None:  # ("Another curator ... the curator said")
        return SpeakerChoice(
            introduced.id, Resolution.ANONYMOUS, f"“{a.text}”: {introduced.name}, just introduced", 0.6
        )
    for spoke in r.history[-3:][::-1]:  # (the last unnamed speaker, unless one named with the role spoke since)
        ent = r.cast.entities[spoke.entity]
        if ent.type is SpeakerType.PERSON and ranker.matched_role(ent, a):
            return None
        if ent.type is SpeakerType.ANONYMOUS or _spoke_as(r, ent.id, a.head):
            break
    else:
        return None
    unnamed = r.same_unnamed(a.text)
    if unnamed is None:
        return None
    how = Resolution.ANONYMOUS if unnamed.type is SpeakerType.ANONYMOUS else Resolution.ALIAS
    return SpeakerChoice(unnamed.id, how, f"“{a.text}”: {unnamed.name}, quoted just before", 0.6)


def _spoke_as(r: Resolver, entity: int, head: str) -> bool:
    """Did an organisation speak just before through an unnamed member of that head ("A senior official at the
    Ministry" for "the official")?"""
    kinds = (SpeakerType.ORGANISATION, SpeakerType.MEDIA)
    return r.cast.entities[entity].type in kinds and any(
        ent == entity and head_word(source) == head for ent, source in r.sources[-3:]
    )


def _as_role_of_someone(r: Resolver, p: Phrase) -> Phrase:
    """ "the epidemiologist", a definite description whose head no word list knows as a role but which is the
    last word of a role a person of the article was introduced with, or that an age comes before, as a person's
    description."""
    if p.cls != "anonymous" or len(p.words) < 2 or p.words[0].lower() != "the" or not p.head.replace("-", "").isalpha():
        return p
    people = (ent for ent in r.cast.entities if ent.type is SpeakerType.PERSON)
    roles = (role for ent in people for role in ent.roles if not role.startswith("head of "))  # (a body's head)
    aged = any(AGE_ROLE.match(m) for m in p.modifiers)  # ("the 58-year-old retired electrician": a person)
    known = aged or any(role.rsplit(" ", 1)[-1] == p.head for role in roles)
    return p._replace(cls="person") if known else p


def _spokesperson(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A spokesperson speaks for the organisation named in the phrase, or for the one of the kind it says
    named before ("a spokesperson for the company")."""
    inside = r.cast.inside(s, e)
    org = [m for m in inside if r.cast.entities[m.entity].type is not SpeakerType.PERSON]
    if not org and inside and (body := retype_as_a_body(r, inside[-1].entity)) is not None:
        return SpeakerChoice(body.id, Resolution.ALIAS, f"“{phrase}” speaks for {body.name}", 0.7, False)
    if org:
        ent = r.cast.entities[org[-1].entity]
        return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” speaks for {ent.name}", 0.8)
    kind = _FOR_THE_KIND.match(p.post)
    if kind is None or kind.group(1) not in ORG_KIND_NOUNS:
        return for_a_named_body(r, p, phrase)
    choice = of_kind(r, kind.group(1), p, s, e) or one_name_of_kind(r, kind.group(1), s)
    if choice is None:  # (as "the airline" alone would be: the organisation of no other kind quoted just before)
        the_kind = Phrase("org", ("the", kind.group(1)), head=kind.group(1))
        choice = named_organisation(r, the_kind, f"the {kind.group(1)}", s, e, forward=False)
        choice = choice if choice is None or _of_the_kind(r, choice.entity, kind.group(1)) else None
    if choice is None or choice.entity is None:
        return None
    name = r.name(choice.entity)
    return SpeakerChoice(choice.entity, Resolution.ALIAS, f"“{phrase}” speaks for {name}", 0.7, False)


def _of_the_kind(r: Resolver, entity: int | None, kind: str) -> bool:
    """Whether the organisation can be "the <kind>": a government body's kind needs a government body's name."""
    words = {w.lower() for w in r.name(entity).split()} if entity is not None else set()
    return kind not in GOVERNMENT_HEADS or bool(words & (GOVERNMENT_HEADS | {"government", "ministry", "ministries"}))


def _only_person_named(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A source phrase that is no noun phrase of a known kind ("Schlafly put her finger", "The conversation
    ended with Maddow": a clause taken whole) speaks through the one person named in it, unsure."""
    if p.cls != "anonymous" or p.head in KNOWN_NOUNS or singular(p.head) in KNOWN_NOUNS:
        return None
    named = [
        m
        for m in r.cast.inside(s, e)
        if m.how in ("name", "short name") and r.cast.entities[m.entity].type is SpeakerType.PERSON
    ]
    if len({m.entity for m in named}) != 1 or " of " in f" {r.text[s : named[0].start].lower()}":
        return None  # ("More than half of respondents in the USA TODAY poll": a share of people, no one)
    after = r.text[named[-1].end : e].removeprefix("’s").removeprefix("'s").split()
    if after and after[0] == p.head and (p.head in RELATION_NOUNS or p.words[0].lower() in _INDEFINITE_ONE):
        return None  # "Tuttle's family", "the Tuttle family", "a former Acme welder": the name modifies the head
    choice = explicit(r, named[0])
    path = f"“{phrase}” is no noun phrase: the one person named in it, {r.name(choice.entity)}"
    return SpeakerChoice(choice.entity, choice.how, path, 0.6, sure=False)


_INDEFINITE_ONE = frozenset(["a", "an", "another"])


def _named_beside(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A name set off after the description, the one named soon after it, or the organisation a staff
    member's phrase names."""
    if p.cls in ("person", "anonymous", "spokesperson") and p.words and p.words[0].lower() not in _PLURAL_DETS:
        kinds = _ANY_KIND if _ONE_OF_THEM.match(phrase) else (SpeakerType.PERSON,)  # "One of them, UnitedHealth,"
        choice = appositive(r, e, kinds) or introduced_later(r, p, phrase, s, e)
        choice = choice or (apposed_description(r, phrase, s, e) if p.cls == "anonymous" else None)
        if choice is not None:
            return choice
    if p.cls == "org" and p.words and p.words[0].lower() == "the":
        choice = appositive(r, e, (SpeakerType.ORGANISATION, SpeakerType.MEDIA))
        if choice is not None:
            return choice
    if p.cls in ("person", "spokesperson") and p.head in MEMBERS:
        return staff_of(r, phrase)  # "a spokesman for Platte River" ("the Gawker employee" may be a person)
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
