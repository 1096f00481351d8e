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
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens.attribution import Attribution, find_attributions
from quotelens.schema import SCHEMAS, build_table
from quotelens.segment import Paragraph, ParagraphRole, find_quote_regions, segment_paragraphs, segment_sentences
from quotelens.speakers import SpeakerChoice, SpeakerResult, SpeakerType, resolve_speakers
from quotelens.stance import lemma_of, stance_of
from quotelens.textio import DecodedText, decode_bytes, decode_text, read_path


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
        seen: set[tuple[tuple[int, int], ...]] = set()
        named = {
            int(i): n
            for i, n, t in zip(self.speakers["id"], self.speakers["name"], self.speakers["type"], strict=True)
            if t != SpeakerType.ANONYMOUS
        }
        for att, choice in zip(self.attributions, self.choices, strict=True):
            key = tuple(att.content)
            if key in seen or att.reader_only:
                continue  # the flat format keeps one (the outermost) attribution per content
            seen.add(key)
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


def load_article(source: str | bytes | os.PathLike[str], name: str | None = None) -> Article:
    """Build every table of ``source``: a file (a ``Path``), bytes, or article text (a ``str``).

    A ``str`` is the article's text even when it looks like a file name ("/etc/passwd"): only
    a path object says "read this file".

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
    return build_article(decoded, name or "text")


def build_article(decoded: DecodedText, name: str) -> Article:
    text = decoded.text
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    attributions = find_attributions(text, paragraphs, regions, sentences)
    result = resolve_speakers(text, paragraphs, attributions, sentences)
    title_para = next((p for p in paragraphs if p.role is ParagraphRole.TITLE), None)
    title = text[title_para.start : title_para.end] if title_para else ""
    para_df = build_table(
        "paragraphs",
        {
            "id": [p.id for p in paragraphs],
            "start": [p.start for p in paragraphs],
            "end": [p.end for p in paragraphs],
            "text": [text[p.start : p.end] for p in paragraphs],
            "role": [p.role.value for p in paragraphs],
            "words": [len(text[p.start : p.end].split()) for p in paragraphs],
        },
    )
    quotes = _quotes_table(text, paragraphs, attributions, result)
    speakers = _speakers_table(text, paragraphs, attributions, result)
    mentions = _mentions_table(text, result)
    notes = list(decoded.notes)
    if not text.strip():
        notes.append("the article is empty")
    elif not attributions:
        notes.append("no quotation or attribution was found")
    return Article(
        name, text, title, para_df, quotes, speakers, mentions, attributions, result.choices, decoded.encoding, notes
    )


def _paragraph_of(paragraphs: list[Paragraph], pos: int) -> int:
    """Id of the paragraph holding ``pos`` (paragraphs are in text order, ids = positions)."""
    k = bisect.bisect_right(paragraphs, pos, key=lambda p: p.start) - 1
    return int(paragraphs[max(k, 0)].id) if paragraphs else 0


def _quotes_table(text: str, paragraphs: list[Paragraph], atts: list[Attribution], res: SpeakerResult) -> pd.DataFrame:
    cols: dict[str, list[Any]] = {c: [] for c, _, _ in SCHEMAS["quotes"]}
    group_of = {id(a): n for n, a in enumerate(atts)}
    names = [res.entities[c.entity].name if c.entity is not None else None for c in res.choices]
    for group, (att, choice) in enumerate(zip(atts, res.choices, strict=True)):
        ent = res.entities[choice.entity] if choice.entity is not None else None
        cue, src = att.cue, att.source
        cue_text = text[cue[0] : cue[1]] if cue else None
        evidence = f"{att.rule}; {choice.path}" + "".join(f"; {n}" for n in att.notes)
        confidence = round(min(att.confidence, choice.confidence) if ent else att.confidence * 0.5, 2)
        chain: list[str] = []
        parent = att.parent
        while parent is not None and len(chain) < 10:
            chain.insert(0, names[group_of[id(parent)]] or "an unnamed source")
            parent = parent.parent
        for s, e in att.content:
            row = {
                "id": len(cols["id"]),
                "group": group,
                "paragraph_id": _paragraph_of(paragraphs, s),
                "start": s,
                "end": e,
                "text": text[s:e],
                "kind": att.kind.value,
                "cue_text": cue_text,
                "cue_start": cue[0] if cue else None,
                "cue_end": cue[1] if cue else None,
                "cue_lemma": lemma_of(cue_text) if cue_text else None,
                "stance": stance_of(cue_text),
                "mention_text": text[src[0] : src[1]] if src else None,
                "mention_start": src[0] if src else None,
                "mention_end": src[1] if src else None,
                "speaker": ent.name if ent else None,
                "speaker_type": ent.type.value if ent else None,
                "parent_group": group_of[id(att.parent)] if att.parent is not None else None,
                "via": " → ".join(chain) if chain else None,
                "resolution": choice.how.value,
                "evidence": evidence,
                "rule": att.rule,
                "confidence": confidence,
                "words": len(text[s:e].split()),
            }
            for c, v in row.items():
                cols[c].append(v)
    return build_table("quotes", cols)


def _speakers_table(
    text: str, paragraphs: list[Paragraph], atts: list[Attribution], res: SpeakerResult
) -> pd.DataFrame:
    mentions: dict[int, int] = {}
    first: dict[int, int] = {}
    quotes: dict[int, int] = {}
    headline: dict[int, int] = {}
    words: dict[int, int] = {}
    title = {p.id for p in paragraphs if p.role is ParagraphRole.TITLE}
    for m in res.mentions:
        mentions[m.entity] = mentions.get(m.entity, 0) + 1
        first[m.entity] = min(first.get(m.entity, m.paragraph), m.paragraph)
    for att, choice in zip(atts, res.choices, strict=True):
        if choice.entity is None:
            continue
        e = choice.entity
        p = _paragraph_of(paragraphs, att.start)
        first[e] = min(first.get(e, p), p)
        if att.paragraph in title:
            headline[e] = headline.get(e, 0) + 1  # the headline's claim is not a quotation of the body
            continue
        quotes[e] = quotes.get(e, 0) + 1
        words[e] = words.get(e, 0) + sum(len(text[s:t].split()) for s, t in att.content)
    ents = res.entities
    df = build_table(
        "speakers",
        {
            "id": [x.id for x in ents],
            "name": [x.name for x in ents],
            "type": [x.type.value for x in ents],
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
    return df.sort_values(["quotes", "mentions"], ascending=False, kind="stable").reset_index(drop=True)


def _mentions_table(text: str, res: SpeakerResult) -> pd.DataFrame:
    ms = res.mentions
    ents = res.entities
    return build_table(
        "mentions",
        {
            "id": list(range(len(ms))),
            "speaker": [ents[m.entity].name for m in ms],
            "speaker_type": [ents[m.entity].type.value for m in ms],
            "paragraph_id": [m.paragraph for m in ms],
            "start": [m.start for m in ms],
            "end": [m.end for m in ms],
            "text": [text[m.start : m.end] for m in ms],
            "how": [m.how for m in ms],
        },
    )
