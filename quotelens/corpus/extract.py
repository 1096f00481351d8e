"""Extract a batch of articles into typed tables; a whole corpus in memory for the Corpus page.

In: articles (:class:`~quotelens.corpus.inputs.ArticleInput`) and the problems met reading them.
Out: :class:`Batch` — the five corpus tables of those articles (one typed table per batch: the
per-article tables of :func:`quotelens.load_article` stacked, ``article_id`` in front), and the
problems, one line each. A batch never raises for bad input: an article that cannot be read, or
that trips an internal error, is a problem and the others are extracted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from quotelens import story
from quotelens.article import Article, load_article
from quotelens.corpus.inputs import ArticleInput, Entry, Problem
from quotelens.corpus.merge import SpeakerMerge, with_corpus_speaker
from quotelens.corpus.tables import ARTICLE_TABLES, ARTICLES, MERGED, TABLES, CorpusTables, empty, typed
from quotelens.schema import pandas_dtype
from quotelens.textio import ArticleInputError

if TYPE_CHECKING:  # the corrections need SQLAlchemy, imported only when corrections are applied
    from quotelens.corrections.index import CorrectionIndex


@dataclass(slots=True)
class Batch:
    tables: dict[str, pd.DataFrame]  # the five tables, typed, before the speaker merge
    problems: list[Problem] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len(self.tables["articles"])

    @property
    def quotations(self) -> int:
        return int(self.tables["articles"]["quotations"].sum())

    @property
    def corrected(self) -> int:
        """Rows of the quotes table a reader corrected (see :mod:`quotelens.corrections`)."""
        return int(self.tables["quotes"]["corrected"].sum())


def _load(entry: ArticleInput, problems: list[Problem]) -> Article | None:
    try:
        art = load_article(entry.text, name=entry.name)
    except ArticleInputError as exc:
        problems.append(Problem(entry.name, str(exc).removeprefix(f"{entry.name}: ")))
        return None
    except Exception as exc:  # an engine bug must cost one article, not the run; said so, in one line
        problems.append(Problem(entry.name, f"internal error ({type(exc).__name__}: {exc}); please report it"))
        return None
    if not art.text.strip():
        problems.append(Problem(entry.name, "no text (empty, or only markup): not an article"))
        return None
    return art


def _article_row(entry: ArticleInput, art: Article) -> dict[str, Any]:
    """What the article's input says of it; its counts come from the batch's tables (:func:`_counts`)."""
    meta = art.meta or {}
    return {
        "article_id": entry.article_id,
        "title": entry.title if entry.title is not None else art.title,
        "date": entry.date if entry.date is not None else meta.get("date"),
        "source": entry.source if entry.source is not None else meta.get("outlet"),
        "byline": meta.get("byline"),
        "url": meta.get("url"),
        "file": entry.file,
        "encoding": art.encoding,
        "notes": "; ".join([*entry.notes, *art.notes]),
    }


def _counts(paragraphs: pd.DataFrame, quotes: pd.DataFrame, n: int) -> dict[str, list[int]]:
    """The story's paragraphs and words, quotations and speakers quoted of the batch's ``n`` articles,
    counted as Home counts one article (:func:`quotelens.story.counts`: no headline, no page debris).

    Counted once per batch on its stacked tables (grouped by the article's place in the batch, so
    two articles given the same id stay apart): per article, these pandas calls cost 7 % of a run.
    """
    found = story.counts(paragraphs, quotes, "_n").reindex(range(n), fill_value=0)
    return {col: [int(v) for v in found[col]] for col in story.COUNTS}


def extract_batch(entries: Iterable[Entry], corrections: CorrectionIndex | None = None) -> Batch:
    """The tables of these articles, each built once for the whole batch (with the readers'
    ``corrections`` applied, when given)."""
    problems: list[Problem] = []
    rows: dict[str, list[Any]] = {c: [] for c, _, _ in ARTICLES}
    frames: dict[str, list[pd.DataFrame]] = {t: [] for t in ARTICLE_TABLES}
    owners: dict[str, list[int]] = {t: [] for t in ARTICLE_TABLES}  # each frame's article, by place
    for entry in entries:
        if isinstance(entry, Problem):
            problems.append(entry)
            continue
        art = _load(entry, problems)
        if art is None:
            continue
        if corrections is not None:
            art = corrections.apply(art).article
        for name, df in art.tables().items():
            if len(df):
                frames[name].append(df)
                owners[name].append(len(rows["article_id"]))
        for col, value in _article_row(entry, art).items():
            rows[col].append(value)
    ids = np.array(rows["article_id"], dtype=object)
    stacked = {name: _stack(name, frames[name], owners[name]) for name in ARTICLE_TABLES}
    rows |= _counts(stacked["paragraphs"], stacked["quotes"], len(ids))
    tables = {"articles": pd.DataFrame({c: pd.array(rows[c], dtype=pandas_dtype(k)) for c, k, _ in ARTICLES})}
    for name, df in stacked.items():
        df.insert(0, "article_id", pd.array(ids[df.pop("_n").to_numpy()], dtype=pandas_dtype("str")))
        tables[name] = df
    return Batch(tables, problems)


def _stack(name: str, frames: list[pd.DataFrame], owners: list[int]) -> pd.DataFrame:
    """One table of the batch, with ``_n``: the place of each row's article in the batch."""
    df = pd.concat(frames, ignore_index=True) if frames else empty(name, merged=False).drop(columns="article_id")
    df["_n"] = np.repeat(np.array(owners, dtype=np.int64), [len(f) for f in frames])
    return df


def chunks(items: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def assemble(batches: Iterable[Batch]) -> CorpusTables:
    """One table per name from batches (in order), with speakers merged across the corpus."""
    parts: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
    errors: list[str] = []
    for batch in batches:
        for name in TABLES:
            if len(batch.tables[name]):
                parts[name].append(batch.tables[name])
        errors += [str(p) for p in batch.problems if p.refused]
    tables = {t: pd.concat(parts[t], ignore_index=True) if parts[t] else empty(t, merged=False) for t in TABLES}
    merge = SpeakerMerge().add(tables["speakers"])
    out = {}
    for name, df in tables.items():
        out[name] = typed(with_corpus_speaker(df, merge) if name in MERGED else df, name)
    return CorpusTables(**out, errors=errors)


def extract_corpus(
    items: Iterable[Entry], batch_size: int = 64, corrections: CorrectionIndex | None = None
) -> CorpusTables:
    """Every table of a corpus, in memory (the Corpus page; the CLI streams to disk with ``run_corpus``)."""
    return assemble(extract_batch(chunk, corrections) for chunk in chunks(items, batch_size))
