"""Speed and memory, side by side in one run, on PolNeAR dev (84 articles).

Compares, on the same texts and in the same process:
  * baseline: a quote-mark regex + nearest speech verb (the simplest anchor),
  * the attribution pass (segmentation, quoted regions, frames),
  * the full ``load_article`` with all four tables.
Figures are ratios to the baseline so they travel between machines.

    python benchmarks/speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
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
    return len(find_attributions(text, paras, find_quote_regions(text, paras)))


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
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
