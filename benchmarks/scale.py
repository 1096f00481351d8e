"""Corpus scale, in one run: memory as the corpus grows, Dask against the single process, the Corpus page.

* Memory: PolNeAR train (840 articles) and train five times over (4,200 articles, as one folder),
  each with the single process and with Dask on a two-worker ``LocalCluster``; every run is a fresh
  ``quotelens extract`` process, whose peak memory and its workers' come from the run's manifest.
  Target: the peak at 4,200 articles at most 1.2x the peak at 840.
* Speed: ``quotelens extract train --engine dask`` against the single process, alternated in the
  same script ``--repeat`` times; wall time of the whole command (Python start-up, imports and the
  cluster's start included) and the run's own time (from the manifest); the ratio's median and range.
* The Corpus page on train+dev (924 articles) under AppTest: first render (extraction) and cached.

    python benchmarks/scale.py [--repeat 3] [--skip-memory] [--skip-page]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "polnear" / "train"


def extract(source: Path, out: Path, engine: str) -> dict[str, float]:
    """One ``quotelens extract`` process: its wall time, and the manifest's run time and peak memory."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "quotelens.cli", "extract", str(source), "--format", "parquet"]
    command += ["--out", str(out), "--engine", engine, "--no-progress"]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"quotelens extract failed:\n{proc.stderr}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    workers = manifest["worker_peak_mb"]
    return {
        "wall": wall,
        "run": manifest["seconds"],
        "articles": manifest["articles"],
        "peak_mb": manifest["peak_mb"],  # the CLI process itself
        "worker_mb": max(workers) if workers else 0.0,
    }


def repeated_train(folder: Path, times: int) -> Path:
    """Train ``times`` over in one folder (links, named apart so every article id is new)."""
    folder.mkdir()
    for k in range(times):
        for f in sorted(TRAIN.glob("*.txt")):
            (folder / f"{k}-{f.name}").symlink_to(f)
    return folder


def memory(tmp: Path) -> None:
    sizes = {840: TRAIN, 4200: repeated_train(tmp / "train-x5", 5)}
    print(f"\n{'corpus':>8} {'engine':>6} {'seconds':>8} {'articles/s':>10} {'peak MB':>8} {'worker MB':>10}")
    peaks: dict[tuple[str, int], tuple[float, float]] = {}
    for engine in ("local", "dask"):
        for n, source in sizes.items():
            r = extract(source, tmp / "out", engine)
            assert r["articles"] == n, r
            peaks[engine, n] = (r["peak_mb"], r["worker_mb"])
            worker = f"{r['worker_mb']:10.0f}" if r["worker_mb"] else f"{'-':>10}"
            print(f"{n:>8} {engine:>6} {r['wall']:8.1f} {n / r['wall']:10.0f} {r['peak_mb']:8.0f} {worker}")
    for engine in ("local", "dask"):
        (small, small_w), (big, big_w) = peaks[engine, 840], peaks[engine, 4200]
        line = f"{engine}: peak at 4,200 / at 840 articles = {big / small:.2f}x (this process)"
        if small_w:
            line += f", {big_w / small_w:.2f}x (each worker)"
        print(line)


def speed(tmp: Path, repeat: int) -> None:
    print(f"\nPolNeAR train (840 articles), {os.cpu_count()} cores, alternated {repeat} times")
    walls: dict[str, list[float]] = {"local": [], "dask": []}
    runs: dict[str, list[float]] = {"local": [], "dask": []}
    for k in range(repeat):
        for engine in ("local", "dask") if k % 2 == 0 else ("dask", "local"):
            r = extract(TRAIN, tmp / "out", engine)
            walls[engine].append(r["wall"])
            runs[engine].append(r["run"])
            print(f"  {engine:>5}: {r['wall']:5.1f} s wall, {r['run']:5.1f} s run")
    for label, times in (
        ("wall time (the whole command)", walls),
        ("run time (start-up of the cluster included)", runs),
    ):
        ratios = [a / b for a, b in zip(times["local"], times["dask"], strict=True)]
        print(
            f"speed-up of dask over the single process, {label}: {statistics.median(ratios):.2f}x "
            f"(range {min(ratios):.2f}-{max(ratios):.2f}; "
            f"local median {statistics.median(times['local']):.1f} s, dask {statistics.median(times['dask']):.1f} s)"
        )


def page(tmp: Path) -> None:
    from streamlit.testing.v1 import AppTest

    folder = tmp / "page"
    folder.mkdir()
    for split in ("train", "dev"):
        for f in (SHARED / "polnear" / split).glob("*.txt"):
            shutil.copy(f, folder / f.name)
    os.environ["QUOTELENS_CORPUS"] = str(folder)
    timings = []
    for _ in range(2):
        t0 = time.perf_counter()
        at = AppTest.from_file(str(ROOT / "pages" / "4_Corpus.py"), default_timeout=600).run()
        timings.append(time.perf_counter() - t0)
        assert not at.exception
    n = len(list(folder.glob("*.txt")))
    print(
        f"\ncorpus page, {n} articles: first render {timings[0]:.1f} s (extraction), cached render {timings[1]:.2f} s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="alternated dask/local runs of train (default 3)")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-page", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if not args.skip_memory:
            memory(tmp)
        if args.repeat:
            speed(tmp, args.repeat)
        if not args.skip_page:
            page(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
