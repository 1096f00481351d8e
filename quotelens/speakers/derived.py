"""Entities the cast derives from its names: groups of names joined by "and" (or "He and" a name),
organisations that "its" follows, a person's campaign or administration ("Murphy's campaign", "the Obama
administration").

In: the :class:`~quotelens.speakers.mentions.Cast` once its names and mentions were collected. Out: new
entities and mentions on the cast (a group's mention spans its members; an owned organisation's the
person's name and the noun), and organisations retyped from people.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotelens.speakers.groups import group_entity
from quotelens.speakers.lexicon import ORG_KIND_NOUNS, ROLE_NOUNS, sex_of_first_name
from quotelens.speakers.model import Entity, Mention, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.mentions import Cast

# "and Senator"; after a party-and-state tag: "Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and",
# or after where the first is from: "Chuck Grassley of Iowa and Patrick Leahy"
_JOINED = re.compile(
    r"^(?:\s\((?:R|D|I)[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)|\s+of\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[A-Z][a-z]*\.?\s+){0,2}$"
)

# A person's campaign or administration named through the person: "Murphy's campaign", "the Obama administration"
_OWNED_ORG = re.compile(r"(?:[’']s?)?\s+(campaign|camp|administration)\b(?!\s+(?:of|for|trail|finance|manager)\b)")
_OPENING = re.compile(r"[\s“\"']*(?:[Tt]he\s+)?$")  # the campaign opens its sentence: its subject
_ITS = re.compile(r"\b[Ii]ts\b")
# A kind of business a person is never called, opening a sentence: "The company said", "The network's"
_BUSINESS = re.compile(
    r"[\s“\"'‘]*The\s+(?:company|firm|corporation|network|retailer|manufacturer|conglomerate|broadcaster|"
    r"automaker|carmaker|insurer|airline|drugmaker|bank)(?:[’']s)?\b"
)
_OWNED_KIND = {"campaign": "campaign", "camp": "campaign", "administration": "administration"}
# "Arjun Mehta said the company had lost its lead": an organisation's noun between the name and "its" owns it
_KIND_BEFORE_ITS = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(ORG_KIND_NOUNS)) + r")\b"
)


def groups(cast: Cast) -> None:
    """Names joined by "and" in one sentence ("Senators Grassley and Leahy") make a group "they" may be."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in cast.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for ms in by_sentence.values():
        k = 0
        while k < len(ms) - 1:
            j = k
            while j + 1 < len(ms) and _JOINED.match(cast.text[ms[j].end : ms[j + 1].start]):
                j += 1
            same = len({cast.entities[m.entity].type for m in ms[k : j + 1]}) == 1
            members = list(dict.fromkeys(m.entity for m in ms[k : j + 1]))
            if j > k and same and len(members) >= 2:
                ent = group_entity(cast, [cast.entities[e].name for e in members])
                first, last = ms[k], ms[j]
                cast.mentions.append(
                    Mention(
                        ent.id,
                        first.start,
                        last.end,
                        first.paragraph,
                        "group",
                        first.sentence,
                        first.subject,
                        first.in_quote,
                    )
                )
            k = j + 1 if same or j == k else k + 1  # "the two Republicans, Trump and Cruz": from Trump on


# "He and Waters held a press conference": a subject pronoun joined to the name that follows it
_PRONOUN_AND = re.compile(r"(?<!\w)(He|She)\s+and\s+$")
_PRONOUN_SEX = {"He": "m", "She": "f"}


def _first_word(text: str, opening: int, end: int) -> int:
    """Where a sentence's first word starts: after any spaces, opening quotation marks and brackets."""
    while opening < end and text[opening] in " “\"‘'(":
        opening += 1
    return opening


def pronoun_pairs(cast: Cast) -> None:
    """ "Peter Hale spoke. He and Ann Ortiz held a press conference": a sentence opening with "He (She) and"
    a name is a pair of the name and the one subject (or the one person) of the sentence before, of that sex,
    that "they" may be."""
    for m in list(cast.mentions):
        if m.sentence <= 0 or m.in_quote or cast.entities[m.entity].type is not SpeakerType.PERSON:
            continue
        first = _first_word(cast.text, cast.sentences[m.sentence].start, m.start)
        found = _PRONOUN_AND.match(cast.text, first, m.start)  # (only the sentence's first word may be it)
        if found is None:
            continue
        sex = _PRONOUN_SEX[found.group(1)]
        before = [
            b
            for b in cast.mentions
            if b.sentence == m.sentence - 1
            and not b.in_quote
            and b.entity != m.entity
            and cast.entities[b.entity].type is SpeakerType.PERSON
            and cast.entities[b.entity].sex in (None, sex)
        ]
        subjects = {b.entity for b in before if b.subject}
        one = subjects if len(subjects) == 1 else {b.entity for b in before}
        if len(one) != 1:
            continue
        ent = group_entity(cast, [cast.entities[one.pop()].name, cast.entities[m.entity].name])
        cast.mentions.append(replace(m, entity=ent.id, start=found.start(1), how="group", subject=True))


def people_retyped(cast: Cast) -> None:
    """Names read as people's that the words about them say are organisations', once the names are collected."""
    its_organisations(cast)
    party_names(cast)


