"""Who speaks: resolve each attribution's source to an entity (person, organisation, group, document).

In: the article text, its paragraphs and sentences, and the attributions of
:mod:`quotelens.attribution`. Out: a :class:`SpeakerResult` — the entities, every mention of them,
and one :class:`SpeakerChoice` per attribution saying who speaks, how that was decided (in words)
and whether the choice was sure.

The pipeline, one module per stage:

1. :mod:`~quotelens.speakers.names` — names as wholes in each sentence (titles become roles,
   epithets and sentence openers are dropped, organisations keep their inner words; words split at a
   combining accent are glued back first, :mod:`~quotelens.speakers.glued`);
2. :mod:`~quotelens.speakers.mentions` — entities from names, short names linked to them; sex from
   titles and pronouns (:mod:`~quotelens.speakers.sexes`); groups of names joined by "and", "its"
   organisations and a person's campaign (:mod:`~quotelens.speakers.derived`);
3. :mod:`~quotelens.speakers.candidates` — the candidate antecedents of a pronoun or description;
4. :mod:`~quotelens.speakers.ranker` — a learned ranker over them (weights in ``data/speakers.json``);
5. :mod:`~quotelens.speakers.descriptions` and :mod:`~quotelens.speakers.documents` — what a
   source phrase is, groups, documents (a poll's conductor: :mod:`~quotelens.speakers.pollsters`) and
   the writer;
6. :mod:`~quotelens.speakers.resolve` — each attribution in text order: names
   (:mod:`~quotelens.speakers.named`), relative pronouns (:mod:`~quotelens.speakers.relatives`),
   descriptions (:mod:`~quotelens.speakers.described`, with a person's campaign in
   :mod:`~quotelens.speakers.owned`, organisations by kind in :mod:`~quotelens.speakers.orgkinds`,
   members of one in :mod:`~quotelens.speakers.members`, parties in :mod:`~quotelens.speakers.parties`);
7. :mod:`~quotelens.speakers.table` — the speakers and mentions tables.
"""

from __future__ import annotations

import bisect

from quotelens.attribution import Attribution
from quotelens.segment import (
    Paragraph,
    ParagraphRole,
    QuoteRegion,
    RegionIndex,
    Sentence,
    find_quote_regions,
    segment_sentences,
)
from quotelens.speakers.coref import role_mentions
from quotelens.speakers.headline import headline_people
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerResult, SpeakerType
from quotelens.speakers.resolve import Resolver

__all__ = [
    "ArticleContext",
    "Entity",
    "Mention",
    "Resolution",
    "SpeakerChoice",
    "SpeakerResult",
    "SpeakerType",
    "prepare",
    "resolve_speakers",
]


class ArticleContext:
    """Where a position is: its sentence, its paragraph, inside a quotation or not."""

    def __init__(self, paragraphs: list[Paragraph], sentences: list[Sentence], regions: list[QuoteRegion]) -> None:
        self.paragraphs = paragraphs
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._paragraph_starts = [p.start for p in paragraphs]
        self._regions = RegionIndex(regions)

    def sentence_at(self, pos: int) -> int:
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        return k if k > 0 else 0

    def paragraph_at(self, pos: int) -> int:
        k = bisect.bisect_right(self._paragraph_starts, pos) - 1
        return self.paragraphs[k if k > 0 else 0].id if self.paragraphs else 0

    def in_quote(self, pos: int) -> bool:
        return self._regions.at(pos) is not None


def resolve_speakers(
    text: str,
    paragraphs: list[Paragraph],
    attributions: list[Attribution],
    sentences: list[Sentence] | None = None,
    regions: list[QuoteRegion] | None = None,
) -> SpeakerResult:
    """Mentions, entities and one :class:`SpeakerChoice` per attribution (same order)."""
    if sentences is None:
        sentences = segment_sentences(text, paragraphs)
    if regions is None:
        regions = find_quote_regions(text, paragraphs)
    resolver = prepare(text, paragraphs, sentences, regions)
    choices = resolver.resolve(attributions)
    return SpeakerResult(resolver.cast.entities, resolver.cast.mentions, choices)


def prepare(text: str, paragraphs: list[Paragraph], sentences: list[Sentence], regions: list[QuoteRegion]) -> Resolver:
    """The article's cast collected (names, mentions, the headline's words), ready to resolve attributions."""
    ctx = ArticleContext(paragraphs, sentences, regions)
    cast = Cast(text, sentences, ctx.in_quote)
    title = next((p for p in paragraphs if p.role is ParagraphRole.TITLE), None)
    if title is not None:
        cast.headline_words = {w.strip(".,:;!?’'\"“”").lower() for w in text[title.start : title.end].split()}
        cast.headline_words |= {w[:-2] for w in cast.headline_words if w.endswith(("’s", "'s"))}
        headline_people(cast, text, title)
    cast.collect()
    role_mentions(cast)
    return Resolver(text, cast, ctx)
