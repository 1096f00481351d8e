"""Corrections of one quotation, and how several of them add up.

In: what a reader changed about one quotation. Out: :class:`Correction` records, keyed by the
article's text (:func:`article_digest`) and the quotation's offsets as the engine found them
(:func:`quotation_key`), and :func:`effective`, which folds a quotation's history into the one
correction in force.

A correction sets any of four things; ``None`` leaves a thing as the engine (or an earlier
correction) had it:

* the speaker: ``speaker`` (a name: one of the article's speakers or a new one),
  ``speaker_type`` (person, organisation, media, or anonymous: nobody in particular) and
  ``source_words`` (the words that name the speaker in the text; ``()`` for none), set together;
* ``kind``: direct, mixed or indirect;
* ``not_quote``: True when the engine's quotation is not one (False undoes it);
* ``content_words``: the content, one (first word, last word) range per piece.

``op`` is ``fix`` (change the engine's quotation), ``add`` (a quotation the engine missed; its
key is its own offsets) or ``revert`` (back to the engine's attribution; the history stays).
Several corrections of one quotation add up in time order, the later one winning for each
thing it sets: two readers correcting the speaker and the kind at once both stick, and two
correcting the speaker leave the later one in force and the earlier one in the history.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from quotelens.attribution import QuoteKind
from quotelens.corrections.words import WordRange
from quotelens.speakers import SpeakerType

KINDS = tuple(k.value for k in QuoteKind)
SPEAKER_TYPES = tuple(t.value for t in SpeakerType)  # the engine's types: a corrected speaker is one of them


class Op(StrEnum):
    FIX = "fix"
    ADD = "add"
    REVERT = "revert"


def article_digest(text: str) -> str:
    """SHA-256 of the article's (normalised) text: the same text has the same corrections."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def offsets_key(content: Sequence[tuple[int, int]]) -> str:
    """'246-323' or '498-530;548-614': a quotation's pieces as the engine found them."""
    return ";".join(f"{s}-{e}" for s, e in content)


def parse_key(key: str) -> list[tuple[int, int]]:
    """The pieces of a key (a '#n' suffix, for the n-th quotation of the same words, is dropped)."""
    spans = key.split("#", 1)[0]
    try:
        return [(int(s), int(e)) for s, e in (p.split("-") for p in spans.split(";"))]
    except ValueError as exc:
        raise ValueError(f"quotation key {key!r} is not 'start-end;start-end...'") from exc


def quotation_keys(contents: Iterable[Sequence[tuple[int, int]]]) -> list[str]:
    """One key per quotation: its offsets, with '#1', '#2' for later quotations of the same words
    ("According to Russian media, C, according to remarks Lavrov made" credits C twice)."""
    seen: dict[str, int] = {}
    keys = []
    for content in contents:
        key = offsets_key(content)
        n = seen.get(key, 0)
        seen[key] = n + 1
        keys.append(f"{key}#{n}" if n else key)
    return keys


NO_WORDS = "none"


def format_ranges(ranges: Sequence[WordRange] | None) -> str | None:
    """(3, 9), (12, 20) -> '3-9;12-20'; () -> 'none' (no words); None -> None (unchanged)."""
    if ranges is None:
        return None
    return ";".join(f"{a}-{b}" for a, b in ranges) or NO_WORDS


def parse_ranges(value: str | None) -> tuple[WordRange, ...] | None:
    """The inverse of :func:`format_ranges` ('' is None too: an empty CSV cell)."""
    if value is None or not value.strip():
        return None
    if value.strip() == NO_WORDS:
        return ()
    try:
        return tuple((int(a), int(b)) for a, b in (p.split("-") for p in value.split(";")))
    except ValueError as exc:
        raise ValueError(f"word ranges {value!r} are not 'first-last;first-last...'") from exc


