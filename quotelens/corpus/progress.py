"""One progress line on stderr for a corpus run, the same for both engines.

It counts articles (rows or files read) as batches finish, then names each closing phase (merging
speakers, writing each table, moving into place), so that a long run never looks stuck.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 30


class Progress:
    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total, self.enabled = total, enabled
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._started = time.perf_counter()
        self._drawn = 0.0
        self._last = ""

    def advance(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if self.enabled and (now - self._drawn >= 0.1 or self.done >= self.total):
            self._drawn = now
            rate = self.done / max(now - self._started, 1e-9)
            bar = "#" * int(_WIDTH * self.done / max(self.total, 1))
            self._show(f"[{bar:<{_WIDTH}}] {self.done}/{self.total} articles  {rate:.0f}/s")

    def phase(self, label: str) -> None:
        if self.enabled:
            self._show(f"[{'#' * _WIDTH}] {self.done}/{self.total} articles  {label}…")

    def _show(self, line: str) -> None:
        pad = " " * max(0, len(self._last) - len(line))
        self.stream.write(f"\r{line}{pad}")
        self.stream.flush()
        self._last = line

    def close(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()
            self._last = ""
