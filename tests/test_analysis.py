"""The bounded analyser: a worker process per article, killed at its time limit, results shared by key."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from quotelens.analysis import Analyser, AnalysisCancelled, AnalysisTimeout, digest
from quotelens.textio import ArticleInputError


def burn_forever(data: bytes, name: str) -> str:
    """A stand-in engine that never finishes and holds a CPU (it would hold the GIL in the server)."""
    while True:
        pass


def echo(data: bytes, name: str) -> tuple[str, int, str]:
    return data.decode(), os.getpid(), name


def refuse(data: bytes, name: str) -> None:
    raise ArticleInputError(f"{name}: this is a PNG image, not text")


@pytest.fixture()
def fast():
    return Analyser(echo, timeout=30, workers=2)


def test_a_job_runs_in_another_process_and_its_result_is_shared(fast):
    job = fast.submit("k1", b"hello", "a.txt", owner="s1")
    text, pid, _ = job.future.result(timeout=60)
    assert text == "hello" and pid != os.getpid()
    again = fast.submit("k1", b"hello", "other.txt", owner="s2")
    assert again is job  # analysed once per server


def test_work_that_runs_too_long_is_killed_with_a_clear_error():
    slow = Analyser(burn_forever, timeout=1.0, workers=1)
    job = slow.submit("k", b"x", "x.txt", owner="s")
    with pytest.raises(AnalysisTimeout, match="stopped after 1 s"):
        job.future.result(timeout=60)
    assert slow.cached("k") is job  # the same bytes would time out again: remembered
    assert job.pid is not None and not _alive(job.pid)  # the worker is gone: nothing still burns a CPU


def test_the_server_thread_is_free_while_a_job_runs():
    """While one job burns its CPU in a worker, other sessions' work in the server process goes on."""
    slow = Analyser(burn_forever, timeout=20, workers=1)
    job = slow.submit("k", b"x", "x.txt", owner="s")
    while job.state != "running":
        time.sleep(0.05)
    done = threading.Event()
    threading.Thread(target=lambda: (sum(range(2_000_000)), done.set())).start()
    assert done.wait(15)
    assert job.state == "running"  # the other work finished while the job was still running
    slow.release("k", "s")
    with pytest.raises(AnalysisCancelled):
        job.future.result(timeout=30)


def test_jobs_wait_for_a_free_worker_and_a_released_job_is_cancelled():
    slow = Analyser(burn_forever, timeout=20, workers=1)
    first = slow.submit("a", b"a", "a.txt", owner="s1")
    second = slow.submit("b", b"b", "b.txt", owner="s2")
    time.sleep(0.5)
    assert first.state == "running" and second.state == "waiting"
    slow.release("b", "s2")
    with pytest.raises(AnalysisCancelled):
        second.future.result(timeout=30)
    slow.release("a", "s1")
    with pytest.raises(AnalysisCancelled):
        first.future.result(timeout=30)
    assert slow.cached("a") is None and slow.cached("b") is None


def test_a_job_another_session_still_wants_is_not_cancelled(fast):
    slow = Analyser(burn_forever, timeout=2, workers=1)
    job = slow.submit("k", b"x", "x.txt", owner="s1")
    slow.submit("k", b"x", "x.txt", owner="s2")
    slow.release("k", "s1")
    with pytest.raises(AnalysisTimeout):
        job.future.result(timeout=60)


def test_input_errors_come_back_as_themselves_and_are_not_kept():
    a = Analyser(refuse, timeout=30)
    job = a.submit("k", b"\x89PNG", "upload.txt", owner="s")
    with pytest.raises(ArticleInputError, match="PNG"):
        job.future.result(timeout=60)
    time.sleep(0.1)
    assert a.cached("k") is None


def test_local_work_runs_once_for_many_callers():
    a = Analyser(echo)
    calls = []

    def work():
        calls.append(1)
        time.sleep(0.3)
        return "result"

    results = []
    threads = [threading.Thread(target=lambda: results.append(a.local("f", work))) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["result"] * 5 and calls == [1]


def test_the_cache_key_is_the_bytes_and_the_format():
    assert digest(b"same", "a.txt") == digest(b"same", "b.txt")
    assert digest(b"same", "a.md") != digest(b"same", "a.txt")
    assert digest(b"one", "a.txt") != digest(b"two", "a.txt")
    assert "a.txt" not in digest(b"same", "a.txt")


def test_the_cache_keeps_the_most_recent_results():
    a = Analyser(echo, max_entries=2)
    for k in "abc":
        a.submit(k, k.encode(), "x.txt", owner="s").future.result(timeout=60)
    time.sleep(0.1)
    assert a.cached("a") is None and a.cached("b") is not None and a.cached("c") is not None


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting to be reaped does not)."""
    for _ in range(50):
        try:
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        if state == "Z":
            return False
        time.sleep(0.1)
    return True


WARM = """
import multiprocessing.forkserver as fs
from quotelens.analysis import Analyser
if __name__ == "__main__":
    a = Analyser()
    before = fs._forkserver._forkserver_pid
    a.warm()
    first = a._warming
    a.warm()  # once per analyser
    first.join(timeout=120)
    print(before, fs._forkserver._forkserver_pid is not None, a._warming is first, first.is_alive())
"""


def test_warming_starts_the_forkserver_once_in_the_background(tmp_path):
    """The upload and paste widgets warm the analyser: the forkserver (with the engine preloaded) is up
    before a visitor's first text, so the first is read as fast as the next."""
    script = tmp_path / "warm.py"
    script.write_text(WARM, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["None", "True", "True", "False"]


def test_the_progress_says_usual_time_and_when_the_server_is_busy():
    from quotelens.current import _usually

    assert _usually(0.4, 1.2) == "about 1 s"
    assert _usually(7.7, 1.2) == "usually about 1 s: the server is busy"  # not "about 1 s" at 7.7 s
