"""Run a corpus to disk: plan, extract batch by batch (here or on Dask), merge speakers, finish.

In: the input paths and :class:`RunOptions`. Out: the output folder (see :mod:`.output`) and a
:class:`RunReport` — counts, every problem in one line, time and peak memory (this process and each
Dask worker). Memory stays flat as the corpus grows: one batch of articles at a time per process,
tables written per batch and streamed into their files at the end, and only the speakers' names
held for the cross-article merge.

Raises :class:`Interrupted` on Ctrl-C (the batches done are kept for ``--resume``),
:class:`~quotelens.corpus.output.OutputError` before any work when the output cannot be written, and
:class:`~quotelens.corpus.dask_engine.EngineError` when Dask cannot run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotelens.corpus.dask_engine import DaskEngine, EngineError, peak_rss_mb
from quotelens.corpus.extract import extract_batch
from quotelens.corpus.inputs import Columns, Problem
from quotelens.corpus.output import BatchRecord, OutputFolder, write_batch
from quotelens.corpus.plan import ParquetReader, ParquetSlice, Plan, Slice, plan_inputs, read_slice
from quotelens.corpus.progress import Progress
from quotelens.corpus.tables import read_manifest

if TYPE_CHECKING:
    from quotelens.corrections.index import CorrectionIndex


@dataclass(frozen=True, slots=True)
class RunOptions:
    fmt: str = "parquet"
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a running Dask scheduler; None: a local cluster of ``workers``
    workers: int = 2
    batch_size: int = 32
    columns: Columns = field(default_factory=Columns)
    progress: bool = False
    resume: bool = False
    corrections: CorrectionIndex | None = None  # readers' corrections to apply (``--db``)


@dataclass(slots=True)
class RunReport:
    out: Path
    articles: int
    quotations: int
    named_speakers: int
    problems: list[Problem]
    seconds: float
    peak_mb: float
    worker_peak_mb: list[float]
    resumed: int = 0  # articles done by the interrupted run this one continued
    discarded: int = 0  # articles done by an unfinished run this one started over
    corrected: int | None = None  # rows corrected by readers (None: no corrections were applied)

    @property
    def refused(self) -> list[Problem]:
        return [p for p in self.problems if p.refused]

    def summary(self) -> str:
        notes = len(self.problems) - len(self.refused)
        rate = self.articles / max(self.seconds, 1e-9)
        parts = [
            f"{self.articles} articles, {self.quotations} quotations, "
            f"{self.named_speakers} named speakers across the corpus, {len(self.refused)} refused",
            f"{notes} decoded with a note" if notes else "",
            f"{self.resumed} done before the interruption" if self.resumed else "",
            f"{self.corrected} rows corrected by readers" if self.corrected is not None else "",
        ]
        memory = f"peak memory {self.peak_mb:.0f} MB"
        if self.worker_peak_mb:
            memory += " here, per worker " + ", ".join(f"{m:.0f}" for m in self.worker_peak_mb) + " MB"
        return f"{', '.join(p for p in parts if p)} in {self.seconds:.1f} s ({rate:.0f} articles/s); {memory}"


class Interrupted(Exception):
    """Ctrl-C: the message says how much was done and how to resume, in one line."""

    def __init__(self, done: int, total: int, partial: Path, target: Path) -> None:
        if done < total:
            message = (
                f"interrupted: {done} of {total} articles done and kept in {partial}; run the same command "
                f"with --resume to continue ({target} was not changed)"
            )
        else:
            message = (
                f"interrupted while writing the tables: all {total} articles are done and kept in {partial}; "
                "run the same command with --resume to finish"
            )
        super().__init__(message)
        self.done, self.total = done, total


def run_batch(
    s: Slice, index: int, parts: str, columns: Columns, corrections: CorrectionIndex | None = None
) -> BatchRecord:
    """Read, extract (and correct) and write one batch (on this process or a Dask worker)."""
    return write_batch(parts, index, s.size, extract_batch(read_slice(s, columns), corrections))


def _warm() -> None:
    from quotelens.article import load_article

    load_article("Warm-up\n\n“Yes,” Ann Lee said.")


def _tasks(
    plan: Plan, skip: Iterable[int], parts: Path, columns: Columns, corrections: CorrectionIndex | None = None
) -> Iterator[tuple[Any, tuple[Any, ...]]]:
    done = set(skip)
    parquet = ParquetReader(columns)
    for index, s in enumerate(plan.slices):
        if isinstance(s, ParquetSlice):
            s = parquet.read(s)  # read in order by this process, even when the batch is skipped
        if index not in done:
            yield run_batch, (s, index, str(parts), columns, corrections)


class LocalEngine:
    """The single process: batches one after another, here (the interface of :class:`DaskEngine`)."""

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, tasks: Iterator[tuple[Callable[..., BatchRecord], tuple[Any, ...]]]) -> Iterator[BatchRecord]:
        for function, args in tasks:
            yield function(*args)

    def run_all(self, function: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
        return [function(*job) for job in jobs]

    def worker_memory(self) -> list[float]:
        return []


def _stats(started: float, name: str, engine: LocalEngine | DaskEngine) -> Callable[[], dict[str, Any]]:
    """What the manifest records of the run itself, asked for just before it is written."""

    def stats() -> dict[str, Any]:
        seconds = round(time.perf_counter() - started, 2)
        return {"engine": name, "seconds": seconds, "peak_mb": peak_rss_mb(), "worker_peak_mb": engine.worker_memory()}

    return stats


def _engine(options: RunOptions) -> LocalEngine | DaskEngine:
    if options.engine == "local":
        return LocalEngine()
    if options.engine == "dask":
        return DaskEngine(options.scheduler, options.workers, warm=_warm)
    raise ValueError(f"unknown engine {options.engine!r}: use 'local' or 'dask'")


def run_corpus(paths: Iterable[str | Path], out: str | Path, options: RunOptions = RunOptions()) -> RunReport:
    """Extract every article of ``paths`` into the tables of folder ``out`` (see the module docstring)."""
    started = time.perf_counter()
    output = OutputFolder(out, options.fmt)
    output.check()
    plan = plan_inputs(paths, options.columns, options.batch_size)
    records = output.start(plan.fingerprint(options.columns), options.resume)
    resumed = sum(r.size for r in records.values())
    progress = Progress(plan.total, options.progress)
    progress.advance(resumed)
    try:
        with _engine(options) as engine:
            for record in engine.run(_tasks(plan, list(records), output.parts, options.columns, options.corrections)):
                records[record.index] = record
                progress.advance(record.size)
            stats = _stats(started, options.engine, engine)
            manifest = output.finish(records.values(), plan.problems, progress.phase, stats, engine.run_all)
    except KeyboardInterrupt:
        if not output.published:
            kept = output.done()  # what the workers finished, even if this process had not heard yet
            raise Interrupted(sum(r.size for r in kept.values()), plan.total, output.partial, output.target) from None
        manifest = read_manifest(output.target)  # Ctrl-C came as the output was moved into place: it is whole
    except EngineError:
        if not records:
            output.discard()  # nothing done: nothing to resume
        raise
    finally:
        progress.close()
    problems = [*plan.problems, *(p for i in sorted(records) for p in records[i].problems)]
    return RunReport(
        output.target,
        manifest["articles"],
        manifest["quotations"],
        manifest["named_speakers"],
        problems,
        time.perf_counter() - started,
        peak_rss_mb(),
        manifest["worker_peak_mb"],
        resumed,
        output.discarded,
        manifest.get("corrected_rows", 0) if options.corrections is not None else None,
    )
