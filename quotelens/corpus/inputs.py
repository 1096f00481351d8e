"""Turn corpus rows and files into articles, or into one-line problems.

In: a row of a CSV / JSONL / Parquet corpus (a mapping of column to cell) or an article file.
Out: :class:`ArticleInput` — the article's text and its metadata — or :class:`Problem` — where
(file, line or row) and why the row was not taken.

Notes:
    * A cell is text, always: a text cell that names a file ("/etc/passwd") is that string, never
      the file's content. Only article files in a folder (or named on the command line) are read.
    * A ``bytes`` cell (a Parquet binary column) goes through the same decoder as article files
      (:func:`quotelens.textio.decode_bytes`): never Python's ``b'...'`` repr.
    * Rows of CSV and JSONL files are decoded one by one: UTF-8 (with or without BOM), else cp1252
      as for article files; such a row is written, with a note saying so.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from quotelens.textio import MAX_BYTES, ArticleInputError, decode_bytes

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

# The csv module refuses fields over 128 KiB by default; one article may be up to 5 MiB.
csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_BYTES))


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns of a table-shaped corpus hold what (the fake/real news CSVs: title, text, subject, date)."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    source: str = "subject"
    id: str | None = None


DEFAULT_COLUMNS = Columns()


@dataclass(frozen=True, slots=True)
class ArticleInput:
    article_id: str
    text: str | bytes
    name: str  # where it comes from: a file name (its suffix picks the format) or "news.csv: line 5"
    title: str | None = None
    date: str | None = None
    source: str | None = None
    file: str | None = None  # the file in a folder corpus, so the reader can open it
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """A row or file not taken (``refused``), or taken with a note (``refused=False``)."""

    where: str  # "news.csv", "news.csv: line 17", "news.parquet: row 3"
    reason: str
    refused: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Entry = ArticleInput | Problem


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def meta_cell(value: Any) -> str | None:
    """A title, date, source or id cell as text (bytes decoded, never their repr); ``None`` when missing."""
    if _missing(value):
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value if isinstance(value, str) else str(value)


def _text_cell(value: Any, where: str) -> tuple[str, tuple[str, ...]] | Problem:
    if _missing(value):
        return "", ()
    if isinstance(value, str):
        return value, ()
    if isinstance(value, bytes):
        try:
            decoded = decode_bytes(value, where)
        except ArticleInputError as exc:
            return Problem(where, str(exc).removeprefix(f"{where}: "))
        return decoded.text, tuple(decoded.notes)
    return Problem(where, f"the text is {_type_name(value)}, not text")


def article_from_row(
    row: Mapping[str, Any], columns: Columns, default_id: str, where: str, notes: tuple[str, ...] = ()
) -> Entry:
    """One row of a table-shaped corpus as an article; its title becomes the article's first line."""
    if columns.text not in row:
        return Problem(where, f"no {columns.text!r} field")
    body = _text_cell(row[columns.text], where)
    if isinstance(body, Problem):
        return body
    text, text_notes = body
    if not text.strip():
        return Problem(where, f"the {columns.text!r} cell is empty: not an article")
    title = meta_cell(row.get(columns.title))
    given_id = meta_cell(row.get(columns.id)) if columns.id else None
    article_id = given_id if given_id else default_id
    return ArticleInput(
        article_id,
        f"{title}\n\n{text}" if title else text,  # the title as the first line, as in the corpus files
        where,
        title,
        meta_cell(row.get(columns.date)),
        meta_cell(row.get(columns.source)),
        notes=(*notes, *text_notes),
    )


def decode_record(data: bytes) -> tuple[str, str | None]:
    """A CSV or JSONL record's text, and a note when it was not UTF-8 (the cascade of article files)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8: decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8: decoded as latin-1"


def jsonl_row(text: str) -> dict[str, Any] | str:
    """The object on one JSONL line, or why it is not one."""
    try:
        value = json.loads(text.strip())
    except json.JSONDecodeError as exc:
        return f"not JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return "not JSON: nested too deeply"
    if not isinstance(value, dict):
        return f"{_type_name(value)}, not a JSON object"
    return value


def csv_rows(text: str, header: tuple[str, ...]) -> Iterator[dict[str, str] | str]:
    """The rows of one CSV record (normally one), as header-keyed dicts, or why a row is refused."""
    try:
        for fields in csv.reader(io.StringIO(text)):
            if not fields:
                continue
            if len(fields) > len(header):
                yield f"{len(fields)} fields, the header has {len(header)}"
                continue
            yield dict(zip(header, fields + [""] * (len(header) - len(fields)), strict=True))
    except csv.Error as exc:
        yield f"not CSV: {exc}"


def csv_header(data: bytes) -> tuple[str, ...] | str:
    """The header of a CSV file from its first record, or why it has none."""
    text, _ = decode_record(data.removeprefix(b"\xef\xbb\xbf"))
    try:
        fields = next(csv.reader(io.StringIO(text)), [])
    except csv.Error as exc:
        return f"the header is not CSV: {exc}"
    if not [f for f in fields if f.strip()]:
        return "empty: no header row"
    return tuple(fields)
