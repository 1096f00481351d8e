"""The engine's output record: :class:`Attribution` (content, cue, source, rule) and :class:`QuoteKind`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Span = tuple[int, int]


class QuoteKind(StrEnum):
    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"

    @classmethod
    def of_share(cls, share: float) -> QuoteKind:
        """Direct when 90 % of a content's words are inside quotation marks, mixed when some are."""
        return cls.DIRECT if share >= 0.9 else cls.MIXED if share > 0 else cls.INDIRECT


@dataclass(slots=True)
class Attribution:
    """One attribution: ``content`` fragments credited to ``source`` through ``cue``."""

    content: list[Span]
    cue: Span | None
    source: Span | None
    paragraph: int
    rule: str
    confidence: float
    kind: QuoteKind = QuoteKind.INDIRECT
    group: int = -1
    # The confidence model's inputs (see quotelens.confidence), kept as evidence.
    features: dict[str, float] = field(default_factory=dict)
    # The attribution this one is reported inside ("Putin denied X, Tillerson said"), if any.
    parent: Attribution | None = None
    notes: list[str] = field(default_factory=list)
    # Shown to the reader inside another report, but not written for the scorer (nominal cues,
    # and reports inside reports that the confidence model alone would drop).
    reader_only: bool = False
    # Where the content could have ended, with the features the boundary chooser weighed.
    end_options: list[tuple[int, dict[str, float]]] = field(default_factory=list, repr=False)
    # How sure the chooser was of that end (its softmax share), when it chose.
    end_share: float | None = None
    # Where the content could have started, with the features the start chooser weighed.
    start_options: list[tuple[int, dict[str, float]]] = field(default_factory=list, repr=False)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]
