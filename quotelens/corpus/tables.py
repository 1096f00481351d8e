"""The corpus tables: their columns, typed empty tables, and reading a finished output folder back.

In: the article tables of :mod:`quotelens.schema`. Out: :data:`TABLES` — ``articles`` (one row per
article) and the four article tables, each keyed by ``article_id`` in front; ``quotes``, ``speakers``
and ``mentions`` end with ``corpus_speaker`` (the speaker merged across articles). Every table keeps
its full schema and dtypes even with no rows, so a corpus without speakers is a table with columns
and no rows, never a frame without columns.

A finished output folder holds one file per table and ``manifest.json``, written last: a folder
without it (an interrupted run, a run still writing) is refused by :func:`read_tables`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens.schema import SCHEMAS, Column, pandas_dtype

TABLES = ("articles", "paragraphs", "quotes", "speakers", "mentions")
ARTICLE_TABLES = ("paragraphs", "quotes", "speakers", "mentions")
MERGED = ("quotes", "speakers", "mentions")  # the tables that carry ``corpus_speaker``
MANIFEST = "manifest.json"

ARTICLES: list[Column] = [
    ("article_id", "str", "the article: its file's stem, or the input file's stem and row number"),
    ("title", "str?", "the title column, or the article's first line"),
    ("date", "str?", "the date column, else the date the page or file states"),
    ("source", "str?", "the source column (the fake/real news CSVs' `subject`), else the outlet the page names"),
    ("byline", "str?", "who wrote it, when the page or file says"),
    ("url", "str?", "the page's own address (canonical link or og:url), when it has one"),
    ("file", "str?", "the article's file in a folder corpus"),
    ("encoding", "str", "how the article's bytes were decoded (utf-8, cp1252, ...)"),
    ("paragraphs", "int", "paragraphs of the story (not the headline, not page debris)"),
    ("quotations", "int", "quotations (groups) in the story: a report in the headline is not counted"),
    ("speakers_quoted", "int", "distinct speakers quoted"),
    ("words", "int", "words in the story"),
    ("notes", "str", "what loading the text noticed ('decoded as cp1252', ...), '; '-separated"),
]
_ARTICLE_ID: Column = ("article_id", "str", "the article (see `articles`)")
_CORPUS_SPEAKER: Column = ("corpus_speaker", "str?", "the speaker merged across articles (see the README's rule)")


class IncompleteOutputError(ValueError):
    """A folder is not a finished corpus output; the message says why and what to do."""


def columns(name: str, merged: bool = True) -> list[Column]:
    """The columns of corpus table ``name``, in order (``merged=False``: before the speaker merge)."""
    if name == "articles":
        return ARTICLES
    cols = [_ARTICLE_ID, *SCHEMAS[name]]
    return [*cols, _CORPUS_SPEAKER] if merged and name in MERGED else cols


def empty(name: str, merged: bool = True) -> pd.DataFrame:
    """Corpus table ``name`` with no rows but every column, typed."""
    return pd.DataFrame({c: pd.Series(dtype=pandas_dtype(k)) for c, k, _ in columns(name, merged)})


def typed(df: pd.DataFrame, name: str, merged: bool = True) -> pd.DataFrame:
    """``df`` with exactly the columns of corpus table ``name``, in order, each of its declared dtype."""
    return pd.DataFrame(
        {c: df[c].astype(pandas_dtype(k)) for c, k, _ in columns(name, merged)},
        index=df.index,
        copy=False,
    )


@dataclass(slots=True)
class CorpusTables:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    mentions: pd.DataFrame
    errors: list[str] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {t: getattr(self, t) for t in TABLES}


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a finished output folder; raises :class:`IncompleteOutputError` otherwise."""
    d = Path(folder)
    try:
        manifest = json.loads((d / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IncompleteOutputError(
            f"{d.name}: not a finished corpus output (no {MANIFEST}: the run was interrupted, is still "
            "running, or was written by an older quotelens); run `quotelens extract` again"
        ) from None
    except (OSError, ValueError) as exc:
        raise IncompleteOutputError(f"{d.name}: its {MANIFEST} cannot be read ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("complete") is not True:
        raise IncompleteOutputError(f"{d.name}: the run that wrote it did not finish; run `quotelens extract` again")
    return manifest


def read_tables(folder: str | Path) -> CorpusTables:
    """Read back a finished Parquet output folder, every column typed as declared.

    Raises:
        IncompleteOutputError: the folder has no manifest (an interrupted run), or a table is missing.
    """
    d = Path(folder)
    manifest = read_manifest(d)
    if manifest.get("format") != "parquet":
        raise IncompleteOutputError(f"{d.name}: holds {manifest.get('format')} tables; only Parquet is read back")
    frames = {}
    for name in TABLES:
        path = d / f"{name}.parquet"
        if not path.is_file():
            raise IncompleteOutputError(f"{d.name}: {path.name} is missing; run `quotelens extract` again")
        frames[name] = typed(pd.read_parquet(path, dtype_backend="numpy_nullable"), name)
    return CorpusTables(**frames, errors=[str(p) for p in manifest.get("problems", [])])
