"""Speed and memory, side by side in one run, on PolNeAR dev (84 articles).

Compares, on the same texts and in the same process:
  * baseline: a quote-mark regex + nearest speech verb (the simplest anchor),
  * the attribution pass (segmentation, quoted regions, frames),
  * the full ``load_article`` with all four tables.
Figures are ratios to the baseline so they travel between machines.

With ``--against DIR`` (a checkout of another commit, e.g. ``git worktree add --detach DIR main``)
it compares this tree's attribution pass and ``load_article`` with that tree's instead: each round
runs one worker process per tree, alternating, each timing (process CPU time) one pass over the
articles after a warm-up; the best of ``--repeat`` rounds per tree is kept and the ratio printed.

    python benchmarks/speed.py [--repeat 3]
    python benchmarks/speed.py --against /tmp/main-checkout --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from quotelens import load_article
from quotelens.attribution import find_attributions
from quotelens.segment import find_quote_regions, segment_paragraphs

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "polnear" / "dev"
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_VERB = re.compile(r"\b(said|says|told|added|according to)\b")


def baseline(text: str) -> int:
    n = 0
    for m in _QUOTE.finditer(text):
        if _VERB.search(text, m.end(), m.end() + 80):
            n += 1
    return n


def attribution_pass(text: str) -> int:
    paras = segment_paragraphs(text)
    return len(find_attributions(text, paras, find_quote_regions(text, paras)))  # (main has no attributions_in)


def full(text: str) -> int:
    return len(load_article(text).quotes)


def measure(fn: Callable[[str], int], texts: list[str], repeat: int) -> tuple[float, float]:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    for t in texts:
        fn(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return len(texts) / best, peak / 1e6


def worker() -> int:
    """One timed pass per measured function over the dev articles (after one warm-up pass); JSON out."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    out = {}
    for name, fn in (("attribution pass", attribution_pass), ("load_article (all tables)", full)):
        for t in texts:
            fn(t)
        t0 = time.process_time()  # CPU time: the machine is shared, so wall time mostly measures the others
        for t in texts:
            fn(t)
        out[name] = time.process_time() - t0
    out["articles"] = len(texts)
    print(json.dumps(out))
    return 0


def against(other: Path, repeat: int) -> int:
    """This tree against ``other``, alternating worker processes, best of ``repeat`` rounds each."""
    trees = {"before (" + str(other) + ")": other.resolve(), "after (this tree)": ROOT}
    best: dict[str, dict[str, float]] = {t: {} for t in trees}
    n = 0
    for _ in range(repeat):
        for label, tree in trees.items():
            env = dict(os.environ, PYTHONPATH=str(tree))
            cmd = [sys.executable, str(Path(__file__).resolve()), "--worker"]
            res = json.loads(subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True).stdout)
            n = int(res.pop("articles"))
            for k, v in res.items():
                best[label][k] = min(best[label].get(k, float("inf")), v)
    before, after = best.values()
    print(
        f"{n} PolNeAR dev articles, best of {repeat} alternating rounds (CPU time), one worker process per tree and round"
    )
    print(f"{'':28} {'before art/s':>13} {'after art/s':>12} {'speed-up':>9}")
    for k in before:
        print(f"{k:28} {n / before[k]:13.0f} {n / after[k]:12.0f} {before[k] / after[k]:9.2f}x")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another checkout to compare this tree with")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker()
    if args.against:
        return against(args.against, args.repeat)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    rows = [
        (name, *measure(fn, texts, args.repeat))
        for name, fn in (
            ("baseline regex", baseline),
            ("attribution pass", attribution_pass),
            ("load_article (all tables)", full),
        )
    ]
    base = rows[0][1]
    print(f"{len(texts)} PolNeAR dev articles, best of {args.repeat}, one process, one core")
    print(f"{'system':28} {'articles/s':>11} {'vs baseline':>12} {'peak MB':>8}")
    for name, rate, peak in rows:
        print(f"{name:28} {rate:11.0f} {rate / base:12.3f} {peak:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
