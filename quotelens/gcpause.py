"""Pause Python's cyclic garbage collector while an article is analysed.

In: a function to run. Out: the same result; only the time changes.

Analysing a long text makes millions of small objects (tokens, spans, feature dicts) that all live
until the analysis ends. Each full collection of the cyclic collector walks every one of them, and
more of them are made the longer the text, so on 2 MB of news text the collector alone took a
quarter of the time (seven full collections, 2.6 s of 7 s). Reference counting still frees every
object that is not part of a cycle, at once; objects in cycles wait for the collector, which runs
again when the last analysis of the process ends. Sessions of the dashboard share one process, so
the pause is counted, not a flag: the collector comes back only when no analysis is running, and
only if it was on before the first one began.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")
_lock = threading.Lock()
_running = 0  # analyses running now
_was_enabled = False  # whether the collector was on when the first of them began


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off (see the module docstring)."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()


def without_gc(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorator: ``fn`` runs with the cyclic garbage collector paused."""

    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with gc_paused():
            return fn(*args, **kwargs)

    return run
