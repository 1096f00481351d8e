"""Throughput on long texts: concatenated PolNeAR train through ``load_article``, beside main's code.

One text per size (the train articles in name order, joined by blank lines, cycled when the size
asks for more than the 3.86 MB they hold, cut at that many bytes of UTF-8) goes through
``load_article`` in a fresh process, once with this checkout's ``quotelens`` and once with the code of
a reference commit (a ``git worktree`` of it, made on first use), the two alternated, repeated
``--repeat`` times (best kept). Reported per size: CPU seconds, MB/s and peak resident memory of the
process (and how much of it the analysis added). The target of issue 19: 5 MiB in 15 s or less.

    python benchmarks/throughput.py                         # 0.1 1 2 3.86 5 MB and 5 MiB, both codes
    python benchmarks/throughput.py --sizes 0.1 1 --repeat 3
    python benchmarks/throughput.py --ref-max-mb 2          # the reference only up to 2 MB (it is slow)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = Path(os.environ.get("QUOTELENS_SHARED", ROOT.parent / "shared")) / "polnear" / "train"
REFERENCE = "181fed677a694120286c1fd7c351c093a50e0860"  # main when issue 19 was taken up
MIB = 2**20
TARGET_SECONDS = 15.0


def news_text(n_bytes: int) -> str:
    """Concatenated PolNeAR train (cycled past its end), cut at ``n_bytes`` bytes of UTF-8."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(TRAIN.glob("*.txt"))]
    parts: list[str] = []
    size, k = 0, 0
    while size < n_bytes:
        parts.append(articles[k % len(articles)])
        size += len(parts[-1].encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts).encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def child(n_bytes: int) -> None:
    """Run one analysis and print its figures as JSON (in a fresh process, for its memory)."""
    from quotelens import load_article

    text = news_text(n_bytes)
    before = _rss_mb()
    cpu, wall = time.process_time(), time.perf_counter()
    art = load_article(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(json.dumps({"cpu": cpu, "wall": wall, "peak": peak, "added": peak - before, "quotes": len(art.quotes)}))


def reference_checkout(commit: str) -> Path:
    """A git worktree of ``commit`` (made once, reused)."""
    where = Path("/tmp") / f"quotelens-ref-{commit[:12]}"
    if not (where / "quotelens").is_dir():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(where), commit], check=True, capture_output=True
        )
    return where


def run(code: Path, n_bytes: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(n_bytes)],
        env={**os.environ, "PYTHONPATH": str(code)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 2, 3.86, 5, 5 * MIB / 1e6], help="MB")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--ref", default=REFERENCE, help="the reference commit (default: main before issue 19)")
    ap.add_argument("--ref-max-mb", type=float, default=float("inf"), help="run the reference up to this size")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    ref = reference_checkout(args.ref)
    print(f"load_article on concatenated PolNeAR train; this checkout vs {args.ref[:12]}; best of {args.repeat}")
    print(
        f"{'MB':>6} | {'this: s':>8} {'MB/s':>6} {'peak MB':>8} {'added':>6} | {'ref: s':>8} {'MB/s':>6} {'peak MB':>8} | x"
    )
    for mb in args.sizes:
        n = int(mb * 1e6)
        variants = {"this": ROOT, "ref": ref} if mb <= args.ref_max_mb else {"this": ROOT}
        best: dict[str, dict[str, float]] = {}
        for r in range(args.repeat):
            for name in list(variants)[:: 1 if r % 2 == 0 else -1]:  # (alternated)
                got = run(variants[name], n)
                if name not in best or got["cpu"] < best[name]["cpu"]:
                    best[name] = got
        this = best["this"]
        line = f"{mb:6.2f} | {this['cpu']:8.2f} {mb / this['cpu']:6.3f} {this['peak']:8.0f} {this['added']:6.0f} |"
        if "ref" in best:
            ref_cpu = best["ref"]["cpu"]
            line += f" {ref_cpu:8.2f} {mb / ref_cpu:6.3f} {best['ref']['peak']:8.0f} | {ref_cpu / this['cpu']:.1f}"
        print(line, flush=True)
        if abs(n - 5 * MIB) < 1000:
            verdict = "within" if this["cpu"] <= TARGET_SECONDS else "OVER"
            print(f"  5 MiB in {this['cpu']:.2f} CPU s: {verdict} the {TARGET_SECONDS:g} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
