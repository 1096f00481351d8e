"""Cut a corpus into slices that are read independently: the work units of a corpus run.

In: the paths given to ``quotelens extract`` — folders of article files, article files, CSV / JSONL /
Parquet files with one article per row. Out: :class:`Plan` — slices of about ``batch_size`` articles
each, in input order, and the problems found on the way (a missing file, an empty CSV, a corrupt
Parquet file). Reading a slice (:func:`read_slice`) yields its articles and the problems of its rows.

A slice names what to read, not the text, so that a Dask task is a few hundred bytes whatever the
corpus: file names for a folder, a byte range of whole records for CSV and JSONL (found by one scan
of the bytes: a CSV record ends at a line end outside double quotes), a row range for Parquet. Parquet
row ranges are read by the client, in order, and handed over as :class:`ItemsSlice`: a row range
inside one Parquet row group (pandas writes a whole file as one) can only be read by reading the
group, so each worker reading its own range would read the whole file once per slice.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from quotelens.corpus.inputs import (
    ARTICLE_SUFFIXES,
    DEFAULT_COLUMNS,
    ArticleInput,
    Columns,
    Entry,
    Problem,
    article_from_row,
    csv_header,
    csv_rows,
    decode_record,
    jsonl_row,
)


def os_reason(exc: OSError) -> str:
    """The reason of an OS error in words (never ``None``)."""
    return exc.strerror or str(exc) or type(exc).__name__


@dataclass(frozen=True, slots=True)
class FilesSlice:
    files: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.files)


@dataclass(frozen=True, slots=True)
class RecordsSlice:
    path: str
    kind: str  # "csv" or "jsonl"
    start: int  # byte range of whole records
    stop: int
    first_line: int  # line number of the first record (1 = the file's first line)
    first_index: int  # data rows before it in the file (article ids count rows)
    size: int  # data rows in the range
    header: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParquetSlice:
    path: str
    start: int  # row range
    stop: int

    @property
    def size(self) -> int:
        return self.stop - self.start


@dataclass(frozen=True, slots=True)
class ItemsSlice:
    """Rows already read (from Parquet, by the client), with the problems found in them."""

    entries: tuple[Entry, ...]

    @property
    def size(self) -> int:
        return len(self.entries)


Slice = FilesSlice | RecordsSlice | ParquetSlice | ItemsSlice


@dataclass(slots=True)
class Plan:
    slices: list[Slice] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Articles (rows or files) to read, refused ones included."""
        return sum(s.size for s in self.slices)

    def fingerprint(self, columns: Columns) -> str:
        """Names the inputs (with their sizes and times) and the slicing, so a run resumes only itself."""
        files: list[str] = []
        for s in self.slices:
            files.extend(s.files if isinstance(s, FilesSlice) else [getattr(s, "path", "")])
        stats = [(f, *_stat(f)) for f in dict.fromkeys(files)]
        described = [(type(s).__name__, s.size, getattr(s, "start", 0)) for s in self.slices]
        blob = json.dumps([asdict(columns), stats, described], sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _stat(path: str) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def plan_inputs(paths: Iterable[str | Path], columns: Columns = DEFAULT_COLUMNS, batch_size: int = 32) -> Plan:
    """Slices of every input, in the order given; problems for inputs that cannot be read at all."""
    plan = Plan()
    loose: list[str] = []  # article files named one by one are batched together
    for raw in paths:
        p = Path(raw)
        suffix = p.suffix.lower()
        if p.is_file() and suffix not in (".csv", ".jsonl", ".parquet"):
            loose.append(str(p))
            continue
        plan.slices += _file_slices(loose, batch_size)
        loose = []
        if p.is_dir():
            found = sorted(str(f) for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                plan.problems.append(Problem(str(p), "no .txt, .md or .html file in this folder"))
            plan.slices += _file_slices(found, batch_size)
        elif not p.is_file():
            plan.problems.append(Problem(str(p), "no such file or folder"))
        elif suffix == ".parquet":
            _plan_parquet(plan, str(p), columns, batch_size)
        else:
            _plan_records(plan, str(p), suffix.lstrip("."), columns, batch_size)
    plan.slices += _file_slices(loose, batch_size)
    return plan


def _file_slices(files: list[str], batch_size: int) -> list[Slice]:
    return [FilesSlice(tuple(files[k : k + batch_size])) for k in range(0, len(files), batch_size)]


def _records(f: BinaryIO, quoted: bool) -> Iterator[tuple[int, int, int, bool]]:
    """(start, stop, first line, blank) of every record: a line, or for CSV lines up to a balanced quote."""
    pos = start = 0
    line = first = 1
    inside = False
    blank = True
    for chunk in f:  # binary files iterate on b"\n" only
        pos += len(chunk)
        line += 1
        if quoted and chunk.count(b'"') % 2:
            inside = not inside
        blank = blank and not chunk.strip()
        if not inside:
            yield start, pos, first, blank
            start, first, blank = pos, line, True
    if start < pos:
        yield start, pos, first, blank  # an unclosed quote runs to the end of the file


def _plan_records(plan: Plan, path: str, kind: str, columns: Columns, batch_size: int) -> None:
    """Slices of whole records, found in one streaming pass: only one slice's bounds are held at a time."""
    try:
        header = _csv_header(path, columns) if kind == "csv" else _utf16(path)
        if isinstance(header, str):
            plan.problems.append(Problem(path, header))
            return
        with open(path, "rb") as f:
            rows = (r for r in _records(f, kind == "csv") if not r[3])
            if header:
                next(rows)  # the header's record
            count = 0
            while batch := list(islice(rows, batch_size)):
                (start, _, line, _), stop = batch[0], batch[-1][1]
                plan.slices.append(RecordsSlice(path, kind, start, stop, line, count, len(batch), header))
                count += len(batch)
    except OSError as exc:
        plan.problems.append(Problem(path, f"cannot be read: {os_reason(exc)}"))
        return
    if not count:
        plan.problems.append(Problem(path, "no rows after the header" if header else "empty: no lines"))


def _utf16(path: str) -> tuple[()] | str:
    """Why a CSV or JSONL file cannot be read record by record: UTF-16 (its line ends are two bytes)."""
    with open(path, "rb") as f:
        return "UTF-16 is not read: save it as UTF-8" if f.read(2) in (b"\xff\xfe", b"\xfe\xff") else ()


def _csv_header(path: str, columns: Columns) -> tuple[str, ...] | str:
    """The header of a CSV file, or why it has none or lacks the text column."""
    if utf16 := _utf16(path):
        return utf16
    with open(path, "rb") as f:
        first = next((r for r in _records(f, True) if not r[3]), None)
        if first is None:
            return "empty: no header row"
        f.seek(first[0])
        header = csv_header(f.read(first[1] - first[0]))
    if isinstance(header, tuple) and columns.text not in header:
        return f"no column {columns.text!r} (columns: {', '.join(header)})"
    return header


_TEXT_TYPES = ("string", "large_string", "binary", "large_binary", "null", "string_view", "binary_view")


def _plan_parquet(plan: Plan, path: str, columns: Columns, batch_size: int) -> None:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path)
        schema = meta.schema_arrow
        rows = meta.metadata.num_rows
    except OSError as exc:
        plan.problems.append(Problem(path, f"cannot be read: {os_reason(exc)}"))
        return
    except Exception as exc:  # pyarrow raises ArrowInvalid and friends for a corrupt file
        plan.problems.append(Problem(path, f"not a readable Parquet file ({exc})"))
        return
    if columns.text not in schema.names:
        plan.problems.append(Problem(path, f"no column {columns.text!r} (columns: {', '.join(schema.names)})"))
        return
    kind = schema.field(columns.text).type
    value_kind = getattr(kind, "value_type", kind)  # dictionary-encoded strings
    if str(value_kind) not in _TEXT_TYPES and not str(value_kind).startswith(("string", "large_string")):
        plan.problems.append(Problem(path, f"column {columns.text!r} holds {kind}, not text"))
        return
    if rows == 0:
        plan.problems.append(Problem(path, "empty: no rows"))
    plan.slices += [ParquetSlice(path, k, min(k + batch_size, rows)) for k in range(0, rows, batch_size)]


class ParquetReader:
    """Reads the :class:`ParquetSlice` s of one run in order, one file open at a time."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self._path: str | None = None
        self._batches: Iterator[Any] = iter(())
        self._rows: list[dict[str, Any]] = []
        self._at = 0  # the file's row number of self._rows[0]

    def read(self, s: ParquetSlice) -> ItemsSlice:
        if s.path != self._path or s.start < self._at:
            self._open(s.path)
        while self._at + len(self._rows) < s.stop:
            try:
                self._rows += next(self._batches).to_pylist()
            except StopIteration:
                break
            except Exception as exc:  # a corrupt page: the rest of the file is lost, and said so
                rest = ItemsSlice((Problem(s.path, f"rows {s.start + 1}-{s.stop}: cannot be read ({exc})"),))
                self._open(s.path)
                return rest
        rows = self._rows[s.start - self._at : s.stop - self._at]
        del self._rows[: s.stop - self._at]
        self._at = s.stop
        stem = Path(s.path).stem
        entries = [
            article_from_row(row, self.columns, f"{stem}-{n:06d}", f"{s.path}: row {n + 1}")
            for n, row in enumerate(rows, s.start)
        ]
        return ItemsSlice(tuple(entries))

    def _open(self, path: str) -> None:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        wanted = [self.columns.text, self.columns.title, self.columns.date, self.columns.source, self.columns.id]
        present = [c for c in dict.fromkeys(wanted) if c and c in pf.schema_arrow.names]
        self._path, self._batches, self._rows, self._at = path, pf.iter_batches(columns=present), [], 0


def read_slice(s: Slice, columns: Columns) -> Iterator[Entry]:
    """The articles of one slice (and the problems of its rows), in order; never raises for bad input."""
    if isinstance(s, ItemsSlice):
        yield from s.entries
    elif isinstance(s, FilesSlice):
        for name in s.files:
            try:
                data = Path(name).read_bytes()
            except OSError as exc:
                yield Problem(name, f"cannot be read: {os_reason(exc)}")
                continue
            yield ArticleInput(Path(name).stem, data, name, file=Path(name).name)
    elif isinstance(s, RecordsSlice):
        yield from _read_records(s, columns)
    else:
        yield from ParquetReader(columns).read(s).entries


def _read_records(s: RecordsSlice, columns: Columns) -> Iterator[Entry]:
    try:
        with open(s.path, "rb") as f:
            f.seek(s.start)
            data = f.read(s.stop - s.start)
    except OSError as exc:
        yield Problem(s.path, f"lines {s.first_line}-: cannot be read: {os_reason(exc)}")
        return
    stem = Path(s.path).stem
    index = s.first_index
    for start, stop, line, blank in _records(io.BytesIO(data), s.kind == "csv"):
        if blank:
            continue
        where = f"{s.path}: line {s.first_line + line - 1}"
        text, note = decode_record(data[start:stop])
        rows = [jsonl_row(text)] if s.kind == "jsonl" else list(csv_rows(text, s.header))
        for row in rows:
            default_id, index = f"{stem}-{index:06d}", index + 1
            if isinstance(row, str):
                yield Problem(where, row)
                continue
            if note:
                yield Problem(where, note, refused=False)
            yield article_from_row(row, columns, default_id, where, (note,) if note else ())


def read_corpus(path: str | Path, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Entry]:
    """The articles of a folder or of a CSV / JSONL / Parquet file in order, and the problems met on the way."""
    plan = plan_inputs([path], columns, batch_size=256)
    yield from plan.problems
    parquet = ParquetReader(columns)
    for s in plan.slices:
        yield from read_slice(parquet.read(s) if isinstance(s, ParquetSlice) else s, columns)
