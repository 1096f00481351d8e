"""Entities from names, and every mention of them: the article's cast before anyone is resolved.

In: the body sentences and the name runs found in them. Out: an :class:`Cast` — entities (a
multi-word person name, an organisation, a medium), their mentions in text order, and the look-ups
later stages need (a name word -> the people it may stand for).

How:
    * "Donald J. Trump" and "Donald Trump" are one person (first and last name agree); the fullest
      form is the name, the others aliases; a title's sex ("Mrs.") and a census first name give sex.
    * A single word ("Tillerson", "Mr. Trump") joins a person whose name holds it: among several,
      the one named in full before it, then the one named most often (the article's Trump, not his
      brother), then one the article has not called by first name alone ("Maya's mother, Rosa Torres":
      "Torres" is then Rosa), then one whose name opens with a first name (not a run of other
      capitalised words, "See Sexton", "Besides Clinton"), then the most recent; "Mr."/"Mrs." veto the
      other sex.
    * Sex also comes from the pronouns of sentences where a person is the only one named
      (:mod:`quotelens.speakers.sexes`); groups, organisations that "its" follows and a person's
      campaign are derived from the names (:mod:`quotelens.speakers.derived`).

The look-ups on the mentions once collected (near a span, before a position, inside reported content) are
:class:`quotelens.speakers.mention_lookups.MentionLookups`, the base of :class:`Cast`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from operator import attrgetter

from quotelens.segment import Sentence
from quotelens.speakers.derived import groups, owned_organisations, people_retyped, pronoun_pairs
from quotelens.speakers.glued import glued, has_glue
from quotelens.speakers.lexicon import (
    PLACE_OPENERS,
    PLACES,
    common_words,
    is_first_name,
    is_surname,
    sex_of_first_name,
    short_names,
    unparticled,
)
from quotelens.speakers.mention_lookups import MentionLookups
from quotelens.speakers.model import Entity, Mention, SpeakerType
from quotelens.speakers.namehints import (
    given_names_owner,
    index_name,
    kind_word_alone,
    long_name_head,
    one_name_person,
    particle_owner,
    tail_owner,
    written_stop,
)
from quotelens.speakers.nameroles import family_word, given_hyphenated
from quotelens.speakers.names import NameRun, name_runs
from quotelens.speakers.sexes import family_name_first, noble_sex, sex_from_pronouns, title_sex
from quotelens.speakers.titles import honorifics

_KIND_TYPE = {"person": SpeakerType.PERSON, "unknown": SpeakerType.PERSON, "media": SpeakerType.MEDIA}
_KIND_TYPE |= {"organisation": SpeakerType.ORGANISATION, "document": SpeakerType.DOCUMENT}
_START = attrgetter("start")
_DESCRIPTION_OPENING = re.compile(
    r"(?:(?:But|And|Yet)\s+)?[“\"]?(?:(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|"
    r"[Mm]y|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*[’']s)\s+(?:[a-z][\w'’-]*\s+){0,3})[a-z][\w-]*,\s"
)  # (or a name's: "Mr Lowe’s neighbour, Sam Tiller, has sold"; "But a French diplomat, Paul Marchand, struck";
# "Another former trustee, Joan Reed, was more measured", "One resident, Ali Khan, said")
# ("..., disagreed"; "..., who ..." is no verb, but no other subject either; "Ann Lee of Birch & Co., rates": her firm)
_THEN_VERB = re.compile(
    r"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:&\s+)?[A-Z][\w.’'-]*){0,4})?,\s+[a-z]"
)
_JUST_NAMED = 400  # characters: a person named in full this close before a short name is the one it means
_PARTY_STATE = re.compile(r" \((?:R|D|I)[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]+$")
_BRACKETED = re.compile(r" \(([A-Z][A-Za-z&.]*[A-Z]|[A-Z][a-z]{2,5})\)")  # an abbreviation in brackets ("(Inec)")
_PEOPLES = frozenset(
    "campaign camp team aides advisers advisors spokesman spokeswoman supporters allies surrogates backers "
    "loyalists voters delegates wife husband family administration presidency candidacy".split()
)
_NEXT_WORD = re.compile(r"(?:[’']s?)?\s+([a-z][\w-]*)")


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _surname_of(ent: Entity | None, word: str) -> bool:
    """Is ``word`` the last name of the person ``ent`` ("Rubio" of Marco Rubio), or the short name of the
    organisation ``ent`` and no place's ("a press release from Corvalis" after "Corvalis Therapeutics")?"""
    if ent is not None and ent.type in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
        return " " in ent.name and ent.name.split()[0] == word and word.lower() not in PLACES
    parts = ent.name.split() if ent is not None and ent.type is SpeakerType.PERSON else []
    return len(parts) >= 2 and parts[-1] == word


