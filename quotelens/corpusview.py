"""The Corpus page's glue: which corpora there are, their tables (extracted once per folder content),
the metadata files beside the articles, opening one article in the Reader, and the search over every
quotation, which the URL says (``?find=``) so that a shared link opens the same results.

In: the ``corpus/`` folder (or ``$QUOTELENS_CORPUS``) and the readers' corrections in the
database. Out: :class:`~quotelens.corpus.CorpusTables`, corrected, with each article's date and
source filled from its ``<name>.meta.toml`` when the table has none (extracted again when a
file or a correction changes; kept on disk by :mod:`quotelens.corpus.cache` for the next start).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from quotelens import correcting, pageurls, readable, ui
from quotelens.corpus import CorpusTables, cache, extract_corpus, read_corpus, read_tables
from quotelens.corrections import CorrectionIndex, CorrectionStore
from quotelens.corrections.model import quotation_keys
from quotelens.current import ARTICLE_SUFFIXES, corpus_dir, list_corpus, safe_corpus_path, set_article

META_KEYS = {"date": ("date", "published", "event_date"), "source": ("source", "publisher", "outlet")}


def corpus_sources() -> list[str]:
    """What the corpus page can show: the ``corpus/`` folder itself and its sub-folders of CLI Parquet output."""
    d = corpus_dir()
    subs = (
        sorted(p.name for p in d.iterdir() if p.is_dir() and (p / "articles.parquet").is_file()) if d.is_dir() else []
    )
    return ["corpus/", *subs]


def _folder_signature(folder: Path) -> tuple[tuple[str, int, float], ...]:
    return tuple(
        (p.name, p.stat().st_size, p.stat().st_mtime)
        for p in sorted(folder.iterdir())
        if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or p.name.endswith(".meta.toml"))
    )


_READING = "Reading the corpus (one not read before is extracted at about 90 articles a second)…"


@st.cache_data(show_spinner=_READING, max_entries=4)
def _corpus_tables(
    folder: str, signature: tuple[tuple[str, int, float], ...], version: tuple[str, int], _store: CorrectionStore | None
) -> CorpusTables:
    """The corpus extracted, with the readers' corrections (``version``: the database's latest row) applied."""
    files = [Path(folder) / name for name, _, _ in signature]
    applied = version if version[1] else ("", 0)  # (no correction yet: which database does not matter)
    return cache.cached(files, applied, lambda: _extracted(folder, _store if version[1] else None))


def _extracted(folder: str, store: CorrectionStore | None) -> CorpusTables:
    index = CorrectionIndex.load(store) if store is not None else None
    tables = extract_corpus(read_corpus(folder), corrections=index)
    tables.articles = with_metadata(tables.articles, Path(folder))
    return tables


def _corrections_version() -> tuple[tuple[str, int], CorrectionStore | None]:
    """Which database, and its latest correction (("", 0) when it cannot be read: none applied)."""
    db = correcting.store()
    if db is None:
        return ("", 0), None
    try:
        return (correcting.database_name(db), db.version()), db
    except (SQLAlchemyError, OSError):
        return ("", 0), None


def corrected_rows(tables: CorpusTables) -> int:
    """Rows of the corpus's quotes table a reader corrected."""
    quotes = tables.quotes
    return int(quotes["corrected"].sum()) if "corrected" in quotes and len(quotes) else 0


@st.cache_data(show_spinner="Reading the corpus tables…", max_entries=4)
def _parquet_tables(folder: str, signature: tuple[tuple[str, int, float], ...]) -> CorpusTables:
    return read_tables(folder)


def load_corpus_tables(source: str) -> CorpusTables:
    """Tables for one of :func:`corpus_sources` (extraction is cached per folder content)."""
    base = corpus_dir()
    if source == "corpus/":
        version, db = _corrections_version()
        return _corpus_tables(str(base), _folder_signature(base), version, db)
    folder = (base / source).resolve()
    if folder.parent != base.resolve() or not (folder / "articles.parquet").is_file():
        raise ValueError("that is not a folder of corpus tables inside corpus/")
    sig = tuple((p.name, p.stat().st_size, p.stat().st_mtime) for p in sorted(folder.glob("*.parquet")))
    return _parquet_tables(str(folder), sig)


def read_metadata(path: Path) -> dict[str, Any]:
    """The ``[key] = value`` pairs of a ``.meta.toml`` file ({} when missing or unreadable)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def with_metadata(articles: pd.DataFrame, folder: Path) -> pd.DataFrame:
    """``articles`` with missing dates and sources taken from each file's ``<stem>.meta.toml``."""
    if articles.empty or "file" not in articles:
        return articles
    out = articles.copy()
    for column in META_KEYS:
        if column not in out:
            out[column] = None
        out[column] = out[column].astype(object)
    for i, file in zip(out.index, out["file"], strict=True):
        if not isinstance(file, str):
            continue
        meta = read_metadata(folder / f"{Path(file).stem}.meta.toml")
        for column, keys in META_KEYS.items():
            value = next((meta[k] for k in keys if meta.get(k) not in (None, "")), None)
            if value is not None and _missing(out.at[i, column]):
                out.at[i, column] = str(value)
    return out


def _missing(value: Any) -> bool:
    return value is None or bool(pd.isna(value))


