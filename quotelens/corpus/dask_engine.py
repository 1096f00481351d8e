"""Run corpus batches on Dask: a two-worker ``LocalCluster`` by default, or a running scheduler.

In: batches (a slice of the input each: file names or a byte range, a few hundred bytes; Parquet
rows read by the client). Out: their :class:`~quotelens.corpus.output.BatchRecord` s as they finish;
each worker writes its batch's part files itself, so no table travels back to the client.

Notes:
    * At most two batches per worker are in flight, so the task graph and the client's memory stay
      small whatever the corpus size (the whole corpus was one 19 MB graph before).
    * The local cluster's workers are forked from this process on Linux: they start with the engine
      already loaded (0.6 s for two workers instead of 2.2 s with ``spawn``, measured in
      ``benchmarks/scale.py``'s start-up line). They ignore Ctrl-C: this process stops them.
    * With ``--scheduler``, the inputs and the output folder must be at the same paths on the workers
      (a shared file system), as for ``dask.dataframe``; an unreachable scheduler fails in seconds.
    * Dask's own log lines (a worker's heartbeat failing while the cluster shuts down) are silenced.
"""

from __future__ import annotations

import logging
import resource
import signal
import socket
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from quotelens.corpus.output import BatchRecord

CONNECT_SECONDS = 3


class EngineError(Exception):
    """The engine cannot run; one line saying why."""


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def _workers_forked_and_deaf() -> Iterator[None]:
    """Start local workers by fork (warm, fast) with SIGINT ignored, which they inherit."""
    import dask

    method = dask.config.get("distributed.worker.multiprocessing-method")
    if sys.platform == "linux" and method == "spawn":
        method = "fork"
    main = threading.current_thread() is threading.main_thread()
    old = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        # No statistical profiler in the workers: its sampled call tree grew with every batch (+25 MB per
        # worker from 840 to 4,200 articles) and its sampling thread costs CPU the engine needs.
        settings = {"distributed.worker.multiprocessing-method": method, "distributed.worker.profile.enabled": False}
        with dask.config.set(settings), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*fork.*", category=DeprecationWarning)
            warnings.filterwarnings("ignore", module="distributed")  # e.g. "Port 8787 is already in use"
            yield
    finally:
        if main:
            signal.signal(signal.SIGINT, old)


def _probe(address: str) -> None:
    """Fail in seconds, in one line, when nothing answers at a scheduler's TCP address."""
    from distributed.comm import parse_address, parse_host_port

    try:
        protocol, location = parse_address(address)
        if protocol not in ("tcp", "tls"):
            return
        host, port = parse_host_port(location)
    except ValueError as exc:
        raise EngineError(f"{address!r} is not a scheduler address (tcp://host:8786): {exc}") from None
    try:
        socket.create_connection((host, port), timeout=CONNECT_SECONDS).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise EngineError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


class DaskEngine:
    """``with DaskEngine(...) as engine: for record in engine.run(batches): ...``"""

    def __init__(self, scheduler: str | None = None, workers: int = 2, warm: Callable[[], object] | None = None):
        self.scheduler, self.workers, self.warm = scheduler, workers, warm
        self.client: Any = None
        self.cluster: Any = None
        self._futures: list[Any] = []
        self._log_level = logging.NOTSET

    def __enter__(self) -> DaskEngine:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise EngineError("the dask engine needs the extra: pip install 'quotelens[scale]'") from None
        log = logging.getLogger("distributed")
        self._log_level = log.level
        log.setLevel(logging.CRITICAL)
        try:
            self.client = self._connect() if self.scheduler else self._start_local()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _connect(self) -> Any:
        from distributed import Client

        assert self.scheduler is not None
        _probe(self.scheduler)
        try:
            return Client(self.scheduler, timeout=f"{CONNECT_SECONDS + 2}s")
        except Exception as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None

    def _start_local(self) -> Any:
        from distributed import Client, LocalCluster

        if self.warm is not None:
            self.warm()  # forked workers inherit the loaded engine
        try:
            with _workers_forked_and_deaf():
                self.cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"},  # no fixed port to collide on
                    silence_logs=logging.CRITICAL,
                )
            return Client(self.cluster)
        except Exception as exc:
            raise EngineError(f"cannot start a local Dask cluster: {type(exc).__name__}: {exc}") from None

    def run(self, todo: Iterator[tuple[Callable[..., BatchRecord], tuple[Any, ...]]]) -> Iterator[BatchRecord]:
        """Submit ``(function, args)`` tasks, at most two per worker at a time; yield records as they finish."""
        from distributed import as_completed

        running = as_completed()
        limit = 2 * max(1, len(self.client.scheduler_info().get("workers", {})) or self.workers)

        def submit() -> bool:
            task = next(todo, None)
            if task is not None:
                future = self.client.submit(task[0], *task[1], pure=False)
                self._futures.append(future)
                running.add(future)
            return task is not None

        for _ in range(limit):
            if not submit():
                break
        for future in running:
            try:
                record: BatchRecord = future.result()
            except Exception as exc:
                raise EngineError(f"a batch failed on a worker: {type(exc).__name__}: {exc}") from None
            self._futures.remove(future)
            future.release()
            submit()
            yield record

    def run_all(self, function: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
        """``function(*job)`` for every job on the workers, side by side; the results in job order."""
        futures = [self.client.submit(function, *job, pure=False) for job in jobs]
        self._futures += futures
        try:
            return list(self.client.gather(futures))
        except Exception as exc:
            raise EngineError(f"a task failed on a worker: {type(exc).__name__}: {exc}") from None
        finally:
            sent = {id(f) for f in futures}
            self._futures = [f for f in self._futures if id(f) not in sent]

    def worker_memory(self) -> list[float]:
        """Each worker's peak resident memory in MB (forked workers share the client's pages)."""
        peaks = self.client.run(peak_rss_mb)
        return [round(float(v), 1) for _, v in sorted(peaks.items())]

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.client is not None:
            if self._futures:
                self.client.cancel(self._futures)
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        logging.getLogger("distributed").setLevel(self._log_level)
