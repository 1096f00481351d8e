"""Many articles at once: read a corpus, extract every table, merge speakers across articles.

In: a folder of .txt/.md/.html files, or a CSV / JSONL / Parquet file with one article per row
(columns such as ``title``, ``text``, ``date``, ``source``/``subject``; names configurable).
Out: :class:`CorpusTables` — ``articles``, ``paragraphs``, ``quotes``, ``speakers``, ``mentions``,
each keyed by ``article_id``, with speakers merged across articles into ``corpus_speaker``.

Engines:
    ``extract_corpus(..., engine="local")`` runs in this process; ``engine="dask"`` maps the same
    per-article function over a ``dask.bag`` on a ``distributed`` cluster (a two-worker
    ``LocalCluster`` when no scheduler address is given). Both give the same rows in the same
    order: results are sorted by article id before the merge, which runs once, locally.

Speaker merge rule (documented in the README):
    Within an article, speakers are already resolved ("Tillerson" -> Rex Tillerson). Across
    articles, two speakers are the same when their canonical names are equal ignoring case and
    titles; a one-word name ("Tillerson") joins the multi-word person name that ends with it when
    exactly one such name exists in the corpus ("Rex Tillerson"); anonymous sources ("a senior
    official") are never merged across articles.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens.article import load_article
from quotelens.textio import ArticleInputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
_HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen president senator governor".split())
TABLES = ("articles", "paragraphs", "quotes", "speakers", "mentions")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns of a table-shaped corpus hold what (the fake/real news CSVs: title, text, subject, date)."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    source: str = "subject"
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleInput:
    article_id: str
    text: str | bytes
    name: str  # file name (for format detection and messages)
    title: str | None = None
    date: str | None = None
    source: str | None = None
    file: str | None = None  # the file in a folder corpus, so the reader can open it


@dataclass(slots=True)
class CorpusTables:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    mentions: pd.DataFrame
    errors: list[str]

    def tables(self) -> dict[str, pd.DataFrame]:
        return {t: getattr(self, t) for t in TABLES}


def read_corpus(path: str | Path, columns: Columns = Columns()) -> Iterator[ArticleInput]:
    """The articles of a folder or of a CSV / JSONL / Parquet file, in a stable order."""
    p = Path(path)
    if p.is_dir():
        for f in sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in ARTICLE_SUFFIXES):
            yield ArticleInput(f.stem, f.read_bytes(), f.name, file=f.name)
        return
    if not p.is_file():
        raise ArticleInputError(f"{p}: no such file or folder")
    suffix = p.suffix.lower()
    if suffix == ".csv":
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
    elif suffix == ".jsonl":
        df = pd.DataFrame([json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()])
    elif suffix == ".parquet":
        df = pd.read_parquet(p)
    else:
        yield ArticleInput(p.stem, p.read_bytes(), p.name)
        return
    if columns.text not in df.columns:
        raise ArticleInputError(f"{p}: no column {columns.text!r} (columns: {', '.join(map(str, df.columns))})")
    for n, record in enumerate(df.to_dict("records")):
        row = {str(k): v for k, v in record.items()}
        article_id = str(row[columns.id]) if columns.id and columns.id in row else f"{p.stem}-{n:06d}"
        title = _cell(row, columns.title)
        body = _cell(row, columns.text) or ""
        # The title becomes the first line, as in the corpus files, so it is marked as the headline.
        text = f"{title}\n\n{body}" if title else body
        yield ArticleInput(
            article_id, text, f"{article_id}.txt", title, _cell(row, columns.date), _cell(row, columns.source)
        )


def _cell(row: dict[str, Any], col: str) -> str | None:
    value = row.get(col)
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def extract_one(item: ArticleInput) -> dict[str, Any]:
    """Every table of one article as plain records (picklable, for any engine)."""
    try:
        art = load_article(item.text, name=item.name)
    except ArticleInputError as exc:
        return {"article_id": item.article_id, "error": str(exc)}
    out: dict[str, Any] = {"article_id": item.article_id, "error": None}
    out["article"] = {
        "article_id": item.article_id,
        "title": item.title if item.title is not None else art.title,
        "date": item.date,
        "source": item.source,
        "file": item.file,
        "paragraphs": int((art.paragraphs["role"] == "body").sum()),
        "quotations": int(art.quotes["group"].nunique()) if not art.quotes.empty else 0,
        "speakers_quoted": int(art.quotes["speaker"].nunique()),
        "words": int(art.paragraphs.loc[art.paragraphs["role"] == "body", "words"].sum()),
        "notes": "; ".join(art.notes),
    }
    for name in ("paragraphs", "quotes", "speakers", "mentions"):
        out[name] = art.tables()[name].to_dict("records")
    return out


def _progress(done: int, total: int, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    bar = "#" * int(30 * done / max(total, 1))
    sys.stderr.write(f"\r[{bar:<30}] {done}/{total} articles  {rate:.0f}/s")
    sys.stderr.flush()


def extract_corpus(
    items: Iterable[ArticleInput],
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    workers: int = 2,
) -> CorpusTables:
    """Extract every article and return the merged corpus tables (see the module docstring)."""
    todo = list(items)
    started = time.perf_counter()
    if engine == "local":
        results = []
        for n, item in enumerate(todo, 1):
            results.append(extract_one(item))
            if progress and (n % 10 == 0 or n == len(todo)):
                _progress(n, len(todo), started)
    elif engine == "dask":
        results = _extract_dask(todo, scheduler, progress, workers)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if progress:
        sys.stderr.write("\n")
    return assemble(results)


def _extract_dask(
    todo: list[ArticleInput], scheduler: str | None, progress: bool, workers: int
) -> list[dict[str, Any]]:
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra
        raise RuntimeError("the dask engine needs the extra: pip install 'quotelens[scale]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(todo, npartitions=max(1, min(len(todo), workers * 8)))
        futures = client.compute(bag.map(extract_one))
        if progress:
            from dask.distributed import progress as dask_progress

            dask_progress(futures)
        results: list[dict[str, Any]] = futures.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return results


def assemble(results: list[dict[str, Any]]) -> CorpusTables:
    """Concatenate per-article records in article-id order and merge speakers across articles."""
    results = sorted(results, key=lambda r: r["article_id"])
    errors = [r["error"] for r in results if r.get("error")]
    ok = [r for r in results if not r.get("error")]

    def frame(name: str) -> pd.DataFrame:
        rows = [{"article_id": r["article_id"], **rec} for r in ok for rec in r[name]]
        return pd.DataFrame(rows)

    articles = pd.DataFrame([r["article"] for r in ok])
    paragraphs, quotes, speakers, mentions = (frame(n) for n in ("paragraphs", "quotes", "speakers", "mentions"))
    speakers = merge_speakers(speakers) if not speakers.empty else speakers.assign(corpus_speaker=pd.Series(dtype=str))
    if not speakers.empty:
        lookup = speakers.set_index(["article_id", "name"])["corpus_speaker"].to_dict()
        for df in (quotes, mentions):
            if not df.empty:
                df["corpus_speaker"] = [
                    lookup.get((a, s)) if isinstance(s, str) else None
                    for a, s in zip(df["article_id"], df["speaker"], strict=True)
                ]
    return CorpusTables(articles, paragraphs, quotes, speakers, mentions, errors)


def merge_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """Add ``corpus_speaker``: one name per person or organisation across the corpus (module rule)."""
    names = speakers[["name", "type"]].drop_duplicates()
    full_by_last: dict[str, set[str]] = {}
    for name, type_ in zip(names["name"], names["type"], strict=True):
        words = name.split()
        if type_ == "person" and len(words) >= 2:
            full_by_last.setdefault(words[-1].lower(), set()).add(" ".join(w.lower() for w in words))

    def key_of(name: str, type_: str) -> str:
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
            words = words[1:]  # "Mr. Obama" and "Obama" are keyed alike
        if type_ == "person" and len(words) == 1 and len(full_by_last.get(words[0].lower(), ())) == 1:
            return next(iter(full_by_last[words[0].lower()]))  # "Tillerson" -> "rex tillerson"
        return " ".join(w.lower() for w in words)

    keyed = speakers.assign(key=[key_of(n, t) for n, t in zip(speakers["name"], speakers["type"], strict=True)])
    # The display form of a merged name: its most frequent multi-word spelling.
    spellings = (
        keyed.assign(words=[len(n.split()) for n in keyed["name"]])
        .groupby(["key", "name"], as_index=False)
        .agg(n=("article_id", "size"), words=("words", "first"))
    )
    spellings = spellings.sort_values(["key", "words", "n", "name"], ascending=[True, False, False, True])
    pretty = spellings.drop_duplicates("key").set_index("key")["name"].to_dict()
    out = speakers.copy()
    out["corpus_speaker"] = keyed["key"].map(pretty)
    anonymous = out["type"] == "anonymous"
    out.loc[anonymous, "corpus_speaker"] = out.loc[anonymous, "article_id"] + ": " + out.loc[anonymous, "name"]
    return out


def write_tables(tables: CorpusTables, out_dir: str | Path, fmt: str = "parquet") -> list[Path]:
    """One file per table in ``out_dir`` (``articles.parquet``, ``quotes.parquet``, ...)."""
    d = Path(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.tables().items():
        path = d / f"{name}.{fmt}"
        if fmt == "parquet":
            df.to_parquet(path, index=False)
        else:
            df.to_csv(path, index=False)
        written.append(path)
    return written


def read_tables(out_dir: str | Path) -> CorpusTables:
    """Read back what :func:`write_tables` wrote (Parquet)."""
    d = Path(out_dir)
    frames = {name: pd.read_parquet(d / f"{name}.parquet") for name in TABLES}
    return CorpusTables(**frames, errors=[])


def summary(tables: CorpusTables, seconds: float) -> str:
    n = len(tables.articles)
    q = int(tables.articles["quotations"].sum()) if n else 0
    people = tables.speakers.loc[tables.speakers["type"] != "anonymous", "corpus_speaker"].nunique() if n else 0
    return (
        f"{n} articles, {q} quotations, {people} named speakers across the corpus, "
        f"{len(tables.errors)} refused, in {seconds:.1f} s ({n / max(seconds, 1e-9):.0f} articles/s)"
    )


def top_speakers(tables: CorpusTables, n: int = 20) -> pd.DataFrame:
    """The most quoted speakers across the corpus (aggregated in pandas before any chart)."""
    q = tables.quotes
    if q.empty:
        return pd.DataFrame(columns=["speaker", "quotations", "articles", "words"])
    q = q.drop_duplicates(["article_id", "group"])
    q = q[q["corpus_speaker"].notna()]
    named = q[~q["speaker_type"].isin(["anonymous"])]
    out = named.groupby("corpus_speaker").agg(
        quotations=("group", "size"), articles=("article_id", "nunique"), words=("words", "sum")
    )
    return (
        out.sort_values(["quotations", "articles"], ascending=False)
        .head(n)
        .reset_index()
        .rename(columns={"corpus_speaker": "speaker"})
    )


def quotes_over_time(tables: CorpusTables, freq: str = "W") -> pd.DataFrame:
    """Quotations per period, when articles have dates."""
    a = tables.articles
    if a.empty or a["date"].isna().all():
        return pd.DataFrame(columns=["period", "quotations"])
    dates = pd.to_datetime(a["date"], errors="coerce")
    df = a.assign(period=dates.dt.to_period(freq).dt.start_time).dropna(subset=["period"])
    return df.groupby("period", as_index=False).agg(quotations=("quotations", "sum"))


def search_quotes(tables: CorpusTables, needle: str, limit: int = 200) -> pd.DataFrame:
    q = tables.quotes
    if q.empty or not needle.strip():
        return q.head(0)
    hit = q[q["text"].str.contains(needle.strip(), case=False, regex=False, na=False)]
    return hit.head(limit)
