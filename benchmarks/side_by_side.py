"""``load_article`` speed of this tree against another revision, side by side in one run.

The other revision is exported with ``git archive`` into a temporary folder (no worktree is made);
each variant runs in its own process on the 84 PolNeAR dev articles, alternating, and each process
reports its best CPU time of ``--repeat`` passes. The ratio of the medians over ``--rounds`` rounds
is the figure that travels between machines (the host is shared and noisy).

    python benchmarks/side_by_side.py --against main [--rounds 3] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "polnear" / "dev"
_CHILD = """
import sys, time
from pathlib import Path
from quotelens import load_article
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for t in texts[:5]:
    load_article(t)
best = float("inf")
for _ in range(int(sys.argv[2])):
    t0 = time.process_time()
    for t in texts:
        load_article(t)
    best = min(best, time.process_time() - t0)
print(best)
"""


def export(rev: str, into: Path) -> Path:
    """The ``quotelens`` package of ``rev``, unpacked under ``into``."""
    archive = into / "rev.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "quotelens"], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def run(code_dir: Path, repeat: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(code_dir))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(DEV), str(repeat)], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="main")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        other = export(args.against, Path(tmp))
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.rounds):
            theirs.append(run(other, args.repeat))
            ours.append(run(ROOT, args.repeat))
    n = len(list(DEV.glob("*.txt")))
    for name, times in ((args.against, theirs), ("this tree", ours)):
        rates = ", ".join(f"{n / t:.0f}" for t in times)
        print(f"{name:>10}: load_article {rates} articles/s (best CPU time of {args.repeat}, per round)")
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"this tree takes {ratio:.3f}x the time of {args.against} (median over {args.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
