"""Command line: ``quotelens extract PATH... [--format jsonl|csv|parquet|brat|labelstudio] [--table T]
[--out FILE|DIR] [--db URL]``.

In: article files, or folders of them (``.txt``, ``.md``, ``.html``, ``.htm``), or a corpus
file with one article per row (``.csv``, ``.jsonl``, ``.parquet``; ``--text-column`` etc.).
Out:
* ``--format jsonl`` (the default): one line per quotation in the prediction format of
  ``score_attributions.py`` (``doc`` = the file's stem);
* ``--format csv|parquet --out FILE.csv|FILE.parquet``: the chosen table of every article,
  with a ``doc`` column in front;
* ``--format brat --out DIR``: one ``<stem>.txt`` + ``<stem>.ann`` per article (PolNeAR's form:
  ``score_attributions.py --gold DIR`` reads it); ``--format labelstudio --out DIR|FILE.json``:
  Label Studio tasks and their labelling config;
* ``--db URL|PATH``: the readers' corrections in that database (see :mod:`quotelens.corrections`)
  are applied to every article first, and a summary on stderr says how many rows they corrected;
* corpus mode — a CSV / JSONL / Parquet input, ``--engine dask``, or ``--out DIR`` with csv or
  parquet: every table (``articles``, ``paragraphs``, ``quotes``, ``speakers``, ``mentions``) keyed
  by ``article_id``, speakers merged across articles, as Parquet (or ``--format csv|jsonl``), with a
  progress bar (on a terminal, or ``--progress``) and a summary on stderr; ``--engine dask
  [--scheduler ADDRESS]`` runs it on Dask (see :mod:`quotelens.corpus`). Ctrl-C stops it in one
  line, keeping the work done for ``--resume``.

Output problems (a missing folder, a file in the way, no permission) are found before any work.
A file or row that cannot be read is reported on stderr in one line (file, line or row, reason)
and the others are still processed; the exit status is then 1. Usage and output errors exit
with 2, an interrupted corpus run with 130.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from quotelens.article import Article, load_article
from quotelens.formats import write_brat, write_labelstudio
from quotelens.schema import SCHEMAS, empty_table, pandas_dtype
from quotelens.spreadsheets import inert_frame
from quotelens.textio import ArticleInputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
CORPUS_SUFFIXES = (".csv", ".jsonl", ".parquet")
FOLDER_FORMATS = ("brat", "labelstudio")  # written by quotelens.formats, whole articles at once
SHOWN_PROBLEMS = 100


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
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them, or corpus files")
    ex.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet", *FOLDER_FORMATS),
        help="jsonl (default), parquet (default for a corpus), csv, brat (a folder), labelstudio",
    )
    ex.add_argument("--table", choices=tuple(SCHEMAS), default="quotes", help="table for csv/parquet (default quotes)")
    ex.add_argument(
        "--out", metavar="FILE|DIR", help="output file, or a folder for every table (default: standard output)"
    )
    ex.add_argument(
        "--db",
        metavar="URL|PATH",
        help="apply the readers' corrections in this database (a SQLAlchemy URL or a SQLite file)",
    )
    corpus = ex.add_argument_group("corpus mode")
    corpus.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run")
    corpus.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: a running scheduler")
    corpus.add_argument("--workers", type=int, default=2, help="with a local Dask cluster: workers (default 2)")
    corpus.add_argument("--batch-size", type=int, default=32, help="articles per batch (default 32)")
    corpus.add_argument("--resume", action="store_true", help="continue the interrupted run into the same --out")
    corpus.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)"
    )
    for name, default in (("text", "text"), ("title", "title"), ("date", "date"), ("source", "subject")):
        corpus.add_argument(f"--{name}-column", default=default)
    corpus.add_argument("--id-column", default=None)
    return ap


def _corpus_mode(args: argparse.Namespace) -> bool:
    out = Path(args.out) if args.out else None
    tabular_input = any(Path(p).suffix.lower() in CORPUS_SUFFIXES for p in args.paths)
    by_out = args.format in ("csv", "parquet") and out is not None and (out.is_dir() or not out.suffix)
    return by_out or tabular_input or args.engine == "dask"


def _say(message: str) -> None:
    print(f"quotelens: {message}", file=sys.stderr)


_AT = re.compile(r"^(?P<file>.*): (?P<at>(?:line|row) \d+)$")


def _report_problems(problems: list, out: str) -> None:
    """Each refused row or file in one line (the first hundred; all are in the manifest); notes per file."""
    refused = [p for p in problems if p.refused]
    for p in refused[:SHOWN_PROBLEMS]:
        _say(str(p))
    if len(refused) > SHOWN_PROBLEMS:
        _say(f"… and {len(refused) - SHOWN_PROBLEMS} more refused, all listed in {out}/manifest.json")
    notes: dict[tuple[str, str], list[str]] = {}
    for p in problems:
        if not p.refused:
            m = _AT.match(p.where)
            notes.setdefault((m["file"] if m else p.where, p.reason), []).append(m["at"] if m else "")
    for (file, reason), places in notes.items():
        _say(f"{file}: {len(places)} rows {reason} (first: {places[0]})" if places[0] else f"{file}: {reason}")


def _corrections(args: argparse.Namespace) -> Any:
    """The corrections of ``--db`` (a :class:`~quotelens.corrections.CorrectionIndex`), None without
    ``--db``; raises ``OSError`` (one line) when the database cannot be read. SQLAlchemy is imported
    only here: runs without ``--db`` never load it."""
    if not args.db:
        return None
    if "://" not in args.db and not Path(args.db).expanduser().is_file():
        raise OSError(f"--db {args.db}: no such database file (a typo would silently apply no correction)")
    from sqlalchemy.exc import SQLAlchemyError

    from quotelens.corrections import CorrectionIndex, CorrectionStore, engine_for

    try:
        engine = engine_for(args.db)
        try:
            return CorrectionIndex.load(CorrectionStore(engine))
        finally:
            engine.dispose()
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise OSError(f"--db {args.db}: the corrections cannot be read ({str(exc).splitlines()[0]})") from exc


def _run_corpus(args: argparse.Namespace, corrections: Any) -> int:
    from quotelens.corpus import Columns, Interrupted, OutputError, RunOptions, run_corpus
    from quotelens.corpus.dask_engine import EngineError

    if not args.out:
        _say("a corpus needs --out DIR")
        return 2
    if args.scheduler and args.engine != "dask":
        _say("--scheduler needs --engine dask")
        return 2
    if args.format in FOLDER_FORMATS:
        _say(f"--format {args.format} writes article files, not corpus tables: give it article files or folders")
        return 2
    options = RunOptions(
        fmt=args.format,
        engine=args.engine,
        scheduler=args.scheduler,
        workers=max(1, args.workers),
        batch_size=max(1, args.batch_size),
        columns=Columns(args.text_column, args.title_column, args.date_column, args.source_column, args.id_column),
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
        resume=args.resume,
        corrections=corrections,
    )
    try:
        report = run_corpus(args.paths, args.out, options)
    except (OutputError, EngineError) as exc:
        _say(str(exc))
        return 2
    except Interrupted as exc:
        _say(str(exc))
        return 130
    _report_problems(report.problems, args.out)
    if report.discarded:
        _say(f"an unfinished earlier run into {args.out} ({report.discarded} articles) was started over")
    _say(f"{report.summary()} -> {report.out}")
    return 1 if report.refused else 0


def _check_output_file(out: str) -> str | None:
    """Why ``out`` cannot be written as one file, found before any work; None when it can."""
    p = Path(out)
    if p.is_dir():
        return f"{out}: is a folder; --format jsonl (and --table with a file name) writes one file"
    if not p.absolute().parent.is_dir():
        return f"{out}: the folder {p.absolute().parent} does not exist"
    try:
        fd, probe = tempfile.mkstemp(dir=p.absolute().parent, prefix=f".{p.name}.")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return f"{out}: cannot write in {p.absolute().parent}: {exc.strerror or exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        corrections = _corrections(args)
    except OSError as exc:
        _say(str(exc))
        return 2
    if _corpus_mode(args):
        args.format = args.format or "parquet"
        return _run_corpus(args, corrections)
    args.format = args.format or "jsonl"
    problem = _check_output(args)
    if problem:
        _say(problem)
        return 2
    failures: list[str] = []
    articles = list(_read_articles(args.paths, failures, corrections))
    if corrections is not None:
        rows = sum(int(a.quotes["corrected"].sum()) for a in articles)
        _say(f"{len(articles)} articles, {rows} rows corrected by readers ({len(corrections)} corrections in --db)")
    try:
        _write(args, articles)
    except OSError as exc:
        _say(f"cannot write {args.out}: {exc.strerror or exc}")
        return 1
    return 1 if failures else 0


def _check_output(args: argparse.Namespace) -> str | None:
    if args.format == "parquet" and not args.out:
        return "--format parquet needs --out FILE"
    if args.format in FOLDER_FORMATS:
        if not args.out:
            return f"--format {args.format} needs --out DIR"
        out = Path(args.out)
        if args.format == "brat" and out.exists() and not out.is_dir():
            return f"{args.out}: is a file; --format brat writes a folder"
        return None
    return _check_output_file(args.out) if args.out else None


def _read_articles(paths: list[str], failures: list[str], corrections: Any) -> Iterator[Article]:
    """Each article named (its name the file's stem), corrected when there are corrections; an
    input that cannot be read is said in one line and added to ``failures``."""
    for item in iter_inputs(paths):
        if isinstance(item, str):
            failures.append(f"{item}: no such file or folder")
            _say(failures[-1])
            continue
        try:
            art = load_article(item, name=item.stem)  # a Path: named on the command line, so read
        except ArticleInputError as exc:
            failures.append(str(exc))
            _say(failures[-1])
            continue
        yield corrections.apply(art).article if corrections is not None else art


def _write(args: argparse.Namespace, articles: list[Article]) -> None:
    """Into a temporary file beside ``--out``, renamed into place once whole (or to standard output);
    BRAT and Label Studio into the folder ``--out``."""
    if args.format == "brat":
        write_brat(articles, args.out)
        return
    if args.format == "labelstudio":
        write_labelstudio(articles, args.out)
        return
    records = [r for a in articles for r in a.scorer_records(a.name)] if args.format == "jsonl" else []
    frames = [] if args.format == "jsonl" else [_doc_table(a, args.table) for a in articles]
    if not args.out:
        if args.format == "jsonl":
            sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        else:
            inert_frame(_table(frames, args.table)).to_csv(sys.stdout, index=False)
        return
    out = Path(args.out)
    fd, tmp = tempfile.mkstemp(dir=out.absolute().parent, prefix=f".{out.name}.")
    os.close(fd)
    try:
        if args.format == "jsonl":
            lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            Path(tmp).write_text(lines, encoding="utf-8")
        elif args.format == "csv":
            inert_frame(_table(frames, args.table)).to_csv(tmp, index=False)
        else:
            _table(frames, args.table).to_parquet(tmp, index=False)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; the output gets the usual mode
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _doc_table(article: Article, table: str) -> pd.DataFrame:
    df = article.tables()[table]
    return df.assign(doc=article.name)[["doc", *df.columns]]


def _table(frames: list[pd.DataFrame], table: str) -> pd.DataFrame:
    if frames:
        return pd.concat(frames, ignore_index=True)
    empty = empty_table(table)
    return empty.assign(doc=pd.Series(dtype=pandas_dtype("str")))[["doc", *empty.columns]]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


if __name__ == "__main__":
    sys.exit(main())