def its_organisations(cast: Cast) -> None:
    """A capitalised name with no sign of a person (no first name, title, age or he/she) that "its" follows
    before any other name in its sentence ("Exxon Mobil contended in its letter"), or whose next sentence
    opens with a kind of business before any other name ("Pfizer announced the results. The company said";
    then also a first name alone: "Meta"), is an organisation."""
    for k, m in enumerate(cast.mentions):
        ent = cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON:
            continue
        lone = " " not in ent.name and not ent.roles and not ent.aliases  # ("Meta": a first name alone, no title)
        if (ent.sex is not None or ent.person_evidence >= 1.0) and not lone:
            continue
        nxt = cast.mentions[k + 1].start if k + 1 < len(cast.mentions) else len(cast.text)
        end = min(nxt, cast.sentences[m.sentence].end) if m.sentence >= 0 else nxt
        plain = ent.sex is None and ent.person_evidence < 1.0
        its = _ITS.search(cast.text, m.end, end) if plain else None
        owned = its is not None and not _KIND_BEFORE_ITS.search(cast.text, m.end, its.start())
        if owned or business_follows(cast, m.sentence, nxt):
            ent.type = SpeakerType.ORGANISATION


def business_follows(cast: Cast, sentence: int, limit: int) -> bool:
    """Does the next sentence of the same paragraph open with a kind of business ("The company said"),
    ending before ``limit`` (the next name)?"""
    if sentence < 0 or sentence + 1 >= len(cast.sentences):
        return False
    after = cast.sentences[sentence + 1]
    if after.paragraph != cast.sentences[sentence].paragraph:
        return False
    found = _BUSINESS.match(cast.text, after.start)
    # (not "The company Okonjo Iweala chairs": the kind introduces the name right after it)
    return found is not None and found.end() <= limit and cast.text[found.end() : limit].strip() != ""


def owned_organisations(cast: Cast) -> None:
    """ "Murphy's campaign", "the Obama administration": the campaign (administration) is an organisation
    of its own, mentioned there, that a later "they" or "it" may stand for (the person's mention stays)."""
    for m in list(cast.mentions):
        ent = cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON or ent.joint or m.how not in ("name", "short name"):
            continue
        if (owned := _OWNED_ORG.match(cast.text, m.end)) is None:
            continue
        org = cast.named(f"the {ent.name.split()[-1]} {_OWNED_KIND[owned.group(1)]}", SpeakerType.ORGANISATION)
        opens = m.sentence >= 0 and _OPENING.match(cast.text, cast.sentences[m.sentence].start, m.start) is not None
        cast.mentions.append(replace(m, entity=org.id, end=owned.end(), how="owned", subject=m.subject or opens))


# What only a party is written before: "his Tikva Hadasha party", "Yesh Atid's leader", "Likud lawmakers" (not
# "'s leadership": "Under Nancy Pelosi's leadership" is a person's); looked for as plain strings (how far back
# its name ends), then matched where found
_PARTY_SIGN = re.compile(r"\s+[Pp]arty\b|[’']s\s+(?:leader|chairman|chairwoman)\b|\s+(?:lawmakers|legislators|MPs)\b")
_SIGN_STRINGS = {
    " party": 0,
    " Party": 0,
    "s leader": 1,
    "s chairman": 1,
    "s chairwoman": 1,
    " lawmakers": 0,
    " legislators": 0,
    " MPs": 0,
}
_NAME_BEFORE = re.compile(r"(?<![\w’'])(?:[Aa]n?\s+)?(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*$")
_HE_SHE = re.compile(r"\b(?:([Hh]e)|[Ss]he)\b")


def party_names(cast: Cast) -> None:
    """A name of two words or more read as a person's, written before what only a party has ("whose Tikva
    Hadasha party holds six seats", "Yesh Atid's leader"; not "a Taylor Swift party"), is a party's unless
    something stronger than a first name says it is a person's: a role ("the singer"), the surname alone
    ("Swift said"), a "he" or "she" the first name did not give, or one of the first name's sex in the sentence
    after the name's ("Boris Johnson said. He later apologised"). (From the signs, few, to the names.)"""
    text = cast.text
    for sign, back in _SIGN_STRINGS.items():
        at = text.find(sign)
        while at >= 0:
            end = at - back
            if _PARTY_SIGN.match(text, end) is not None and (run := _NAME_BEFORE.search(text, max(0, end - 60), end)):
                _party_named(cast, run.group().split())
            at = text.find(sign, at + 1)


def _party_named(cast: Cast, words: list[str]) -> None:
    """Retype the person the last words name (two or more, not after "a": "a Taylor Swift party") as a party."""
    if words[0] in ("a", "an", "A", "An"):
        return
    for k in range(len(words) - 1):
        ent_id = cast.by_key.get(f"{words[k].lower()} {words[-1].lower()}")
        ent = cast.entities[ent_id] if ent_id is not None else None
        if ent is None or ent.type is not SpeakerType.PERSON or ent.name != " ".join(words[k:]):
            continue
        if ent.aliases or ent.joint or any(role in ROLE_NOUNS for role in ent.roles):
            return
        if (ent.sex is None or ent.sex == sex_of_first_name(words[k])) and not _taken_up(cast, ent):
            ent.type = SpeakerType.ORGANISATION
        return


def _taken_up(cast: Cast, ent: Entity) -> bool:
    """Does a "he" or "she" of the (known) first name's sex come in the sentence after one of the name's?"""
    if (sex := sex_of_first_name(ent.name.split()[0])) is None:
        return False
    for m in cast.mentions:
        if m.entity == ent.id and m.how == "name" and 0 <= m.sentence < len(cast.sentences) - 1:
            after = cast.sentences[m.sentence + 1]
            pronoun = _HE_SHE.search(cast.text, after.start, after.end)
            if pronoun is not None and ("m" if pronoun.group(1) else "f") == sex:
                return True
    return False
