"""Start `streamlit run` on a free loopback port and wait until it is healthy (tests and benchmarks)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class StreamlitServer:
    def __init__(self, script: Path, env: dict[str, str] | None = None, timeout: float = 60.0):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(script),
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=script.parent,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:  # e.g. the port was taken meanwhile (parallel workers)
                raise RuntimeError(f"streamlit exited with code {self.proc.returncode} before it was healthy")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok" and self.proc.poll() is None:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"streamlit did not report healthy within {timeout:.0f} s")

    def rss_mb(self) -> float:
        """Resident memory of the server process (Linux /proc)."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        """Stop the server and every process it started. The analysis runs in processes forked from a
        ``forkserver``: they outlived the server, and a stand-in engine that never ends
        (tests.test_analysis:burn_forever) burnt a CPU for the rest of the suite, the linear-time tests too.
        (The server stays in the test process's group, so that Ctrl-C in a terminal still reaches it.)"""
        for pid in descendants(self.proc.pid):  # the forkserver, its workers, the resource tracker (first:
            with contextlib.suppress(ProcessLookupError, PermissionError):  # their parents are alive, no pid reused)
                os.kill(pid, signal.SIGKILL)
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def descendants(pid: int) -> list[int]:
    """The processes below ``pid`` (Linux /proc; none elsewhere)."""
    parent_of: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            parent_of[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        below = [p for p, parent in parent_of.items() if parent in frontier]
        found += below
        frontier = below
    return found
