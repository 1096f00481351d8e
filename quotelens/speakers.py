"""Find who is mentioned and resolve each attribution's source to a speaker.

In: the article text, its paragraphs, and the attributions of
:mod:`quotelens.attribution`. Out: :class:`Entity` records (canonical name, type,
aliases), every :class:`Mention` of them, and one :class:`Resolution` per
attribution saying which entity speaks and how that was decided.

How:
    * Names are runs of capitalised words; title words in front ("Secretary of
      State", "Russian President") are kept as the entity's roles, not its name.
    * A multi-word person name starts an entity; a single word joins the entity
      whose name contains it ("Tillerson" -> Rex Tillerson), the most recently
      mentioned one when several do ("Clinton": Bill or Hillary), vetoed by
      "Mr."/"Mrs." and a short list of first names.
    * Pronouns take the speaker of the attribution before them when it is near and
      of a compatible sex, else the nearest person mentioned before.
    * A definite description ("the U.S. diplomat") takes the last person whose roles
      match its head noun, else the last named speaker; an indefinite or plural
      one ("a source", "officials") is anonymous and resolves to no person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from quotelens.attribution import Attribution
from quotelens.lexicon import (
    CAPITALISED_STOPWORDS,
    FEMALE_FIRST_NAMES,
    FEMALE_PRONOUNS,
    MALE_FIRST_NAMES,
    MALE_PRONOUNS,
    MEDIA_WORDS,
    ORGANISATION_WORDS,
    PERSON_PRONOUNS,
    PLACE_NAMES,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    TITLE_WORDS,
)
from quotelens.segment import Paragraph, Sentence, Token, segment_sentences


class SpeakerType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    ANONYMOUS = "anonymous"


class Resolution(StrEnum):
    EXPLICIT = "explicit"
    SHORT_NAME = "short name"
    PRONOUN = "pronoun"
    RELATIVE = "relative pronoun"
    ALIAS = "alias"
    ANONYMOUS = "anonymous"
    UNRESOLVED = "unresolved"


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    type: SpeakerType
    aliases: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    sex: str | None = None  # "m", "f" or unknown
    # two or more people named together ("Trump and Putin agreed"): their names; never "he"
    members: list[str] = field(default_factory=list)

    @property
    def joint(self) -> bool:
        return bool(self.members)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(frozen=True, slots=True)
class Mention:
    entity: int
    start: int
    end: int
    paragraph: int
    how: str  # "name", "short name", "pronoun", "alias", ...


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    entity: int | None
    how: Resolution
    path: str
    confidence: float


_LONGEST_MENTION = 200  # characters: how far back a mention overlapping a span can start
_LOOKBACK = 400  # mentions: how far back pronouns and aliases look for an antecedent
_POSSESSIVE = re.compile(r"[’']s$")
_GENERIC_PRONOUNS = frozenset(["it", "its", "i", "you", "we", "us", "our"])
_RELATIVES = frozenset(["who", "which", "that", "whom"])
_NAME_CONNECTORS = frozenset(["of", "de", "van", "von", "der", "la", "le", "bin", "al"])


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _sex_of(first: str, title: str) -> str | None:
    t = title.lower().rstrip(".")
    if t in {"mrs", "ms", "miss"}:
        return "f"
    if t == "mr":
        return "m"
    f = first.lower()
    if f in FEMALE_FIRST_NAMES:
        return "f"
    if f in MALE_FIRST_NAMES:
        return "m"
    return None


def _entity_type(words: list[str]) -> SpeakerType | None:
    lower = {w.lower().strip(".") for w in words}
    if lower & MEDIA_WORDS:
        return SpeakerType.MEDIA
    if lower & ORGANISATION_WORDS:
        return SpeakerType.ORGANISATION
    return None


class _Resolver:
    def __init__(self, text: str, paragraphs: list[Paragraph], sentences: list[Sentence]):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []  # sorted by start once collected
        self._starts: list[int] = []
        self._by_name: dict[str, int] = {}

    # ------------------------------------------------------------------ names
    def _new_entity(self, name: str, type_: SpeakerType) -> Entity:
        ent = Entity(len(self.entities), name, type_)
        self.entities.append(ent)
        self._by_name[name.lower()] = ent.id
        return ent

    def _name_runs(self) -> list[tuple[list[Token], list[Token], Paragraph]]:
        """(title tokens, name tokens, paragraph) for each capitalised run in the body."""
        runs = []
        for sentence in self.sentences:
            toks = sentence.tokens
            para = self.paragraphs[sentence.paragraph]
            k = 0
            while k < len(toks):
                if not toks[k].is_capitalised or not toks[k].is_word:
                    k += 1
                    continue
                a = k
                while k < len(toks) and (
                    (toks[k].is_capitalised and toks[k].is_word)
                    or (toks[k].lower in _NAME_CONNECTORS and k + 1 < len(toks) and toks[k + 1].is_capitalised)
                ):
                    k += 1
                run = toks[a:k]
                while run and run[0].lower.rstrip(".") in CAPITALISED_STOPWORDS - {"mr", "mrs", "ms", "dr"}:
                    run = run[1:]
                if not run:
                    continue
                titles: list[Token] = []
                if _entity_type([t.text for t in run]) is None:
                    # Everything up to the last title word is the title: "Finance Minister Paul Grant".
                    last_title = max(
                        (n for n, t in enumerate(run[:-1]) if t.lower.rstrip(".") in TITLE_WORDS), default=-1
                    )
                    titles, run = run[: last_title + 1], run[last_title + 1 :]
                runs.append((titles, run, para))
        return runs

    def collect_mentions(self) -> None:
        full: list[tuple[list[Token], list[Token], Paragraph]] = []
        singles: list[tuple[list[Token], Token, Paragraph]] = []
        # Only body sentences: a headline in Title Case is no evidence of names.
        for titles, run, para in self._name_runs():
            if " ".join(_clean(t.text) for t in run).lower() in PLACE_NAMES:
                continue
            if len(run) >= 2 or _entity_type([t.text for t in run]):
                full.append((titles, run, para))
            else:
                singles.append((titles, run[0], para))
        # First pass: multi-word names make entities.
        for titles, run, para in full:
            words = [_clean(t.text) for t in run]
            name = " ".join(words)
            type_ = _entity_type(words) or SpeakerType.PERSON
            key = self._merge_key(words, type_)
            ent_id = self._by_name.get(key) if key else None
            ent = self.entities[ent_id] if ent_id is not None else self._new_entity(name, type_)
            if key:
                self._by_name.setdefault(key, ent.id)
            if len(name) > len(ent.name) and type_ is SpeakerType.PERSON and ent.type is SpeakerType.PERSON:
                ent.add_alias(ent.name)
                ent.name = name
            else:
                ent.add_alias(name)
            role = " ".join(t.lower.rstrip(".") for t in titles)
            if role:
                ent.roles.add(role)
            if ent.type is SpeakerType.PERSON and ent.sex is None:
                ent.sex = _sex_of(words[0], titles[-1].text if titles else "")
            self.mentions.append(Mention(ent.id, run[0].start, _name_end(run[-1]), para.id, "name"))
        # Second pass: single words join the entity they belong to.
        self._index_names()
        for titles, tok, para in sorted(singles, key=lambda x: x[1].start):
            owner = self.entity_for_short_name(_clean(tok.text), tok.start, titles[-1].text if titles else "")
            if owner is None:
                continue
            owner.add_alias(_clean(tok.text))
            self.mentions.append(Mention(owner.id, tok.start, _name_end(tok), para.id, "short name"))
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def _merge_key(self, words: list[str], type_: SpeakerType) -> str:
        if type_ is not SpeakerType.PERSON:
            return " ".join(words).lower()
        # "Donald J. Trump" and "Donald Trump" are one person.
        return f"{words[0].lower()} {words[-1].lower()}"

    def _index_names(self) -> None:
        """Name word -> person entities with that word, and where each was named in full."""
        self._by_part: dict[str, list[Entity]] = {}
        self._named_at: dict[int, list[int]] = {}
        for ent in self.entities:
            if ent.type is SpeakerType.PERSON:
                for part in {p.lower() for p in ent.name.split()}:
                    self._by_part.setdefault(part, []).append(ent)
        for m in self.mentions:
            self._named_at.setdefault(m.entity, []).append(m.start)
        for starts in self._named_at.values():
            starts.sort()
        self._namings: dict[tuple[str, str | None], tuple[list[tuple[int, int]], bool]] = {}

    def _namings_of(self, word: str, want_sex: str | None) -> tuple[list[tuple[int, int]], bool]:
        """(start, person) of every full naming of the persons ``word`` may stand for, in text order,
        and whether each of them was named (found once per word and sex)."""
        key = (word, want_sex)
        if key not in self._namings:
            ents = [e for e in self._by_part.get(word, []) if not (want_sex and e.sex and e.sex != want_sex)]
            namings = sorted((s, e.id) for e in ents for s in self._named_at.get(e.id, []))
            self._namings[key] = (namings, all(e.id in self._named_at for e in ents))
        return self._namings[key]

    def entity_for_short_name(self, word: str, pos: int, title: str = "") -> Entity | None:
        """The person a single name word stands for: the one last named in full before ``pos``.

        When none was named before, the first one named after; "Mr."/"Mrs." veto the other sex.
        """
        want_sex = _sex_of("", title) if title else None
        namings, all_named = self._namings_of(word.lower(), want_sex)
        if all_named:  # (the best of the ranks below, by binary search: the last naming before pos, else the first)
            k = bisect.bisect_left(namings, (pos, -1))
            return self.entities[namings[k - 1][1] if k else namings[0][1]] if namings else None
        candidates = [e for e in self._by_part.get(word.lower(), []) if not (want_sex and e.sex and e.sex != want_sex)]
        if not candidates:
            return None

        def rank(ent: Entity) -> tuple[int, int]:
            starts = self._named_at.get(ent.id, [])  # (sorted)
            k = bisect.bisect_left(starts, pos)  # (the last naming before pos, without a scan of all)
            return (1, starts[k - 1]) if k else (0, -starts[0] if starts else 0)

        return max(candidates, key=rank)

    # ------------------------------------------------------------------ sources
    def paragraph_of(self, pos: int) -> int:
        for p in self.paragraphs:
            if p.start <= pos <= p.end:
                return p.id
        return -1

    def _near(self, start: int, end: int) -> list[Mention]:
        """Mentions that may overlap [start, end): a binary search on the sorted starts."""
        lo = bisect.bisect_left(self._starts, start - _LONGEST_MENTION)
        hi = bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def _mention_inside(self, start: int, end: int) -> Mention | None:
        near = self._near(start, end)
        inside = [m for m in near if m.start >= start and m.end <= end]
        if not inside:
            inside = [m for m in near if m.start < end and m.end > start]
        return max(inside, key=lambda m: (m.end - m.start, -m.start)) if inside else None

    def _people_before(self, pos: int) -> Iterator[Mention]:
        """Mentions ending at or before ``pos``, nearest first."""
        k = bisect.bisect_left(self._starts, pos)
        for m in reversed(self.mentions[max(0, k - _LOOKBACK) : k]):
            if m.end <= pos:
                yield m

    def _add_mention(self, m: Mention) -> None:
        k = bisect.bisect_right(self._starts, m.start)
        self._starts.insert(k, m.start)
        self.mentions.insert(k, m)

    def resolve(self, atts: list[Attribution]) -> list[SpeakerChoice]:
        choices: list[SpeakerChoice] = []
        last_speaker: tuple[int, int] | None = None  # (entity, paragraph)
        for att in atts:
            choice = self._resolve_one(att, last_speaker)
            choices.append(choice)
            nested = att.parent is not None and att.parent.content != att.content
            ent = self.entities[choice.entity] if choice.entity is not None else None
            if not nested and ent is not None and ent.type is SpeakerType.PERSON and not ent.joint:
                # (a speaker reported inside a quote is not "he", and neither is a pair)
                last_speaker = (ent.id, att.paragraph)
            if (
                choice.entity is not None
                and att.source is not None
                and not any(m.start < att.source[1] and m.end > att.source[0] for m in self._near(*att.source))
            ):
                self._add_mention(Mention(choice.entity, att.source[0], att.source[1], att.paragraph, choice.how.value))
        return choices

    def _name(self, entity: int | None) -> str:
        return self.entities[entity].name if entity is not None else "nobody"

    def _resolve_one(self, att: Attribution, last_speaker: tuple[int, int] | None) -> SpeakerChoice:
        if att.source is None:
            return SpeakerChoice(None, Resolution.UNRESOLVED, "no source in the text", 0.0)
        s, e = att.source
        phrase = self.text[s:e]
        words = phrase.split()
        low = [w.lower() for w in words]
        head = _clean(low[-1]) if low else ""
        if len(low) == 1 and head in PERSON_PRONOUNS:
            return self._pronoun(phrase, s, att.paragraph, last_speaker)
        if len(low) == 1 and head in _RELATIVES:
            m = next(self._people_before(s), None)
            if m is not None and m.paragraph == att.paragraph:
                return SpeakerChoice(
                    m.entity, Resolution.RELATIVE, f"“{phrase}” → {self._name(m.entity)}, named just before", 0.8
                )
            return SpeakerChoice(None, Resolution.UNRESOLVED, f"“{phrase}” has no name before it", 0.2)
        if len(low) == 1 and head in PLURAL_PRONOUNS | _GENERIC_PRONOUNS:
            return self._group_pronoun(phrase, s)
        # "the U.S. diplomat" is a description even though "U.S." is capitalised.
        described = len(words) > 1 and words[-1][:1].islower()
        joint = self._joint_speakers(s, e) if " and " in phrase and not described else None
        if joint is not None:
            return joint
        mention = None if described else self._mention_inside(s, e)
        if mention is not None:
            ent = self.entities[mention.entity]
            how = Resolution.EXPLICIT if mention.how == "name" else Resolution.SHORT_NAME
            path = f"named in the text as “{self.text[mention.start : mention.end]}”"
            if how is Resolution.SHORT_NAME:
                path = (
                    f"“{self.text[mention.start : mention.end]}” → {ent.name}, the last {ent.type.value} of that name"
                )
            return SpeakerChoice(ent.id, how, path, 0.95 if how is Resolution.EXPLICIT else 0.85)
        type_ = _entity_type(words)
        determiner = low[0] if low else ""
        person = self._person_from_title(words) if type_ is None and not described else None
        if person is not None:
            return SpeakerChoice(person.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.85)
        if type_ is not None or (not described and any(w[:1].isupper() for w in words)):
            # A bare capitalised name nobody introduced ("Lee said") is most likely a person's surname.
            looks_like_name = len(words) <= 3 and all(w[:1].isupper() for w in words)
            default = SpeakerType.PERSON if looks_like_name else SpeakerType.ORGANISATION
            ent = self._named_group(_clean(phrase) if looks_like_name else phrase, type_ or default, s)
            return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)
        if determiner in {"the", "this", "that"} and (head in ROLE_NOUNS or head in ROLE_SYNONYMS):
            ent_id = self._alias(head, s, last_speaker)
            if ent_id is not None:
                return SpeakerChoice(
                    ent_id,
                    Resolution.ALIAS,
                    f"“{phrase}” → {self._name(ent_id)}, {self._alias_reason(ent_id, head)}",
                    0.7,
                )
        anon = self._named_group(_anonymous_label(phrase), SpeakerType.ANONYMOUS, s)
        return SpeakerChoice(anon.id, Resolution.ANONYMOUS, f"“{phrase}” names nobody in particular", 0.5)

    def _joint_speakers(self, start: int, end: int) -> SpeakerChoice | None:
        """ "Trump and Putin agreed": two named people speak together — one speaker row for the pair,
        not either of them alone."""
        people: list[int] = []
        for m in self._near(start, end):
            inside = m.start >= start and m.end <= end
            if inside and self.entities[m.entity].type is SpeakerType.PERSON and m.entity not in people:
                people.append(m.entity)
        if len(people) < 2:
            return None
        name = " and ".join(self.entities[p].name for p in people)
        ent = self._named_group(name, SpeakerType.PERSON, start)
        ent.members = [self.entities[p].name for p in people]
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named together: {name}", 0.8)

    def _person_from_title(self, words: list[str]) -> Entity | None:
        """ "Mr. Obama", "Sen. Warren": a title and one or two capitalised words name a person."""
        if len(words) < 2 or words[0].lower().rstrip(".") not in TITLE_WORDS:
            return None
        k = 0
        while k < len(words) - 1 and words[k].lower().rstrip(".") in TITLE_WORDS:
            k += 1
        rest = [_clean(w) for w in words[k:]]
        if not (1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest)):
            return None
        name = " ".join(rest)
        ent = self._named_group(name, SpeakerType.PERSON, 0)
        if ent.type is SpeakerType.PERSON and ent.sex is None:
            ent.sex = _sex_of(rest[0] if len(rest) > 1 else "", words[k - 1])
        ent.roles.add(" ".join(w.lower().rstrip(".") for w in words[:k]))
        return ent

    def _alias_reason(self, ent_id: int, head: str) -> str:
        roles = self.entities[ent_id].roles
        match = [r for r in sorted(roles) if any(syn in r for syn in ROLE_SYNONYMS.get(head, {head}))]
        return f"introduced as “{match[0]}”" if match else "the person quoted last"

    def _alias(self, head: str, pos: int, last_speaker: tuple[int, int] | None) -> int | None:
        synonyms = ROLE_SYNONYMS.get(head, frozenset({head}))
        for m in self._people_before(pos):
            ent = self.entities[m.entity]
            if ent.type is SpeakerType.PERSON and any(syn in role for role in ent.roles for syn in synonyms):
                return ent.id
        return last_speaker[0] if last_speaker else None

    def _pronoun(self, phrase: str, pos: int, paragraph: int, last_speaker: tuple[int, int] | None) -> SpeakerChoice:
        low = phrase.lower()
        sex = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None

        def compatible(ent_id: int) -> bool:
            ent = self.entities[ent_id]
            return ent.type is SpeakerType.PERSON and (sex is None or ent.sex is None or ent.sex == sex)

        if last_speaker and paragraph - last_speaker[1] <= 1 and compatible(last_speaker[0]):
            # Only if no other compatible person was named in between, in this paragraph.
            between = [m for m in self._people_before(pos) if m.paragraph == paragraph and compatible(m.entity)]
            if not between or between[0].entity == last_speaker[0] or paragraph != last_speaker[1]:
                where = "this paragraph" if paragraph == last_speaker[1] else "the paragraph before"
                return SpeakerChoice(
                    last_speaker[0],
                    Resolution.PRONOUN,
                    f"“{phrase}” → {self._name(last_speaker[0])}, the speaker quoted in {where}",
                    0.8,
                )
        for m in self._people_before(pos):
            if paragraph - m.paragraph > 2:
                break
            if compatible(m.entity):
                return SpeakerChoice(
                    m.entity,
                    Resolution.PRONOUN,
                    f"“{phrase}” → {self._name(m.entity)}, the nearest person named before",
                    0.65,
                )
        if last_speaker and compatible(last_speaker[0]):
            return SpeakerChoice(
                last_speaker[0],
                Resolution.PRONOUN,
                f"“{phrase}” → {self._name(last_speaker[0])}, the last speaker",
                0.5,
            )
        return SpeakerChoice(None, Resolution.UNRESOLVED, f"“{phrase}”: no person named before it", 0.2)

    def _group_pronoun(self, phrase: str, pos: int) -> SpeakerChoice:
        for m in self._people_before(pos):
            ent = self.entities[m.entity]
            if ent.type is not SpeakerType.PERSON:
                return SpeakerChoice(
                    ent.id, Resolution.PRONOUN, f"“{phrase}” → {ent.name}, the nearest group named before", 0.5
                )
        return SpeakerChoice(None, Resolution.UNRESOLVED, f"“{phrase}”: no group named before it", 0.2)

    def _named_group(self, label: str, type_: SpeakerType, pos: int) -> Entity:
        key = label.lower()
        if key in self._by_name:
            return self.entities[self._by_name[key]]
        return self._new_entity(label, type_)


def _name_end(tok: Token) -> int:
    """End offset of a name token without its possessive ("Putin’s" -> "Putin")."""
    return tok.end - 2 if _POSSESSIVE.search(tok.text) else tok.end


def _anonymous_label(phrase: str) -> str:
    """'A senior official' -> 'a senior official' (one label per wording)."""
    words = phrase.split()
    if words and words[0].lower() in {"a", "an", "the", "some", "one", "two", "several"}:
        words[0] = words[0].lower()
    return " ".join(words)


@dataclass(slots=True)
class SpeakerResult:
    entities: list[Entity]
    mentions: list[Mention]
    choices: list[SpeakerChoice]


def resolve_speakers(
    text: str, paragraphs: list[Paragraph], attributions: list[Attribution], sentences: list[Sentence] | None = None
) -> SpeakerResult:
    """Mentions, entities and one :class:`SpeakerChoice` per attribution (same order)."""
    if sentences is None:
        sentences = segment_sentences(text, paragraphs)
    r = _Resolver(text, paragraphs, sentences)
    r.collect_mentions()
    choices = r.resolve(attributions)
    return SpeakerResult(r.entities, r.mentions, choices)
