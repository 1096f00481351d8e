"""Bounded, shared analysis for the dashboard: each article is read once per server, and anything a
visitor sends is read in a separate process that is killed when it runs too long.

In: a cache key (a digest of the article's bytes), the bytes and a name. Out: a :class:`Job`
whose future holds the :class:`~quotelens.article.Article`, :class:`AnalysisTimeout`, or the
input error.

Notes:
    Streamlit runs every session as a thread of one process, so an analysis in that process
    holds the interpreter's lock and slows every other visitor. :meth:`Analyser.submit` runs the
    analysis in a child process started from a ``forkserver`` (clean, single-threaded, with the
    engine preloaded), at most ``workers`` at a time and at a lower CPU priority, and kills it
    after ``timeout`` seconds. Finished results (and time-outs) are kept in a small LRU shared by
    all sessions; sessions reach a result only through the key of bytes they hold themselves,
    so nothing one visitor sends is shown to another. A job keeps running when the page that
    asked for it is interrupted (a click reruns the page, which finds the job again); it is
    cancelled when every session that asked for it has released it.
    :meth:`Analyser.local` runs small trusted work (files of ``corpus/``) in the server process,
    once per key even when many sessions ask at the same time.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any

from quotelens.article import Article, load_article

DEFAULT_TIMEOUT = 60.0
PRELOAD = ["quotelens.article"]


class AnalysisTimeout(Exception):
    """The analysis ran past its time limit and was stopped."""


class AnalysisFailed(Exception):
    """The worker process ended without an answer (killed, out of memory, crashed)."""


class AnalysisCancelled(Exception):
    """Nobody wanted the result any more."""


def analyse(data: bytes, name: str, **options: Any) -> Article:
    """The work of one job: the whole engine on one article's bytes (``options``: of :func:`load_article`)."""
    return load_article(data, name=name, **options)


def digest(data: bytes, name: str = "", *, has_title: bool = True) -> str:
    """The cache key of an article: its bytes, the one thing of its name the engine reads (.md, .html), and
    whether its first line is read as the headline (:func:`load_article`'s ``has_title``)."""
    suffix = os.path.splitext(name.lower())[1]
    kind = suffix if suffix in {".md", ".markdown", ".html", ".htm"} else ""
    return sha256(data).hexdigest()[:32] + kind + ("" if has_title else "-untitled")


@dataclass(eq=False)
class Job:
    key: str
    size: int
    future: Future[Any] = field(default_factory=Future)
    submitted: float = field(default_factory=time.monotonic)
    started: float | None = None  # when a worker took it
    owners: set[str] = field(default_factory=set)
    cancelled: threading.Event = field(default_factory=threading.Event)
    pid: int | None = None  # the worker process, while there is one

    @property
    def state(self) -> str:
        if self.future.done():
            return "done"
        return "running" if self.started is not None else "waiting"

    def running_for(self) -> float:
        return time.monotonic() - self.started if self.started is not None else 0.0


def _nothing() -> None:
    """A worker with no work: starting one brings the forkserver up with its preloaded modules."""


def _child(conn: Any, function: Callable[..., Any], data: bytes, name: str, options: dict[str, Any]) -> None:
    """In the worker process: run ``function`` and send back ("ok", result) or ("error", exception)."""
    with contextlib.suppress(OSError):
        os.nice(5)  # the server's own threads come first
    try:
        message: tuple[str, Any] = ("ok", function(data, name, **options))
    except Exception as exc:  # every failure goes back to the page as a message
        message = ("error", exc)
    try:
        conn.send(message)
    except Exception as exc:  # an unpicklable result or exception
        conn.send(("error", AnalysisFailed(f"the result could not be sent back ({type(exc).__name__})")))
    finally:
        conn.close()


