"""Corpus scale, in one run: PolNeAR train+dev (924 articles) single-process vs Dask, and the corpus page.

Measures articles per second and peak memory for the single-process engine and for Dask on a
two-worker LocalCluster (processes), the parallel speed-up, and the corpus page's render time
under AppTest on the same 924 articles (extraction cached, i.e. a second visit, and cold).

    python benchmarks/scale.py
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from quotelens.corpus import extract_corpus, read_corpus  # noqa: E402


def items():
    out = []
    for split in ("train", "dev"):
        out += list(read_corpus(SHARED / "polnear" / split))
    return out


def main() -> int:
    todo = items()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    local = extract_corpus(todo)
    t_local = time.perf_counter() - t0
    rss_local = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    dask = extract_corpus(todo, engine="dask", workers=2)
    t_dask = time.perf_counter() - t0
    assert len(local.quotes) == len(dask.quotes)
    n = len(todo)
    print(f"{n} PolNeAR train+dev articles on {os.cpu_count()} cores")
    print(f"{'engine':36} {'seconds':>8} {'articles/s':>11} {'memory':>24}")
    print(
        f"{'single process':36} {t_local:8.1f} {n / t_local:11.0f} {rss_local:9.0f} MB peak RSS (from {rss_before:.0f})"
    )
    print(
        f"{'dask, LocalCluster 2 workers':36} {t_dask:8.1f} {n / t_dask:11.0f} {'workers are separate processes':>24}"
    )
    print(f"parallel speed-up: {t_local / t_dask:.2f}x (cluster start-up included)")

    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        for it in todo:
            shutil.copy(
                SHARED / "polnear" / ("dev" if (SHARED / "polnear" / "dev" / it.name).exists() else "train") / it.name,
                tmp,
            )
        os.environ["QUOTELENS_CORPUS"] = tmp
        timings = []
        for _ in range(2):
            t0 = time.perf_counter()
            at = AppTest.from_file(str(ROOT / "pages" / "4_Corpus.py"), default_timeout=300).run()
            timings.append(time.perf_counter() - t0)
            assert not at.exception
        print(
            f"corpus page, {n} articles: first render {timings[0]:.1f} s (extraction), cached render {timings[1]:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