class Cast(MentionLookups):
    """The entities of one article and their mentions (sorted by start once :meth:`collect` ran)."""

    def __init__(self, text: str, sentences: list[Sentence], in_quote: Callable[[int], bool]) -> None:
        self.text = text
        self.sentences = sentences
        self.in_quote = in_quote
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.starts: list[int] = []
        self.by_key: dict[str, int] = {}
        self.by_word: dict[str, list[int]] = {}
        self.by_name_word: dict[str, set[int]] = {}  # (namehints.index_name)
        self.full_mentions: dict[int, list[int]] = {}
        self.runs: list[NameRun] = []
        self.entity_starts: dict[int, list[int]] = {}
        self.by_initials: dict[str, int] = {}  # "FBI" -> the Federal Bureau of Investigation
        self.headline_words: set[str] = set()
        self._in_headline: dict[int, bool] = {}
        self._headline_people: list[int] | None = None
        self._content_starts: list[int] = []
        self._content_ends: list[int] = []
        self._first_called: dict[int, int] = {}  # person -> where the article first calls them by first name alone

    # ------------------------------------------------------------------ entities
    def new_entity(self, name: str, type_: SpeakerType, key: str | None = None) -> Entity:
        ent = Entity(len(self.entities), name, type_)
        self.entities.append(ent)
        index_name(self.by_name_word, ent)
        self.by_key.setdefault(key or name.lower(), ent.id)
        return ent

    def named(self, label: str, type_: SpeakerType) -> Entity:
        """The entity of that exact name, made when missing."""
        key = label.lower()
        if key in self.by_key:
            return self.entities[self.by_key[key]]
        return self.new_entity(label, type_, key)

    def _person_key(self, words: list[str]) -> str:
        return f"{words[0].lower()} {words[-1].lower()}"

    def _named_before(self, run: NameRun) -> Entity | None:
        """The person whose given names ``run`` is ("Ms Siti Mariam": :func:`given_names_owner`), or the
        organisation whose name's tail it is ("Local 902": :func:`tail_owner`), named before; first, the person
        whose surname it is (:func:`particle_owner`: "Van Dijk" after "Pieter van Dijk")."""
        if (owner := particle_owner(self.entities, self.by_name_word, run)) is not None:
            return owner
        if run.kind == "person" and self._person_key(run.words) not in self.by_key:
            return given_names_owner(self.entities, run.words, self.by_name_word)
        if run.kind in ("organisation", "unknown") and " ".join(run.words).lower() not in self.by_key:
            return tail_owner(self.entities, run.words, self.by_name_word)
        return None

    def _add_full(self, run: NameRun) -> Entity:
        type_ = _KIND_TYPE[run.kind]
        words = run.words
        if type_ is SpeakerType.PERSON and len(words) >= 2:
            key = self._person_key(words)
        else:
            key = " ".join(w.lower() for w in words if w.lower() != "the")
        ent_id = self.by_key.get(key)
        if ent_id is None and len(words) == 1 and _ACRONYM.match(words[0]):
            ent_id = self.by_initials.get(words[0].replace(".", ""))  # "FBI" after "Federal Bureau of Investigation"
        name = written_stop(run.name, self.text, run.end) if type_ is not SpeakerType.PERSON else run.name
        ent = self.entities[ent_id] if ent_id is not None else self.new_entity(name, type_, key)
        if type_ is not SpeakerType.PERSON and len(words) >= 2:
            initials = "".join(w[0] for w in words if w[:1].isupper())
            self.by_initials.setdefault(initials, ent.id)
            if len(initials) >= 3 and words[0].lower() in PLACE_OPENERS:  # "FDA" after "U.S. Food and Drug Admin."
                self.by_initials.setdefault(initials[1:], ent.id)
            bracketed = _BRACKETED.match(self.text, run.end)  # "Alliance of Small Island States (AOSIS)"
            if bracketed is not None and (bracketed[1][-1].isupper() or bracketed[1].upper() == initials):
                self.by_initials.setdefault(bracketed.group(1).replace(".", ""), ent.id)
                self.by_key.setdefault(bracketed.group(1).lower(), ent.id)
        if len(name) > len(ent.name) and type_ is SpeakerType.PERSON and ent.type is SpeakerType.PERSON:
            ent.add_alias(ent.name)
            ent.name = name
            index_name(self.by_name_word, ent)
        else:
            ent.add_alias(name)
        ent.roles.update(filter(None, run.roles))
        if run.nickname and type_ is SpeakerType.PERSON:  # 'Chloe "Coco" Carter': "Coco" names her too
            ent.add_alias(run.nickname)
            self.by_word.setdefault(run.nickname.lower(), []).append(ent.id)
        ent.person_evidence = run.person_evidence if run.person_evidence > ent.person_evidence else ent.person_evidence
        if type_ is SpeakerType.PERSON and ent.sex is None:
            given = (len(words) > 1 or not run.titles) and not family_name_first(words)  # not "Kim" of "Kim Yo-jong"
            ent.sex = title_sex(run.titles) or noble_sex(words) or (sex_of_first_name(words[0]) if given else None)
        return ent

    # ------------------------------------------------------------------ mentions
    def _mention(self, ent: Entity, run: NameRun, how: str) -> None:
        if self.text.startswith(" (", run.end) and _PARTY_STATE.match(self.text, run.end):
            ent.roles.add("lawmaker")  # "Bob Goodlatte (R-Va.)": a member of Congress or a legislature
        if run.titles and ent.type is SpeakerType.PERSON:  # ("Mr Okafor-Bello": a person, whatever the full name)
            ent.person_evidence = 1.0
        subject = run.subject or (self.text.startswith(", ", run.start - 2) and self._apposed_subject(run))
        self.mentions.append(
            Mention(ent.id, run.start, run.end, run.paragraph, how, run.sentence, subject, self.in_quote(run.start))
        )

    def _apposed_subject(self, run: NameRun) -> bool:
        """Is the name set off after the short description that opens its sentence, a verb after it ("Her
        colleague, Sandrine Moreau, disagreed.")? It is the clause's subject as much as the description."""
        opening = (
            self.text[self.sentences[run.sentence].start : run.start] if run.sentence < len(self.sentences) else ""
        )
        return _DESCRIPTION_OPENING.fullmatch(opening) is not None and _THEN_VERB.match(self.text, run.end) is not None

    def collect(self) -> None:
        kinds: dict[tuple[str, ...], str] = {}
        glue = has_glue(self.text)  # ("Sarukha" + a combining tilde: one word again)
        for n, sentence in enumerate(self.sentences):
            toks = glued(sentence.tokens) if glue else sentence.tokens
            self.runs.extend(name_runs(toks, n, sentence.paragraph, kinds))
        singles: list[NameRun] = []
        for run in self.runs:
            if run.kind == "place":
                if len(run.words) == 1 and not run.titles:
                    singles.append(run)  # "to Rubio": a place only when no person of the article has that surname
                continue
            if (len(run.words) >= 2 or kind_word_alone(run.words, run.kind)) and (
                owner := particle_owner(self.entities, self.by_name_word, run) or self._named_before(run)
            ):
                owner.add_alias(run.name)  # "Van Dijk" opening a sentence, after "Pieter van Dijk"
                owner.roles.update(filter(None, run.roles))
                self._mention(owner, run, "short name")
            elif len(run.words) >= 2 or run.kind in ("organisation", "media", "document"):
                ent = self._add_full(run)
                self._mention(ent, run, "name")
            else:
                singles.append(run)
        self._index_words()
        for run in singles:
            owner = self.owner_of_word(run.words[0], run.start, run.titles) or self._abbreviation(run)
            if run.kind == "place" and not _surname_of(owner, run.words[0]):
                continue
            first_name = run.kind == "person" and not run.titles and sex_of_first_name(run.words[0]) is not None
            # a surname before what only people have: "the Sanders camp", "Kasich aides" (not "a Gallup poll")
            surname = owner is None and run.kind == "unknown" and _next_word(self.text, run.end) in _PEOPLES
            surname = surname and is_surname(run.words[0])
            aged = one_name_person(self.text, run) if owner is None else ""
            if owner is None and (run.titles or first_name or surname or aged):  # "Judge Berman", "his wife, Ivana"
                if surname or aged:
                    run.person_evidence = max(run.person_evidence, 0.5)
                owner = self._add_full(run)
                if aged and aged != "?" and owner.sex is None:
                    owner.sex = aged  # "Seoyeon herself"
                self.by_word.setdefault(run.words[0].lower(), []).append(owner.id)
                bisect.insort(self.full_mentions.setdefault(owner.id, []), run.start)
            if owner is None:
                continue
            owner.add_alias(run.words[0])
            owner.roles.update(filter(None, run.roles))  # "Judge Berman": Richard M. Berman is a judge
            if not run.titles and owner.name.split()[0] == run.words[0] != owner.name.split()[-1]:
                self._first_called.setdefault(owner.id, run.start)  # "Maya's mother": Maya Torres
            self._mention(owner, run, "short name")
        self.mentions.sort(key=_START)
        sex_from_pronouns(self)
        people_retyped(self)
        groups(self)
        pronoun_pairs(self)
        owned_organisations(self)
        self.mentions.sort(key=_START)
        self.starts = list(map(_START, self.mentions))
        for m in self.mentions:
            self.entity_starts.setdefault(m.entity, []).append(m.start)

    def _abbreviation(self, run: NameRun) -> Entity | None:
        """The organisation a shouted common word abbreviates ("WHO" after "World Health Organization")."""
        word = run.words[0]
        found = self.by_initials.get(word) if word.isupper() and word.lower() in common_words() else None
        return self.entities[found] if found is not None else None

    def in_headline(self, entity: int) -> bool:
        """Is the entity's last name word in the headline? (asked after :meth:`collect`, when names are final)"""
        known = self._in_headline.get(entity)
        if known is None:
            words = [w.lower() for w in self.entities[entity].name.split() if len(w) > 2]
            known = self._in_headline[entity] = bool(words) and words[-1] in self.headline_words
        return known

    def headline_people(self) -> list[int]:
        """The people the headline names (read once, after :meth:`collect`)."""
        if self._headline_people is None:
            self._headline_people = [
                e.id for e in self.entities if e.type is SpeakerType.PERSON and not e.joint and self.in_headline(e.id)
            ]
        return self._headline_people

    def _index_words(self) -> None:
        for ent in self.entities:
            if ent.type is SpeakerType.PERSON:  # (and "His Highness" alone: the one introduced with it)
                parts = {p.lower() for w in short_names(ent.name) for p in {w, unparticled(w)}}
                for part in parts | honorifics(ent.roles):
                    self.by_word.setdefault(part, []).append(ent.id)
            elif ent.type in (SpeakerType.ORGANISATION, SpeakerType.MEDIA):
                for alias in [ent.name, *ent.aliases]:
                    for part in short_names(alias):
                        if _ACRONYM.match(part) or (part.lower() not in common_words() and len(alias.split()) <= 3):
                            self.by_word.setdefault(part.lower(), []).append(ent.id)
        orgs = (e for e in self.entities if e.type is SpeakerType.ORGANISATION)
        heads = [(h, e.id) for e in orgs if (h := long_name_head(e.name))]
        held = Counter(h for h, _ in heads)
        for head, ent_id in heads:  # "Verdana" of "Verdana Health Systems Inc.", when no other organisation has it
            if held[head] == 1:
                self.by_word.setdefault(head, [ent_id])
        for m in self.mentions:
            self.full_mentions.setdefault(m.entity, []).append(m.start)

    def owner_of_word(self, word: str, pos: int, titles: list[str]) -> Entity | None:
        """The entity a single name word stands for (see the module docstring)."""
        want = title_sex(titles)
        ids = dict.fromkeys(self.by_word.get(word.lower(), []))
        cands = [self.entities[i] for i in ids if not (want and self.entities[i].sex not in (None, want))]
        if cands and not self.in_quote(pos):  # ("Lyon said" is not the "Merci Lyon." of a quotation after it)
            cands = [e for e in cands if not self._only_quoted_after(e, pos)]
        if len(cands) < 2:
            return cands[0] if cands else None

        def rank(ent: Entity) -> tuple[int, int, int, int, int, int, int]:
            starts = self.full_mentions.get(ent.id, [])  # (sorted: binary search, not a scan of every naming)
            k = bisect.bisect_left(starts, pos)  # namings before pos: starts[:k]
            parts = ent.name.split()
            person = ent.type is SpeakerType.PERSON
            called = self._first_called.get(ent.id)
            return (
                family_word(parts, word) if person else 0,
                int(k > 0),
                len(starts),
                # ("Maya's mother, Rosa Torres, ..." ... "Torres said": not the one called by first name)
                int(called is None or called > pos),
                int(len(parts) > 1 and (is_first_name(parts[0]) or given_hyphenated(parts))),
                starts[k - 1] if k and pos - starts[k - 1] <= _JUST_NAMED else -1,
                -(starts[0] if starts else 0),
            )

        return max(cands, key=rank)

    def _only_quoted_after(self, ent: Entity, pos: int) -> bool:
        """Is ``ent`` named in full only inside quotations after ``pos``, with no first name ("Merci Lyon.")?"""
        starts = self.full_mentions.get(ent.id, [])
        if not starts or is_first_name(ent.name.split()[0]):
            return False
        return all(p > pos and self.in_quote(p) for p in starts)