def open_in_reader(file_name: str, quotation: str | None = None) -> None:
    """Make ``file_name`` (a file in corpus/) the current article and go to the Reader, with ``quotation`` (its
    key, as :func:`hit_keys` gives it) selected."""
    safe_corpus_path(file_name)
    # the Reader's URL carries the Reader's parameters only: the search waits for the Corpus page's return
    st.session_state[SEARCH_LEFT] = (st.session_state.get(ui.CORPUS_URL) or {}).get("find", "")
    st.session_state[ui.CORPUS_URL] = {}
    set_article(f"corpus:{file_name}")
    st.query_params["article"] = file_name
    if quotation:
        ui.select_quotation(quotation)
    st.switch_page("app_pages/reader.py")


def hit_keys(quotes: pd.DataFrame, hits: pd.DataFrame) -> list[str | None]:
    """For each row of ``hits`` (rows of ``quotes``, the corpus's), the key by which the Reader selects its
    quotation (``?quote=``: its pieces' offsets as the engine found them, "#1" for a second quotation of the same
    words; :func:`quotelens.corrections.model.quotation_keys`); None for a quotation a reader corrected, whose
    offsets may no longer be the engine's (its link opens the article)."""
    keys: dict[tuple[str, int], str] = {}
    for article in hits["article_id"].unique():
        mine = quotes[quotes["article_id"] == article].sort_values(["group", "start"], kind="stable")
        groups = [(int(g), list(zip(rows["start"], rows["end"], strict=True))) for g, rows in mine.groupby("group")]
        for (group, _), key in zip(groups, quotation_keys(pieces for _, pieces in groups), strict=True):
            keys[str(article), group] = key
    corrected = hits["corrected"] if "corrected" in hits else pd.Series(False, index=hits.index)
    return [
        None if bool(fixed) else keys.get((str(a), int(g)))
        for a, g, fixed in zip(hits["article_id"], hits["group"], corrected, strict=True)
    ]


def hit_links(tables: CorpusTables, hits: pd.DataFrame, source: str) -> list[str | None]:
    """For each search hit, a link to the Reader with its article and its quotation selected
    ("Reader?article=a.txt&quote=246-323"); None when the article is no file of corpus/ (a folder of CLI tables:
    the Reader cannot open it)."""
    files = dict(zip(tables.articles["article_id"], tables.articles.get("file", pd.Series(dtype=object)), strict=False))
    links: list[str | None] = []
    openable = set(list_corpus())
    for article, key in zip(hits["article_id"], hit_keys(tables.quotes, hits), strict=True):
        file = files.get(article)
        if source != "corpus/" or not isinstance(file, str) or file not in openable:
            links.append(None)
            continue
        links.append(pageurls.page_url("Reader", {"article": file, "quote": key or ""}))
    return links


OPEN = "open"  # the search results' column of links to the Reader


def open_link() -> Any:
    """The column of links to the Reader (:data:`OPEN`), as the search results and a speaker's list show it."""
    return st.column_config.LinkColumn(
        OPEN, display_text="Open in the Reader", help="The article in the Reader, this quotation selected."
    )


def picked_article(files: list[str], event: Any) -> str | None:
    """The file of the Articles table's row a click selected (None: none)."""
    try:
        rows = event["selection"]["rows"]
    except (KeyError, TypeError):
        return None
    return files[rows[0]] if rows and 0 <= rows[0] < len(files) else None


def hits_to_read(tables: CorpusTables, hits: pd.DataFrame, source: str) -> pd.DataFrame:
    """The search results in words (:func:`quotelens.readable.corpus_hits_to_read`), led by a column of links
    that open each quotation in the Reader (:func:`hit_links`; :data:`OPEN`), first so that a phone shows it."""
    table = readable.corpus_hits_to_read(hits).reset_index(drop=True)
    table.insert(0, OPEN, pd.Series(hit_links(tables, hits, source), dtype=object))
    return table


SEARCH = "ql_corpus_search"  # the search box's widget key
SEARCH_MAX = 200  # characters of a search carried in the URL
SEARCH_LEFT = "ql_corpus_search_left"  # the search when an article was opened in the Reader (not in its URL)


def search_box() -> str:
    """The "Words to find in quotations" box, in the URL as ``?find=`` (one history entry per search, as the
    Reader's ``?q=``). It opens on what a shared link, Back or Forward asked for, else on the search made before
    another page was shown (Streamlit forgets a widget's value there); the search is returned as typed."""
    asked = st.session_state.pop(ui.CORPUS_FROM_URL, None)
    kept = st.session_state.get(ui.CORPUS_URL)
    if kept is None:  # the session's first look at this page: what its link says
        asked = str(st.query_params.get("find") or "")[:SEARCH_MAX]
        opened = st.session_state.get(ui.URL_OPENED)  # (the opening URL stands for this search too: Back to it)
        if asked and opened and opened[0].get("find") == asked:
            st.session_state[ui.URL_OPENED] = (opened[0], {**opened[1], "find": asked})
    elif asked is None and SEARCH not in st.session_state:
        asked = kept.get("find") or str(st.session_state.pop(SEARCH_LEFT, "") or "")
    if asked is not None:
        st.session_state[SEARCH] = asked
    needle = str(
        st.text_input(
            "Words to find in quotations, or a speaker's name",
            placeholder="e.g. emails, or Tillerson",
            help="Finds the pieces of quotations holding these words, and those of every speaker whose name holds "
            "them (case, spacing and curly or straight marks do not matter).",
            key=SEARCH,
        )
    )
    now = {"find": needle.strip()[:SEARCH_MAX]} if needle.strip() else {}
    if now != kept:  # (None: the first look, which says its search too)
        st.session_state[ui.CORPUS_URL] = now
        ui.write_url()
    return needle