def now() -> str:
    """UTC time as ISO 8601 with microseconds: sorts as text, in every database."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class Correction:
    """One reader's correction of one quotation (see the module docstring)."""

    article: str  # article_digest of the text
    quote: str  # quotation key: the engine's offsets ('246-323'), or the added content's
    op: Op = Op.FIX
    speaker: str | None = None
    speaker_type: str | None = None
    source_words: tuple[WordRange, ...] | None = None
    kind: str | None = None
    not_quote: bool | None = None
    content_words: tuple[WordRange, ...] | None = None
    note: str = ""
    author: str = ""
    session: str = ""
    article_name: str = ""
    # what the engine said, for the history (it may say otherwise once the engine changes)
    original_speaker: str | None = None
    original_kind: str | None = None
    original_text: str | None = None
    created_at: str = field(default_factory=now)
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    seq: int = 0  # the database's row number (0 until stored): orders writes made in one instant

    def __post_init__(self) -> None:
        object.__setattr__(self, "op", Op(self.op))
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.speaker_type is not None and self.speaker_type not in SPEAKER_TYPES:
            raise ValueError(f"speaker type {self.speaker_type!r} is not one of {', '.join(SPEAKER_TYPES)}")
        if self.speaker is not None and not self.speaker.strip():
            raise ValueError("a speaker's name cannot be empty (mark the speaker anonymous instead)")
        if self.source_words is not None and len(self.source_words) > 1:
            raise ValueError("the words naming the speaker are one range")
        if self.op is Op.ADD and not self.content_words:
            raise ValueError("an added quotation needs its content words")
        parse_key(self.quote)

    @property
    def sets_speaker(self) -> bool:
        return self.speaker is not None or self.speaker_type is not None or self.source_words is not None

    def changes(self) -> list[str]:
        """What this correction sets, in words ('speaker Rex Tillerson', 'kind direct')."""
        out = []
        if self.op is Op.REVERT:
            return ["back to the engine's attribution"]
        if self.op is Op.ADD:
            out.append("a quotation the engine missed")
        if self.speaker_type == "anonymous":
            out.append(f"speaker anonymous ({self.speaker})" if self.speaker else "speaker anonymous")
        elif self.speaker is not None:
            out.append(f"speaker {self.speaker}")
        if self.source_words is not None:
            out.append(f"source words {format_ranges(self.source_words)}")
        if self.kind is not None:
            out.append(f"kind {self.kind}")
        if self.not_quote is not None:
            out.append("not a quotation" if self.not_quote else "a quotation after all")
        if self.content_words is not None:
            out.append(f"content words {format_ranges(self.content_words)}")
        return out

    def sort_key(self) -> tuple[str, int, str]:
        return (self.created_at, self.seq, self.uid)


_SPEAKER_FIELDS = ("speaker", "speaker_type", "source_words")
_OTHER_FIELDS = ("kind", "not_quote", "content_words")
_RECORD_FIELDS = ("note", "author", "session", "article_name", "created_at", "uid", "seq")


def effective(history: Iterable[Correction]) -> dict[str, Correction]:
    """The correction in force for each quotation: its corrections folded in time order.

    A ``revert`` forgets what came before it; otherwise each later correction replaces what it
    sets (the speaker, its type and source words together), and an ``add`` stays an addition.
    The result's author, time and note are those of the latest correction.
    """
    out: dict[str, Correction] = {}
    for c in sorted(history, key=Correction.sort_key):
        prev = out.get(c.quote)
        if prev is None or c.op is Op.REVERT:
            out[c.quote] = c
            continue
        changes: dict[str, object] = {f: getattr(c, f) for f in _RECORD_FIELDS}
        if c.sets_speaker:
            changes.update({f: getattr(c, f) for f in _SPEAKER_FIELDS})
        changes.update({f: getattr(c, f) for f in _OTHER_FIELDS if getattr(c, f) is not None})
        if c.op is Op.ADD or prev.op is Op.REVERT:
            changes["op"] = c.op
        out[c.quote] = replace(prev, **changes)  # type: ignore[arg-type]
    return out


def as_row(c: Correction) -> dict[str, Any]:
    """The correction as a flat dict of strings, numbers and booleans (database, JSON, CSV)."""
    row: dict[str, Any] = {f.name: getattr(c, f.name) for f in fields(Correction)}
    row["op"] = c.op.value
    row["source_words"] = format_ranges(c.source_words)
    row["content_words"] = format_ranges(c.content_words)
    return row


def from_row(row: dict[str, Any]) -> Correction:
    """The inverse of :func:`as_row` (unknown keys are ignored, missing ones take defaults)."""
    values = {k: v for k, v in row.items() if k in _NAMES}
    for k in ("source_words", "content_words"):
        v = values.get(k)
        values[k] = parse_ranges(v) if v is None or isinstance(v, str) else tuple((int(a), int(b)) for a, b in v)
    return Correction(**values)


_NAMES = frozenset(f.name for f in fields(Correction))