class Analyser:
    """Runs analyses in worker processes with a time limit, and keeps their results for every session."""

    def __init__(
        self,
        function: Callable[..., Any] = analyse,
        timeout: float = DEFAULT_TIMEOUT,
        workers: int | None = None,
        max_entries: int = 24,
        start_method: str = "forkserver",
    ):
        self.function = function
        self.timeout = timeout
        self.max_entries = max_entries
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._ctx.set_forkserver_preload(PRELOAD)
        self._slots = threading.BoundedSemaphore(workers or max(1, (os.cpu_count() or 2) // 2))
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}  # running or waiting
        self._done: OrderedDict[str, Job] = OrderedDict()  # finished, most recent last
        self._local: dict[str, threading.Lock] = {}
        self._warming: threading.Thread | None = None

    def warm(self) -> None:
        """Start the worker machinery now, in the background, once (the forkserver and its preloaded
        engine take ~1 s, much more on a busy machine): a visitor's first text is then read as fast as
        the next. Called where a text can be given (the upload and paste widgets), not at start-up."""
        with self._lock:
            if self._warming is not None:
                return
            self._warming = threading.Thread(target=self._start_a_worker, name="quotelens-warm", daemon=True)
        self._warming.start()

    def _start_a_worker(self) -> None:
        with contextlib.suppress(Exception):  # a failure here shows on the first real job, with its message
            proc = self._ctx.Process(target=_nothing, daemon=True)  # type: ignore[attr-defined]
            proc.start()
            proc.join(timeout=120)

    # ------------------------------------------------------------------ the cache
    def cached(self, key: str) -> Job | None:
        with self._lock:
            job = self._done.get(key) or self._jobs.get(key)
            if job is not None and key in self._done:
                self._done.move_to_end(key)
            return job

    def _finish(self, job: Job, keep: bool) -> None:
        with self._lock:
            if self._jobs.get(job.key) is job:
                del self._jobs[job.key]
            if keep:
                self._done[job.key] = job
                self._done.move_to_end(job.key)
                while len(self._done) > self.max_entries:
                    self._done.popitem(last=False)

    def local(self, key: str, work: Callable[[], Any]) -> Any:
        """``work()`` in this process, once per key: concurrent callers wait for the first one."""
        job = self.cached(key)
        if job is not None and job.future.done():
            return job.future.result()
        with self._lock:
            lock = self._local.setdefault(key, threading.Lock())
        with lock:
            job = self.cached(key)
            if job is not None and job.future.done():
                return job.future.result()
            job = Job(key, 0, started=time.monotonic())
            try:
                job.future.set_result(work())
            except Exception as exc:
                job.future.set_exception(exc)
                raise
            finally:
                with self._lock:
                    self._local.pop(key, None)
            self._finish(job, keep=True)
            return job.future.result()

    # ------------------------------------------------------------------ jobs in worker processes
    def submit(self, key: str, data: bytes, name: str, owner: str, options: dict[str, Any] | None = None) -> Job:
        """The job for ``key``: a finished one from the cache, the one already running, or a new one.
        ``options`` go to the function as keyword arguments (``key`` must tell them apart: :func:`digest`)."""
        with self._lock:
            job = self._done.get(key) or self._jobs.get(key)
            if job is not None:
                job.owners.add(owner)
                if key in self._done:
                    self._done.move_to_end(key)
                return job
            job = Job(key, len(data), owners={owner})
            self._jobs[key] = job
        threading.Thread(
            target=self._run, args=(job, data, name, options or {}), name=f"quotelens-{key[:8]}", daemon=True
        ).start()
        return job

    def release(self, key: str, owner: str) -> None:
        """``owner`` no longer wants ``key``; the job is cancelled when nobody else does."""
        with self._lock:
            job = self._jobs.get(key)
            if job is None:
                return
            job.owners.discard(owner)
            if not job.owners:
                job.cancelled.set()

    def _run(self, job: Job, data: bytes, name: str, options: dict[str, Any]) -> None:
        while not self._slots.acquire(timeout=0.2):
            if job.cancelled.is_set():
                job.future.set_exception(AnalysisCancelled())
                self._finish(job, keep=False)
                return
        try:
            job.started = time.monotonic()
            outcome, value = self._in_worker(job, data, name, options)
        finally:
            self._slots.release()
        if outcome == "ok":
            job.future.set_result(value)
        else:
            job.future.set_exception(value)
        # A time-out would recur for the same bytes: remember it. Other failures depend on the name.
        self._finish(job, keep=outcome == "ok" or isinstance(value, AnalysisTimeout))

    def _in_worker(self, job: Job, data: bytes, name: str, options: dict[str, Any]) -> tuple[str, Any]:
        receive, send = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(  # type: ignore[attr-defined]
            target=_child, args=(send, self.function, data, name, options), daemon=True
        )
        proc.start()
        job.pid = proc.pid
        send.close()
        try:
            deadline = time.monotonic() + self.timeout
            while not receive.poll(0.2):
                if job.cancelled.is_set():
                    return "error", AnalysisCancelled()
                if time.monotonic() >= deadline:
                    return "error", AnalysisTimeout(f"stopped after {self.timeout:.0f} s")
                if not proc.is_alive() and not receive.poll(0):
                    return "error", AnalysisFailed(f"the worker ended with code {proc.exitcode}")
            try:
                outcome, value = receive.recv()
            except EOFError:
                return "error", AnalysisFailed(f"the worker ended with code {proc.exitcode}")
            return outcome, value
        finally:
            receive.close()
            if proc.is_alive():
                proc.kill()
            proc.join(timeout=5)
