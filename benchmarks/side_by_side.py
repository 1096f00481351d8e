"""``load_article`` speed of this tree against another revision, side by side in one run.

The other revision is exported with ``git archive`` into a temporary folder (no worktree is made);
each variant runs in its own process on the 84 PolNeAR dev articles, alternating, and each process
reports its best CPU time of ``--repeat`` passes. The ratio of the medians over ``--rounds`` rounds
is the figure that travels between machines (the host is shared and noisy).

    python benchmarks/side_by_side.py --against main [--rounds 3] [--repeat 5]
    python benchmarks/side_by_side.py --against main --resolution   # speaker resolution only, in one process

With ``--resolution`` the other revision's ``quotelens/speakers.py`` (a single module, as before issue 18)
is loaded beside this tree's ``quotelens.speakers`` and both resolve the same precomputed attributions
of the dev articles in one process, one pass of each in turn (best CPU time of ``--repeat`` each); the figure
is how much this tree's resolution adds to ``load_article``.
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


def resolution_only(rev: str, repeat: int) -> None:
    import importlib.util
    import time

    from quotelens import load_article
    from quotelens.attribution import find_attributions
    from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences
    from quotelens.speakers import resolve_speakers

    with tempfile.TemporaryDirectory() as tmp:
        module = export(rev, Path(tmp)) / "quotelens" / "speakers.py"
        if not module.is_file():
            raise SystemExit(f"{rev} has no single-module quotelens/speakers.py to load beside this tree's")
        spec = importlib.util.spec_from_file_location("other_speakers", module)
        assert spec is not None and spec.loader is not None
        other = importlib.util.module_from_spec(spec)
        sys.modules["other_speakers"] = other
        spec.loader.exec_module(other)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    pre = []
    for t in texts:
        paras = segment_paragraphs(t)
        regions = find_quote_regions(t, paras)
        sentences = segment_sentences(t, paras)
        pre.append((t, paras, find_attributions(t, paras, regions, sentences), sentences, regions))

    variants = {
        "old": lambda: [other.resolve_speakers(t, p, a, s) for t, p, a, s, _ in pre],
        "new": lambda: [resolve_speakers(t, p, a, s, r) for t, p, a, s, r in pre],
        "load": lambda: [load_article(t) for t in texts],
    }
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(repeat):  # one pass of each in turn, so that a burst of load on the host falls on all three
        for name, fn in variants.items():
            t0 = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - t0)
    old, new, load = best["old"], best["new"], best["load"]
    print(f"best CPU s: {rev} resolution {old:.3f}, this tree's {new:.3f}, load_article (this tree) {load:.3f}")
    print(f"this tree's resolution adds {(new - old) / (load - new + old):.1%} to load_article with {rev}'s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="main")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--resolution", action="store_true", help="time speaker resolution only, in one process")
    args = ap.parse_args()
    if args.resolution:
        resolution_only(args.against, args.repeat)
        return 0
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
