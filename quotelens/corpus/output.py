"""Where a corpus run writes: a hidden folder beside the target, moved into place only when complete.

In: the target folder (``--out``), the plan's fingerprint, and batches of tables as they are done.
Out: the target folder with one file per table and ``manifest.json`` (written last), or nothing at all:

* Before any extraction, :meth:`OutputFolder.check` refuses what cannot work — a target that is a
  file, a missing parent folder, a folder that is not ours to replace, a folder we cannot write in.
* Each batch is written as part files in ``.<target>.partial/parts/`` by whichever process ran it,
  then a ``.done.json`` marker with its counts and problems; an interrupted run keeps them, and
  ``--resume`` skips the batches already done (:meth:`OutputFolder.start`).
* :meth:`OutputFolder.finish` merges speakers across articles from the speakers parts (a second pass
  over a small table), streams every table into one file (Parquet row groups, CSV or JSONL appended),
  writes the manifest, and renames the folder into place. Readers refuse a folder without a
  manifest (:func:`quotelens.corpus.tables.read_tables`).
"""

from __future__ import annotations

import json
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotelens.corpus.extract import Batch
from quotelens.corpus.inputs import Problem
from quotelens.corpus.merge import SpeakerMerge
from quotelens.corpus.plan import os_reason
from quotelens.corpus.tables import MANIFEST, MERGED, TABLES
from quotelens.corpus.writers import read_part, write_part, write_table

FORMATS = ("parquet", "csv", "jsonl")
_PLAN = "plan.json"


class OutputError(Exception):
    """The output cannot be written; the message says which folder and why, in one line."""


