"""Make corrections from what a reader picked, and show a quotation's history.

In: a :class:`~quotelens.corrections.apply.Corrected` article (what the pages show) and the
reader's choices for one of its quotations (by ``group``). Out: :class:`Correction` records,
checked against the article's words and keyed to the engine's quotation, ready for
:meth:`~quotelens.corrections.db.CorrectionStore.save`; and :func:`history_table`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from quotelens.article import Article
from quotelens.corrections.model import Correction, Op, article_digest, offsets_key, quotation_keys
from quotelens.corrections.report import Corrected
from quotelens.corrections.words import WordRange, Words


def piece_words(view: Corrected, group: int) -> tuple[WordRange, ...]:
    """The quotation's pieces as (first word, last word) ranges: where the reader's pickers start."""
    words = Words(view.article.text)
    rows = view.article.quotes[view.article.quotes["group"] == group]
    out = [words.range_of(int(s), int(e)) for s, e in zip(rows["start"], rows["end"], strict=True)]
    return tuple(r for r in out if r is not None)


def correct(
    view: Corrected,
    group: int,
    *,
    speaker: str | None = None,
    speaker_type: str | None = None,
    source_words: tuple[WordRange, ...] | None = None,
    kind: str | None = None,
    not_quote: bool | None = None,
    content_words: tuple[WordRange, ...] | None = None,
    note: str = "",
    author: str = "",
    session: str = "",
) -> Correction:
    """A correction of quotation ``group`` of the corrected article (see the model for the fields).

    Raises:
        ValueError: an unknown group, word numbers outside the article or pieces out of order,
            an unknown kind or speaker type, or nothing to change.
    """
    if not 0 <= group < len(view.keys):
        raise ValueError(f"the article has no quotation {group} (it has {len(view.keys)})")
    _check_words(view.article.text, source_words, content_words)
    key = view.key_of(group)
    fields = (speaker, speaker_type, source_words, kind, not_quote, content_words)
    if all(f is None for f in fields):
        raise ValueError("the correction changes nothing")
    return Correction(
        article=article_digest(view.article.text),
        quote=key,
        op=Op.FIX,  # (of an added quotation too: it stays added, see model.effective)
        speaker=speaker,
        speaker_type=speaker_type,
        source_words=source_words,
        kind=kind,
        not_quote=not_quote,
        content_words=content_words,
        note=note,
        author=author,
        session=session,
        article_name=view.article.name,
        **_original(view.original, key),
    )


def add_quotation(
    view: Corrected | Article,
    content_words: tuple[WordRange, ...],
    *,
    speaker: str | None = None,
    speaker_type: str | None = None,
    source_words: tuple[WordRange, ...] | None = None,
    kind: str | None = None,
    note: str = "",
    author: str = "",
    session: str = "",
) -> Correction:
    """A quotation the engine missed, by its content words (and, if known, its speaker)."""
    article = view.article if isinstance(view, Corrected) else view
    words = _check_words(article.text, source_words, content_words)
    return Correction(
        article=article_digest(article.text),
        quote=offsets_key(words.pieces(content_words)),
        op=Op.ADD,
        speaker=speaker,
        speaker_type=speaker_type,
        source_words=source_words,
        kind=kind,
        content_words=content_words,
        note=note,
        author=author,
        session=session,
        article_name=article.name,
    )


def revert(view: Corrected, group: int, *, author: str = "", session: str = "", note: str = "") -> Correction:
    """Back to the engine's attribution of quotation ``group`` (its corrections stay in the history)."""
    if not 0 <= group < len(view.keys):
        raise ValueError(f"the article has no quotation {group} (it has {len(view.keys)})")
    return _back_to_engine(view, view.key_of(group), author, session, note)


def removed(view: Corrected) -> list[Correction]:
    """The corrections in force that say "not a quotation": those quotations are gone from the
    article, so they are undone by key (:func:`restore`) rather than by group."""
    return [c for c in view.in_force.values() if c.not_quote and c.op is not Op.REVERT]


def restore(view: Corrected, key: str, *, author: str = "", session: str = "", note: str = "") -> Correction:
    """Back to the engine's attribution of the quotation ``key`` a reader said was not one."""
    if key not in {c.quote for c in removed(view)}:
        raise ValueError(f"no quotation at {key} was marked as not a quotation")
    return _back_to_engine(view, key, author, session, note)


def _back_to_engine(view: Corrected, key: str, author: str, session: str, note: str) -> Correction:
    return Correction(
        article=article_digest(view.article.text),
        quote=key,
        op=Op.REVERT,
        note=note,
        author=author,
        session=session,
        article_name=view.article.name,
        **_original(view.original, key),
    )


def _check_words(text: str, *ranges: tuple[WordRange, ...] | None) -> Words:
    words = Words(text)
    for r in ranges:
        if r:
            words.pieces(r)  # raises ValueError naming the problem
    return words


def _original(article: Article, key: str) -> dict[str, Any]:
    """What the engine said about the quotation ``key`` (nothing for one it did not find)."""
    keys = quotation_keys(a.content for a in article.attributions)
    rows = article.quotes[article.quotes["group"] == keys.index(key)] if key in keys else article.quotes[:0]
    if rows.empty:
        return {}
    speaker = rows["speaker"].iat[0]
    return {
        "original_speaker": speaker if isinstance(speaker, str) else None,
        "original_kind": str(rows["kind"].iat[0]),
        "original_text": " … ".join(rows["text"]),
    }


HISTORY_COLUMNS = [
    "quotation",
    "group",
    "when",
    "author",
    "session",
    "change",
    "note",
    "engine_speaker",
    "engine_kind",
    "engine_text",
    "latest",
]


def history_table(view: Corrected, group: int | None = None) -> pd.DataFrame:
    """Every correction of the article (or of quotation ``group``), oldest first, beside what the
    engine said; ``latest`` marks each quotation's most recent correction.

    ``group`` is the quotation's number in the corrected article (missing for a quotation a
    reader removed); ``engine_*`` is the engine's attribution when the correction was made.
    """
    group_of = {k: g for g, k in enumerate(view.keys)}
    history = view.history
    if group is not None:
        history = [c for c in history if c.quote == view.keys[group]]
    last = {c.quote: c.uid for c in history}
    rows = [
        {
            "quotation": c.quote,
            "group": group_of.get(c.quote),
            "when": c.created_at[:19].replace("T", " "),
            "author": c.author,
            "session": c.session,
            "change": "; ".join(c.changes()),
            "note": c.note,
            "engine_speaker": c.original_speaker,
            "engine_kind": c.original_kind,
            "engine_text": c.original_text,
            "latest": last[c.quote] == c.uid,
        }
        for c in history
    ]
    df = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    df["group"] = df["group"].astype("Int64")
    return df
