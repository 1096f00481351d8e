"""Instructions executed by the attribution pass and ``load_article``, this tree against another.

On a shared, loaded host CPU time moves by ±30 % from one minute to the next, so a 5 % change cannot
be seen in it. Instruction counts can: each tree runs under ``valgrind --tool=callgrind`` in its own
process, warms up on the articles once, then counts only one more pass over them (the counters are
zeroed when the pass starts and dumped when it ends: ``os.getppid``/``os.getpgrp`` mark the two
points). Two counts of one tree agree to within 0.03 % (string hashing fixed, one BLAS thread, no address-space
randomisation: see ``count``); the cyclic garbage collector is off in the counted pass, since when it runs moves
with any change of memory layout.
Fewer instructions is not the same as less time, but for an interpreter it is close.

    python benchmarks/instructions.py --against /tmp/main-checkout [--every 12] [--what pass load]

``--every N`` counts every N-th PolNeAR dev article (valgrind runs Python ~50 times slower).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "polnear" / "dev"


def worker(what: str, every: int) -> None:
    """Warm up, then one counted pass (between the two marker calls)."""
    from quotelens import load_article
    from quotelens.attribution import find_attributions
    from quotelens.segment import find_quote_regions, segment_paragraphs

    def attribution_pass(text: str) -> object:
        paras = segment_paragraphs(text)
        return find_attributions(text, paras, find_quote_regions(text, paras))

    fn = attribution_pass if what == "pass" else load_article
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))][::every]
    for t in texts:
        fn(t)
    # The cyclic collector off for the counted pass (load_article turns it back on only if it was on): a
    # collection between articles walks every live object and comes when allocations pass a threshold,
    # so its count moves with any change of layout (a constant added moved the total 0.25 %, two trees
    # with the same calls differed 1.1 %). Code is compared, not when the collector happens to run.
    gc.collect()
    gc.disable()
    os.getppid()  # callgrind zeroes its counters here ...
    for t in texts:
        fn(t)
    os.getpgrp()  # ... and dumps them here


def count(tree: Path, what: str, every: int, out: Path) -> int:
    """Instructions of the counted pass of ``tree``'s code."""
    # Address-space randomisation off (``setarch -R``): where the heap and the stack land moves the count
    # (dict and set probe sequences, allocator paths), so two counts of one tree differed by 2.4 % with it on.
    cmd = [
        *(["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []),
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}/cg.%p",
        "--zero-before=os_getppid",
        "--dump-before=os_getpgrp",
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        what,
        "--every",
        str(every),
    ]
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")  # (set orders vary the count by ~5 % otherwise)
    # One BLAS thread: numpy (imported with pandas) starts OpenBLAS's pool, whose idle threads spin for a
    # while and are counted too, however long the scheduler lets them; with them one tree gave 837.1 M and
    # 844.6 M, without them 830.6 M twice.
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True)
    dump = next(out.glob("cg.*.1"))  # the dump made when the pass ended
    found = re.search(r"^summary: (\d+)", dump.read_text(encoding="utf-8"), re.MULTILINE)
    assert found is not None, f"no summary in {dump}"
    return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="another checkout to compare this tree with")
    ap.add_argument("--every", type=int, default=12)
    ap.add_argument("--what", nargs="+", default=["pass", "load"], choices=["pass", "load"])
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.every)
        return 0
    if args.against is None:
        ap.error("--against is required")
    n = len(sorted(DEV.glob("*.txt"))[:: args.every])
    print(f"{n} PolNeAR dev articles (every {args.every}th), instructions of one pass after a warm-up (callgrind)")
    print(f"{'':16} {'before Ir':>14} {'after Ir':>14} {'ratio':>7}")
    for what in args.what:
        counts = []
        for tree in (args.against.resolve(), ROOT):
            with tempfile.TemporaryDirectory() as tmp:
                counts.append(count(tree, what, args.every, Path(tmp)))
        label = "attribution pass" if what == "pass" else "load_article"
        print(f"{label:16} {counts[0]:14,} {counts[1]:14,} {counts[0] / counts[1]:6.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