@dataclass(slots=True)
class BatchRecord:
    """What a finished batch wrote: its counts and the problems of its rows."""

    index: int
    size: int  # rows or files read
    articles: int
    quotations: int
    problems: list[Problem] = field(default_factory=list)
    corrected: int = 0  # rows of the quotes table a reader corrected

    def to_json(self) -> str:
        problems = [[p.where, p.reason, p.refused] for p in self.problems]
        values = [self.index, self.size, self.articles, self.quotations, problems, self.corrected]
        return json.dumps(values, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BatchRecord:
        index, size, articles, quotations, problems, *corrected = json.loads(text)  # (older runs: no count)
        found = [Problem(w, r, f) for w, r, f in problems]
        return cls(index, size, articles, quotations, found, corrected[0] if corrected else 0)


def write_batch(parts: str | Path, index: int, size: int, batch: Batch) -> BatchRecord:
    """The batch's part files, then its marker (the marker alone says "done"); runs on any worker."""
    d = Path(parts)
    for name, df in batch.tables.items():
        write_part(df, d / f"{index:06d}.{name}.arrow")
    record = BatchRecord(index, size, batch.articles, batch.quotations, batch.problems, batch.corrected)
    tmp = d / f"{index:06d}.done.tmp"
    tmp.write_text(record.to_json(), encoding="utf-8")
    tmp.replace(d / f"{index:06d}.done.json")
    return record


def _one_by_one(function: Callable[..., int], jobs: list[tuple[Any, ...]]) -> list[int]:
    return [function(*job) for job in jobs]


@contextmanager
def _no_interrupt() -> Iterator[None]:
    """Ctrl-C waits until the block is done (the swap of two folders must not stop half-way).

    A Ctrl-C during the block raises ``KeyboardInterrupt`` as it ends; ``published`` says the work is safe.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class OutputFolder:
    def __init__(self, target: str | Path, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        self.target = Path(target).absolute()
        self.fmt = fmt
        self.partial = self.target.parent / f".{self.target.name}.partial"
        self.parts = self.partial / "parts"
        self.published = False  # moved into place: from then on, a Ctrl-C changes nothing
        self.discarded = 0  # articles of an unfinished earlier run started over (no --resume)

    def check(self) -> None:
        """Refuse, before any work, an output that cannot be written (raises :class:`OutputError`)."""
        t = self.target
        if t.exists() and not t.is_dir():
            raise OutputError(f"{t}: exists and is not a folder (a corpus is written as a folder of tables)")
        if not t.parent.is_dir():
            raise OutputError(f"{t}: the folder {t.parent} does not exist")
        if t.is_dir() and not _replaceable(t):
            raise OutputError(f"{t}: holds other files; choose a new or empty folder (a finished output is replaced)")
        try:
            self.partial.mkdir(exist_ok=True)
            probe = self.partial / ".probe"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise OutputError(f"{t}: cannot write in {t.parent}: {os_reason(exc)}") from exc

    def start(self, fingerprint: str, resume: bool) -> dict[int, BatchRecord]:
        """Begin (or with ``resume``, continue) the run; returns the batches already done."""
        plan_file = self.partial / _PLAN
        if resume and plan_file.is_file():
            if json.loads(plan_file.read_text(encoding="utf-8")).get("fingerprint") != fingerprint:
                raise OutputError(
                    f"{self.partial}: the unfinished run there read other inputs or options; "
                    "run without --resume to start again"
                )
            return self.done()
        if plan_file.is_file():
            self.discarded = sum(r.size for r in self.done().values())
        shutil.rmtree(self.partial, ignore_errors=True)
        self.parts.mkdir(parents=True)
        plan_file.write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
        return {}

    def discard(self) -> None:
        """Remove the unfinished run (nothing of it is worth resuming)."""
        shutil.rmtree(self.partial, ignore_errors=True)

    def done(self) -> dict[int, BatchRecord]:
        if not self.parts.is_dir():
            self.parts.mkdir(parents=True)
        records = [BatchRecord.from_json(p.read_text(encoding="utf-8")) for p in self.parts.glob("*.done.json")]
        return {r.index: r for r in records}

    def finish(
        self,
        records: Iterable[BatchRecord],
        plan_problems: list[Problem],
        phase: Callable[[str], None],
        stats: Callable[[], dict[str, Any]],
        run_all: Callable[[Callable[..., int], list[tuple[Any, ...]]], list[int]] = _one_by_one,
    ) -> dict[str, Any]:
        """Merge speakers, write every table into its one file, the manifest last, and move into place.

        ``run_all(function, jobs)`` writes the tables (one job each): here one after another, or on
        the Dask workers side by side.
        """
        order = sorted(records, key=lambda r: r.index)
        phase("merging speakers across articles")
        merge = SpeakerMerge()
        for r in order:
            speakers = read_part(self.parts / f"{r.index:06d}.speakers.arrow", ["name", "type"])
            merge.add_names(speakers["name"].to_pylist(), speakers["type"].to_pylist())
        named = merge.named()  # merged here once, before the merge travels to the table writers
        phase(f"writing {len(TABLES)} {self.fmt} tables")
        jobs = [
            (
                [str(self.parts / f"{r.index:06d}.{name}.arrow") for r in order],
                str(self.partial / f"{name}.{self.fmt}"),
                name,
                self.fmt,
                merge if name in MERGED else None,
            )
            for name in TABLES
        ]
        rows = dict(zip(TABLES, run_all(write_table, jobs), strict=True))
        problems = [*plan_problems, *(p for r in order for p in r.problems)]
        manifest = {
            "complete": True,
            "format": self.fmt,
            "tables": {name: {"file": f"{name}.{self.fmt}", "rows": n} for name, n in rows.items()},
            "articles": rows["articles"],
            "quotations": sum(r.quotations for r in order),
            "corrected_rows": sum(r.corrected for r in order),
            "named_speakers": named,
            "problems": [str(p) for p in problems if p.refused],
            "notes": [str(p) for p in problems if not p.refused],
            **stats(),
        }
        phase("moving into place")
        self._move_into_place(manifest)
        return manifest

    def _move_into_place(self, manifest: dict[str, Any]) -> None:
        """The manifest last, then the folder renamed over the target (an earlier output is replaced whole)."""
        old = self.target.parent / f".{self.target.name}.old"
        with _no_interrupt():  # a Ctrl-C now waits: the output is complete in a moment
            shutil.rmtree(self.parts)
            (self.partial / _PLAN).unlink()
            (self.partial / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
            shutil.rmtree(old, ignore_errors=True)
            if self.target.exists():
                self.target.rename(old)
            self.partial.rename(self.target)
            self.published = True
        shutil.rmtree(old, ignore_errors=True)


def _replaceable(folder: Path) -> bool:
    """An empty folder, or one holding nothing but a corpus output's files."""
    ours = {f"{t}.{ext}" for t in TABLES for ext in FORMATS} | {MANIFEST}
    return all(p.name in ours for p in folder.iterdir())
