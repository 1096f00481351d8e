"""Load an article into pandas tables: paragraphs, quotes, speakers, mentions.

In: a :class:`~pathlib.Path` (a file to read), raw bytes, or a ``str`` of article text — a
``str`` is always text, never a file name, so text from data cannot make us read a file.
Out: an :class:`Article` whose ``text`` every offset points into, and four tables whose
columns are declared in :mod:`quotelens.schema`.

Example::

    >>> from quotelens import load_article
    >>> from pathlib import Path
    >>> art = load_article(Path("corpus/trump-putin-meeting.txt"))
    >>> art.quotes[["speaker", "kind", "text"]].head()
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens import quotestyle
from quotelens.attribution import Attribution, QuoteKind, find_attributions, first_per_content
from quotelens.gcpause import without_gc
from quotelens.paragraph_roles import byline_meta
from quotelens.schema import SCHEMAS, build_table
from quotelens.segment import (
    Paragraph,
    ParagraphRole,
    RegionIndex,
    find_quote_regions,
    segment_paragraphs,
    segment_sentences,
)
from quotelens.speakers import SpeakerChoice, SpeakerResult, SpeakerType, resolve_speakers
from quotelens.speakers.table import mentions_table, speakers_table
from quotelens.stance import lemma_of, stance_of
from quotelens.textio import DecodedText, apply_roles, decode_bytes, decode_text, read_path
from quotelens.transcript import apply_transcript


@dataclass(slots=True)
class Article:
    """One article and its tables. ``text[start:end]`` is the span of every row."""

    name: str
    text: str
    title: str
    paragraphs: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    mentions: pd.DataFrame
    attributions: list[Attribution]
    choices: list[SpeakerChoice]
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # what the page says: headline, byline, date, outlet, url
    # the speaker resolution the tables were built from (entities, mentions), kept so that a
    # reader's corrections can rebuild them (quotelens.corrections)
    speaker_result: SpeakerResult | None = None
    # the speakers' colours of the article this one was derived from (a reader's corrections, only the
    # sure speakers): a derived view keeps them, so nobody changes colour between views
    palette: dict[str, str] | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "paragraphs": self.paragraphs,
            "quotes": self.quotes,
            "speakers": self.speakers,
            "mentions": self.mentions,
        }

    def scorer_records(self, doc: str | None = None) -> list[dict[str, Any]]:
        """One record per quotation in the prediction format of ``score_attributions.py``.

        When one content is credited twice ("according to Russian media ... according to
        remarks Lavrov made"), the first attribution found is the one written.
        """
        out: list[dict[str, Any]] = []
        named = {
            int(i): n
            for i, n, t in zip(self.speakers["id"], self.speakers["name"], self.speakers["type"], strict=True)
            if t != SpeakerType.ANONYMOUS
        }
        # the flat format keeps one (the outermost) attribution per content
        for n in first_per_content(self.attributions):
            att, choice = self.attributions[n], self.choices[n]
            speaker = named.get(choice.entity) if choice.entity is not None else None
            out.append(
                {
                    "doc": doc or self.name,
                    "content": [list(f) for f in att.content] if len(att.content) > 1 else list(att.content[0]),
                    "source": list(att.source) if att.source else None,
                    "cue": list(att.cue) if att.cue else None,
                    "speaker": speaker,
                    "kind": att.kind.value,
                }
            )
        return out


def load_article(source: str | bytes | os.PathLike[str], name: str | None = None, *, has_title: bool = True) -> Article:
    """Build every table of ``source``: a file (a ``Path``), bytes, or article text (a ``str``).

    A ``str`` is the article's text even when it looks like a file name ("/etc/passwd"): only
    a path object says "read this file". ``has_title=False``: the text has no headline, so its first
    paragraph is the story's (:func:`quotelens.segment.segment_paragraphs`).

    Raises:
        ArticleInputError: the input is binary, too large, or unreadable; the message
            names the input and the reason.
    """
    if isinstance(source, os.PathLike):
        path = Path(source)
        decoded = read_path(path)
        name = name or path.stem
    elif isinstance(source, bytes):
        decoded = decode_bytes(source, name or "upload")
    else:
        decoded = decode_text(source, name or "text")
    return build_article(decoded, name or "text", has_title=has_title)


@without_gc  # (a long text's analysis spent a quarter of its time in full collections)
def build_article(decoded: DecodedText, name: str, *, has_title: bool = True) -> Article:
    text = decoded.text
    paragraphs = apply_roles(segment_paragraphs(text, has_title), decoded.roles)
    # (the engine reads British quotation marks as American ones, offset for offset; the tables show ``text``)
    read, style = quotestyle.for_engine(text, paragraphs)
    regions = find_quote_regions(read, paragraphs)
    sentences = segment_sentences(read, paragraphs)
    attributions = find_attributions(read, paragraphs, regions, sentences)
    result = resolve_speakers(read, paragraphs, attributions, sentences, regions)
    # interview transcripts: "Q:" / "A:" / "RUIZ:" lines are direct speech of the people the article names
    attributions, result = apply_transcript(read, paragraphs, attributions, result)
    title_para = next((p for p in paragraphs if p.role is ParagraphRole.TITLE), None)
    title = text[title_para.start : title_para.end] if title_para else ""
    para_df = build_table(
        "paragraphs",
        {
            "id": [p.id for p in paragraphs],
            "start": [p.start for p in paragraphs],
            "end": [p.end for p in paragraphs],
            "text": [text[p.start : p.end] for p in paragraphs],
            "role": [p.role._value_ for p in paragraphs],  # (.value: a Python property call each)
            "words": [len(text[p.start : p.end].split()) for p in paragraphs],
        },
    )
    quotes = _quotes_table(text, paragraphs, attributions, result, RegionIndex(regions))
    speakers = speakers_table(text, paragraphs, attributions, result)
    mentions = mentions_table(text, result)
    notes = list(decoded.notes) + ([style] if style else [])
    if not text.strip():
        notes.append("the article is empty")
    elif not attributions:
        notes.append("no quotation or attribution was found")
    article = Article(
        name, text, title, para_df, quotes, speakers, mentions, attributions, result.choices, decoded.encoding, notes
    )
    # (a plain text's byline and dateline fill what the page's or file's own metadata leaves out)
    bylines = [text[p.start : p.end] for p in paragraphs if p.role is ParagraphRole.BYLINE]
    article.meta = {**byline_meta(bylines), **decoded.meta}
    article.speaker_result = result
    return article


def _quotes_table(
    text: str, paragraphs: list[Paragraph], atts: list[Attribution], res: SpeakerResult, regions: RegionIndex
) -> pd.DataFrame:
    """The quotes table, a row per content piece (``regions``: the quoted regions the engine read)."""
    cols: dict[str, list[Any]] = {c: [] for c, _, _ in SCHEMAS["quotes"]}
    group_of = {id(a): n for n, a in enumerate(atts)}
    names = [res.entities[c.entity].name if c.entity is not None else None for c in res.choices]
    starts = [p.start for p in paragraphs]
    ids, para_ids, span_starts, span_ends, texts, words = (
        cols[c] for c in ("id", "paragraph_id", "start", "end", "text", "words")
    )
    for group, (att, choice) in enumerate(zip(atts, res.choices, strict=True)):
        # (the columns one attribution's rows share, worked out once: a content in pieces has a row a piece)
        for c, v in _shared_columns(text, att, choice, res, group_of, names, group).items():
            cols[c] += [v] * len(att.content)
        kinds = _piece_kinds(att, text, regions)
        if kinds is not None:
            cols["kind"][-len(att.content) :] = kinds
        for s, e in att.content:
            ids.append(len(ids))
            # the paragraph holding s (paragraphs are in text order, ids = positions)
            k = bisect.bisect_right(starts, s) - 1
            para_ids.append(int(paragraphs[k if k > 0 else 0].id) if paragraphs else 0)
            span_starts.append(s)
            span_ends.append(e)
            texts.append(text[s:e])
            words.append(len(text[s:e].split()))
    return build_table("quotes", cols)


def _piece_kinds(att: Attribution, text: str, regions: RegionIndex) -> list[str] | None:
    """The kind of each piece of a mixed content in pieces ("Ruiz said gusts pushed embers" and the next
    paragraph's "“Once it got into the fences …”": indirect, then direct), or None (one kind for all: the
    pieces of one sentence are one mixed quotation, 'Russia, he said, “is more isolated”', 'what she calls
    “the tyranny of deliverables”')."""
    if len(att.content) < 2 or att.kind is not QuoteKind.MIXED:
        return None
    if all(_SENTENCE_BREAK.search(text, e, s2) is None for (_, e), (s2, _) in itertools.pairwise(att.content)):
        return None
    return [QuoteKind.of_share(regions.quoted_share(text, [piece])).value for piece in att.content]


# What parts two pieces into separate sentences: a line break, or a sentence's end before a capital
_SENTENCE_BREAK = re.compile(r"\n|[.!?][”\"’']?\s+[“\"‘']?[A-Z]")


def _shared_columns(
    text: str,
    att: Attribution,
    choice: SpeakerChoice,
    res: SpeakerResult,
    group_of: dict[int, int],
    names: list[str | None],
    group: int,
) -> dict[str, Any]:
    """The quotes-table columns of every row (content piece) of attribution number ``group``."""
    ent = res.entities[choice.entity] if choice.entity is not None else None
    cue, src = att.cue, att.source
    cue_text = text[cue[0] : cue[1]] if cue else None
    chain: list[str] = []
    parent, steps = att.parent, 0
    while parent is not None and steps < 10:
        relay = res.choices[group_of[id(parent)]].entity
        # ('Paul Ryan said he had said C': nobody relays their own words; Ryan is heard first-hand)
        if relay is None or relay != choice.entity:
            chain.insert(0, names[group_of[id(parent)]] or "an unnamed source")
        parent, steps = parent.parent, steps + 1
    return {
        "group": group,
        "kind": att.kind.value,
        "cue_text": cue_text,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "cue_lemma": _cue_lemma(cue_text) if cue_text else None,
        "stance": _cue_stance(cue_text),
        "mention_text": text[src[0] : src[1]] if src else None,
        "mention_start": src[0] if src else None,
        "mention_end": src[1] if src else None,
        "speaker": ent.name if ent else None,
        "speaker_type": ent.type.value if ent else None,
        "parent_group": group_of[id(att.parent)] if att.parent is not None else None,
        "via": " → ".join(chain) if chain else None,
        "resolution": choice.how.value,
        "speaker_sure": bool(ent is not None and choice.sure),
        "evidence": f"{att.rule}; {choice.path}" + "".join(f"; {n}" for n in att.notes),
        "rule": att.rule,
        "confidence": round(min(att.confidence, choice.confidence) if ent else att.confidence * 0.5, 2),
        "corrected": False,
    }


# (an article's cues are mostly a few words, "said" above all: their lemma and stance, pure functions
# of the words, are worked out once)
_cue_lemma = functools.lru_cache(maxsize=4096)(lemma_of)
_cue_stance = functools.lru_cache(maxsize=4096)(stance_of)


def paragraphs_of(article: Article) -> list[Paragraph]:
    """The article's paragraphs table back as :class:`Paragraph` objects (to rebuild its tables)."""
    p = article.paragraphs
    return [
        Paragraph(int(i), int(s), int(e), ParagraphRole(r))
        for i, s, e, r in zip(p["id"], p["start"], p["end"], p["role"], strict=True)
    ]


def tables_for(
    text: str, paragraphs: list[Paragraph], atts: list[Attribution], res: SpeakerResult
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The quotes, speakers and mentions tables of attributions and their speakers.

    The same builders as :func:`build_article`, for an article rebuilt after corrections.
    """
    regions = RegionIndex(find_quote_regions(quotestyle.for_engine(text, paragraphs)[0], paragraphs))
    return (
        _quotes_table(text, paragraphs, atts, res, regions),
        speakers_table(text, paragraphs, atts, res),
        mentions_table(text, res),
    )
