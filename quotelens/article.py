"""Load an article into pandas tables: paragraphs, quotes, speakers, mentions.

In: a path, raw bytes, or a ``str`` of article text. Out: an :class:`Article`
whose ``text`` every offset points into, and four tables whose columns are
declared in :mod:`quotelens.schema`.

Example::

    >>> from quotelens import load_article
    >>> art = load_article("corpus/trump-putin-meeting.txt")
    >>> art.quotes[["speaker", "kind", "text"]].head()
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens.attribution import Attribution, find_attributions
from quotelens.schema import coerce
from quotelens.segment import ParagraphRole, find_quote_regions, segment_paragraphs
from quotelens.speakers import SpeakerChoice, SpeakerResult, SpeakerType, resolve_speakers
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
        return {"paragraphs": self.paragraphs, "quotes": self.quotes, "speakers": self.speakers, "mentions": self.mentions}

    def scorer_records(self, doc: str | None = None) -> list[dict[str, Any]]:
        """One record per quotation in the prediction format of ``score_attributions.py``.

        When one content is credited twice ("according to Russian media ... according to
        remarks Lavrov made"), the first attribution found is the one written.
        """
        out: list[dict[str, Any]] = []
        seen: set[tuple[tuple[int, int], ...]] = set()
        for att, choice in zip(self.attributions, self.choices, strict=True):
            key = tuple(att.content)
            if key in seen:
                continue
            seen.add(key)
            speaker = None
            if choice.entity is not None:
                ent = self._entity(choice.entity)
                if ent["type"] != SpeakerType.ANONYMOUS:
                    speaker = ent["name"]
            out.append({
                "doc": doc or self.name,
                "content": [list(f) for f in att.content] if len(att.content) > 1 else list(att.content[0]),
                "source": list(att.source) if att.source else None,
                "cue": list(att.cue) if att.cue else None,
                "speaker": speaker,
                "kind": att.kind.value,
            })
        return out

    def _entity(self, entity_id: int) -> dict[str, Any]:
        row = self.speakers.loc[self.speakers["id"] == entity_id]
        return {"name": row["name"].iloc[0], "type": row["type"].iloc[0]}


def _looks_like_path(source: str) -> bool:
    return "\n" not in source and len(source) < 4096 and os.path.isfile(source)


def load_article(source: str | bytes | Path, name: str | None = None) -> Article:
    """Read ``source`` (a path, bytes, or article text) and build every table.

    Raises:
        ArticleInputError: the input is binary, too large, or unreadable; the message
            names the input and the reason.
    """
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
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
    attributions = find_attributions(text, paragraphs, regions)
    result = resolve_speakers(text, paragraphs, attributions)
    title_para = next((p for p in paragraphs if p.role is ParagraphRole.TITLE), None)
    title = text[title_para.start : title_para.end] if title_para else ""
    para_df = coerce(
        pd.DataFrame(
            {
                "id": [p.id for p in paragraphs],
                "start": [p.start for p in paragraphs],
                "end": [p.end for p in paragraphs],
                "text": [text[p.start : p.end] for p in paragraphs],
                "role": [p.role.value for p in paragraphs],
                "words": [len(text[p.start : p.end].split()) for p in paragraphs],
            }
        ),
        "paragraphs",
    )
    quotes = _quotes_table(text, paragraphs, attributions, result)
    speakers = _speakers_table(result, quotes)
    mentions = _mentions_table(text, result)
    notes = list(decoded.notes)
    if not text.strip():
        notes.append("the article is empty")
    elif not attributions:
        notes.append("no quotation or attribution was found")
    return Article(name, text, title, para_df, quotes, speakers, mentions, attributions, result.choices, decoded.encoding, notes)


def _paragraph_of(paragraphs: list[Any], pos: int) -> int:
    for p in paragraphs:
        if p.start <= pos < max(p.end, p.start + 1):
            return int(p.id)
    return int(paragraphs[-1].id) if paragraphs else 0


def _quotes_table(text: str, paragraphs: list[Any], atts: list[Attribution], res: SpeakerResult) -> pd.DataFrame:
    rows = []
    for group, (att, choice) in enumerate(zip(atts, res.choices, strict=True)):
        ent = res.entities[choice.entity] if choice.entity is not None else None
        for s, e in att.content:
            rows.append({
                "id": len(rows),
                "group": group,
                "paragraph_id": _paragraph_of(paragraphs, s),
                "start": s,
                "end": e,
                "text": text[s:e],
                "kind": att.kind.value,
                "cue_text": text[att.cue[0] : att.cue[1]] if att.cue else None,
                "cue_start": att.cue[0] if att.cue else None,
                "cue_end": att.cue[1] if att.cue else None,
                "mention_text": text[att.source[0] : att.source[1]] if att.source else None,
                "mention_start": att.source[0] if att.source else None,
                "mention_end": att.source[1] if att.source else None,
                "speaker": ent.name if ent else None,
                "speaker_type": ent.type.value if ent else None,
                "resolution": choice.how.value,
                "evidence": f"{att.rule}; {choice.path}" + "".join(f"; {n}" for n in att.notes),
                "rule": att.rule,
                "confidence": round(min(att.confidence, choice.confidence) if ent else att.confidence * 0.5, 2),
                "words": len(text[s:e].split()),
            })
    return coerce(pd.DataFrame(rows), "quotes")


def _speakers_table(res: SpeakerResult, quotes: pd.DataFrame) -> pd.DataFrame:
    mention_counts: dict[int, int] = {}
    first_para: dict[int, int] = {}
    for m in res.mentions:
        mention_counts[m.entity] = mention_counts.get(m.entity, 0) + 1
        first_para[m.entity] = min(first_para.get(m.entity, m.paragraph), m.paragraph)
    by_name = quotes.groupby("speaker", dropna=True) if not quotes.empty else None
    rows = []
    for ent in res.entities:
        if by_name is not None and ent.name in by_name.groups:
            q = by_name.get_group(ent.name)
            n_quotes, words = int(q["group"].nunique()), int(q["words"].sum())
            fp = min(first_para.get(ent.id, 10**9), int(q["paragraph_id"].min()))
        else:
            n_quotes, words, fp = 0, 0, first_para.get(ent.id, 10**9)
        rows.append({
            "id": ent.id,
            "name": ent.name,
            "type": ent.type.value,
            "aliases": "; ".join(ent.aliases),
            "roles": "; ".join(sorted(ent.roles)),
            "mentions": mention_counts.get(ent.id, 0),
            "quotes": n_quotes,
            "quoted_words": words,
            "first_paragraph": fp if fp < 10**9 else None,
        })
    df = coerce(pd.DataFrame(rows), "speakers")
    return df.sort_values(["quotes", "mentions"], ascending=False, kind="stable").reset_index(drop=True)


def _mentions_table(text: str, res: SpeakerResult) -> pd.DataFrame:
    rows = []
    for m in res.mentions:
        ent = res.entities[m.entity]
        rows.append({
            "id": len(rows),
            "speaker": ent.name,
            "speaker_type": ent.type.value,
            "paragraph_id": m.paragraph,
            "start": m.start,
            "end": m.end,
            "text": text[m.start : m.end],
            "how": m.how,
        })
    return coerce(pd.DataFrame(rows), "mentions")
