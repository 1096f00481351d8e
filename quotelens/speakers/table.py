"""The speakers and mentions tables, and which quotations count when quotations are counted by speaker.

In: the article text, paragraphs, attributions and the :class:`~quotelens.speakers.model.SpeakerResult`.
Out: the ``speakers`` and ``mentions`` tables of :mod:`quotelens.schema`, and :func:`countable`, the
quotations a who-said-what count should include (``speaker_sure``: the resolution was not a close call).
"""

from __future__ import annotations

import bisect

import pandas as pd

from quotelens.attribution import Attribution
from quotelens.schema import build_table
from quotelens.segment import Paragraph, ParagraphRole
from quotelens.speakers.model import SpeakerResult


def paragraph_of(paragraphs: list[Paragraph], pos: int) -> int:
    """Id of the paragraph holding ``pos`` (paragraphs are in text order, ids = positions)."""
    k = bisect.bisect_right(paragraphs, pos, key=lambda p: p.start) - 1
    return int(paragraphs[k if k > 0 else 0].id) if paragraphs else 0


def countable(quotes: pd.DataFrame, sure_only: bool = True) -> pd.DataFrame:
    """The quotation pieces a count by speaker should include: with ``sure_only``, those whose speaker
    was resolved surely (an unsure pronoun or description, or no speaker at all, is left out)."""
    if not sure_only or "speaker_sure" not in quotes.columns:
        return quotes
    return quotes[quotes["speaker_sure"].astype(bool)]


def speakers_table(text: str, paragraphs: list[Paragraph], atts: list[Attribution], res: SpeakerResult) -> pd.DataFrame:
    mentions: dict[int, int] = {}
    first: dict[int, int] = {}
    quotes: dict[int, int] = {}
    headline: dict[int, int] = {}
    words: dict[int, int] = {}
    title = {p.id for p in paragraphs if p.role is ParagraphRole.TITLE}
    for m in res.mentions:
        mentions[m.entity] = mentions.get(m.entity, 0) + 1
        if m.paragraph < first.get(m.entity, m.paragraph + 1):
            first[m.entity] = m.paragraph
    for att, choice in zip(atts, res.choices, strict=True):
        if choice.entity is None:
            continue
        e = choice.entity
        p = paragraph_of(paragraphs, att.start)
        if p < first.get(e, p + 1):
            first[e] = p
        if att.paragraph in title:
            headline[e] = headline.get(e, 0) + 1  # the headline's claim is not a quotation of the body
            continue
        quotes[e] = quotes.get(e, 0) + 1
        words[e] = words.get(e, 0) + sum(len(text[s:t].split()) for s, t in att.content)
    # most quoted first, then most mentioned (a stable sort: ties keep the cast's order), before the table is built
    ents = sorted(res.entities, key=lambda x: (-quotes.get(x.id, 0), -mentions.get(x.id, 0)))
    return build_table(
        "speakers",
        {
            "id": [x.id for x in ents],
            "name": [x.name for x in ents],
            "type": [x.type._value_ for x in ents],
            "aliases": ["; ".join(x.aliases) for x in ents],
            "roles": ["; ".join(sorted(x.roles)) for x in ents],
            "mentions": [mentions.get(x.id, 0) for x in ents],
            "members": ["; ".join(x.members) for x in ents],
            "quotes": [quotes.get(x.id, 0) for x in ents],
            "quoted_words": [words.get(x.id, 0) for x in ents],
            "headline_reports": [headline.get(x.id, 0) for x in ents],
            "first_paragraph": [first.get(x.id) for x in ents],
        },
    )


def mentions_table(text: str, res: SpeakerResult) -> pd.DataFrame:
    ms = res.mentions
    ents = res.entities
    return build_table(
        "mentions",
        {
            "id": list(range(len(ms))),
            "speaker": [ents[m.entity].name for m in ms],
            "speaker_type": [ents[m.entity].type._value_ for m in ms],  # (.value: a Python property call each)
            "paragraph_id": [m.paragraph for m in ms],
            "start": [m.start for m in ms],
            "end": [m.end for m in ms],
            "text": [text[m.start : m.end] for m in ms],
            "how": [m.how for m in ms],
        },
    )
