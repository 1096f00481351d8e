"""Corrections as files: JSON and CSV, written from a store or a list and read back.

In: corrections (every one, the history included, not only those in force). Out: text or a file
in either format; reading gives the same :class:`Correction` records, and importing them into a
store re-applies them wherever their article is opened (a correction already in the store, by
``uid``, is skipped, so importing a file twice adds nothing).

JSON: ``{"format": "quotelens-corrections", "version": 1, "corrections": [{...}, ...]}`` with
one object per correction (the fields of :class:`Correction`; word ranges as '3-9;12-20',
'none' for no words). CSV: the same fields as columns; an empty cell is "not set".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from quotelens.corrections.db import CorrectionStore
from quotelens.corrections.model import Correction, as_row, from_row
from quotelens.spreadsheets import inert_cell, restored_cell

FORMAT = "quotelens-corrections"
VERSION = 1
COLUMNS = [f.name for f in fields(Correction)]
_BOOL = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def to_json(corrections: Iterable[Correction]) -> str:
    rows = [as_row(c) for c in corrections]
    return json.dumps({"format": FORMAT, "version": VERSION, "corrections": rows}, ensure_ascii=False, indent=1)


def from_json(text: str) -> list[Correction]:
    """Corrections from :func:`to_json`'s text (a bare list of objects is read too).

    Raises:
        ValueError: not JSON, another format, or a correction that does not check out.
    """
    data = json.loads(text)
    if isinstance(data, dict):
        if data.get("format") != FORMAT:
            raise ValueError(f"not a quotelens corrections file (format {data.get('format')!r})")
        if int(data.get("version", 0)) > VERSION:
            raise ValueError(f"corrections file version {data['version']} is newer than this quotelens reads")
        data = data.get("corrections", [])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ValueError("corrections must be a list of objects")
    return [_checked(r, n) for n, r in enumerate(data, 1)]


def to_csv(corrections: Iterable[Correction]) -> str:
    """The corrections as CSV, each text a spreadsheet would run as a formula behind a ``'``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in corrections:
        writer.writerow({k: "" if v is None else inert_cell(v) for k, v in as_row(c).items()})
    return out.getvalue()


def from_csv(text: str) -> list[Correction]:
    """Corrections from :func:`to_csv`'s text (columns in any order; unknown ones ignored; the ``'`` that kept
    a text from running as a formula is taken off)."""
    rows = []
    for n, raw in enumerate(csv.DictReader(io.StringIO(text)), 2):
        row: dict[str, Any] = {k: (restored_cell(v) if v != "" else None) for k, v in raw.items() if k in COLUMNS}
        nq = row.get("not_quote")
        if nq is not None:
            if str(nq).lower() not in _BOOL:
                raise ValueError(f"line {n}: not_quote {nq!r} is not true or false")
            row["not_quote"] = _BOOL[str(nq).lower()]
        row["seq"] = int(row.get("seq") or 0)
        for k in ("note", "author", "session", "article_name"):
            row[k] = row.get(k) or ""
        rows.append(_checked(row, n))
    return rows


def _checked(row: dict[str, Any], n: int) -> Correction:
    try:
        return from_row(row)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"correction {n}: {exc}") from exc


def write(corrections: Iterable[Correction], path: str | Path) -> Path:
    """Write corrections to ``path``: JSON for ``.json``, CSV for ``.csv``."""
    path = Path(path)
    text = to_csv(corrections) if path.suffix.lower() == ".csv" else to_json(corrections)
    path.write_text(text, encoding="utf-8")
    return path


def read(path: str | Path) -> list[Correction]:
    """Read a corrections file (``.csv`` as CSV, anything else as JSON)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    return from_csv(text) if path.suffix.lower() == ".csv" else from_json(text)


def import_file(store: CorrectionStore, path: str | Path) -> int:
    """Save a corrections file's corrections in ``store``; returns how many were new."""
    return store.save(*read(path))


def read_upload(name: str, data: bytes) -> list[Correction]:
    """Corrections from an uploaded file's bytes: CSV for a ``.csv`` name, JSON otherwise.

    Raises:
        ValueError: not UTF-8, or not a corrections file (the message says why).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError("the file is not UTF-8 text") from exc
    return from_csv(text) if name.lower().endswith(".csv") else from_json(text)
