"""The records of speaker resolution: entities, their mentions, and one choice per attribution."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SpeakerType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    GROUP = "group"  # people or organisations speaking together ("Trump and Putin agreed", "they")
    DOCUMENT = "document"  # a report, poll, email or ad with no named author organisation
    ANONYMOUS = "anonymous"


class Resolution(StrEnum):
    EXPLICIT = "explicit"
    SHORT_NAME = "short name"
    PRONOUN = "pronoun"
    RELATIVE = "relative pronoun"
    FIRST_PERSON = "first person"
    ALIAS = "alias"  # a description that names a known entity ("the U.S. diplomat", "the network")
    GROUP = "group"
    DOCUMENT = "document"
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
    # for a group: the names of its members ("Trump and Putin agreed"); a group is never "he"
    members: list[str] = field(default_factory=list)
    # how sure the name looks like a person's (a first name, a title): 1, or 0 for a bare capitalised run
    person_evidence: float = 0.0
    # for a document: the organisation or person credited with it ("a Quinnipiac poll")
    author: int | None = None
    # the sex a "he" or "she" resolved to it gives: only a veto of the other pronoun (ranker.rank)
    said_sex: str | None = None

    @property
    def joint(self) -> bool:
        return bool(self.members)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(frozen=True, slots=True)
class Mention:  # (a dataclass: the corrections replace a mention's entity with dataclasses.replace)
    entity: int
    start: int
    end: int
    paragraph: int
    how: str  # "name", "short name", "pronoun", "alias", ...
    sentence: int = -1  # index into the article's sentences (-1: unknown)
    subject: bool = False  # opens its clause, or is the source of a report
    in_quote: bool = False  # inside quotation marks (a name someone else says)


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    entity: int | None
    how: Resolution
    path: str
    confidence: float
    # False when the ranker's choice was close or weak: shown as unsure and kept out of the counts
    sure: bool = True


@dataclass(slots=True)
class SpeakerResult:
    entities: list[Entity]
    mentions: list[Mention]
    choices: list[SpeakerChoice]
