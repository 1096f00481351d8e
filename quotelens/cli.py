"""Command line: ``quotelens extract PATH... [--format jsonl|csv|parquet] [--table T] [--out FILE|DIR]``.

In: article files, or folders of them (``.txt``, ``.md``, ``.html``, ``.htm``), or a corpus
file with one article per row (``.csv``, ``.jsonl``, ``.parquet``; ``--text-column`` etc.).
Out:
* ``--format jsonl``: one line per quotation in the prediction format of
  ``score_attributions.py`` (``doc`` = the file's stem);
* ``--format csv|parquet --out FILE.csv|FILE.parquet``: the chosen table of every article,
  with a ``doc`` column in front;
* ``--format csv|parquet --out DIR``: every table (``articles``, ``paragraphs``, ``quotes``,
  ``speakers``, ``mentions``) keyed by ``article_id``, speakers merged across articles, with a
  progress bar and a summary on stderr; ``--engine dask [--scheduler ADDRESS]`` runs it on Dask.

A file that cannot be read is reported on stderr in one line and the others are
still processed; the exit status is then 1. Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from quotelens.article import load_article
from quotelens.schema import SCHEMAS
from quotelens.textio import ArticleInputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def iter_inputs(paths: list[str]) -> Iterator[Path | str]:
    """Files named, and the article files inside folders named (sorted); a missing path is yielded as str."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        elif p.is_file():
            yield p
        else:
            yield raw


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="quotelens", description="Who is quoted in a news article, and what each said.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotations and speakers from articles")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    ex.add_argument("--table", choices=tuple(SCHEMAS), default="quotes", help="table for csv/parquet (default quotes)")
    ex.add_argument(
        "--out", metavar="FILE|DIR", help="output file, or a folder for every table (default: standard output)"
    )
    ex.add_argument("--engine", choices=("local", "dask"), default="local", help="corpus mode: where to run")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="corpus mode with --engine dask: a running scheduler")
    ex.add_argument("--workers", type=int, default=2, help="corpus mode with a local Dask cluster: workers")
    ex.add_argument("--text-column", default="text")
    ex.add_argument("--title-column", default="title")
    ex.add_argument("--date-column", default="date")
    ex.add_argument("--source-column", default="subject")
    ex.add_argument("--id-column", default=None)
    return ap


def _corpus_mode(args: argparse.Namespace) -> bool:
    out = Path(args.out) if args.out else None
    tabular_input = any(Path(p).suffix.lower() in (".csv", ".jsonl", ".parquet") for p in args.paths)
    return (args.format != "jsonl" and out is not None and (out.is_dir() or not out.suffix)) or tabular_input


def _run_corpus(args: argparse.Namespace) -> int:
    import time

    from quotelens.corpus import ArticleInput, Columns, extract_corpus, read_corpus, summary, write_tables

    if not args.out:
        print("quotelens: a corpus needs --out DIR", file=sys.stderr)
        return 2
    cols = Columns(args.text_column, args.title_column, args.date_column, args.source_column, args.id_column)
    items: list[ArticleInput] = []
    for raw in args.paths:
        try:
            items.extend(read_corpus(raw, cols))
        except ArticleInputError as exc:
            print(f"quotelens: {exc}", file=sys.stderr)
            return 1
    started = time.perf_counter()
    try:
        tables = extract_corpus(
            items, engine=args.engine, scheduler=args.scheduler, progress=True, workers=args.workers
        )
    except RuntimeError as exc:
        print(f"quotelens: {exc}", file=sys.stderr)
        return 2
    fmt = "csv" if args.format == "csv" else "parquet"
    try:
        write_tables(tables, args.out, fmt)
    except OSError as exc:
        print(f"quotelens: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    for err in tables.errors:
        print(f"quotelens: {err}", file=sys.stderr)
    print(f"quotelens: {summary(tables, time.perf_counter() - started)} -> {args.out}", file=sys.stderr)
    return 1 if tables.errors else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if _corpus_mode(args):
        return _run_corpus(args)
    if args.engine != "local":
        print("quotelens: --engine dask writes every table: use --format parquet (or csv) --out DIR", file=sys.stderr)
        return 2
    if args.format == "parquet" and not args.out:
        print("quotelens: --format parquet needs --out FILE", file=sys.stderr)
        return 2
    failures = 0
    records: list[dict[str, object]] = []
    frames: list[pd.DataFrame] = []
    for item in iter_inputs(args.paths):
        if isinstance(item, str):
            print(f"quotelens: {item}: no such file or folder", file=sys.stderr)
            failures += 1
            continue
        try:
            art = load_article(item, name=item.stem)
        except ArticleInputError as exc:
            print(f"quotelens: {exc}", file=sys.stderr)
            failures += 1
            continue
        if args.format == "jsonl":
            records.extend(art.scorer_records(item.stem))
        else:
            df = art.tables()[args.table]
            frames.append(df.assign(doc=item.stem)[["doc", *df.columns]])
    try:
        _write(args, records, frames)
    except OSError as exc:
        print(f"quotelens: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    return 1 if failures else 0


def _write(args: argparse.Namespace, records: list[dict[str, object]], frames: list[pd.DataFrame]) -> None:
    if args.format == "jsonl":
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if args.out:
            Path(args.out).write_text(lines, encoding="utf-8")
        else:
            sys.stdout.write(lines)
        return
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc"])
    if args.format == "csv":
        if args.out:
            df.to_csv(args.out, index=False)
        else:
            df.to_csv(sys.stdout, index=False)
    else:
        df.to_parquet(args.out, index=False)


if __name__ == "__main__":
    sys.exit(main())
