"""Score the engine on a PolNeAR split with the shared scorer and print its table.

python benchmarks/accuracy.py --split dev     # or train
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions  # noqa: E402
import score_speakers  # noqa: E402

from quotelens import load_article  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    args = ap.parse_args()
    gold = SHARED / "polnear" / args.split
    files = sorted(gold.glob("*.txt"))
    t0 = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for f in files:
            for rec in load_article(f, name=f.stem).scorer_records():
                fh.write(json.dumps(rec) + "\n")
        pred = fh.name
    elapsed = time.perf_counter() - t0
    res = score_attributions.score(str(gold), pred)
    sys.stdout.write(score_attributions.format_table(res))
    print(
        f"\n{len(files)} articles in {elapsed:.2f} s ({len(files) / elapsed:.0f} articles/s, load_article with all tables)"
    )
    canonical = SHARED / "polnear" / f"{args.split}-canonical.json"
    if canonical.is_file():  # who the source really is: the canonical-speaker reading of the split
        print(f"\ncanonical speakers ({canonical.name}, shared/eval/score_speakers.py):\n")
        res = score_speakers.score(str(canonical), str(gold), pred, allow_unknown_docs=True)
        sys.stdout.write(score_speakers.format_table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
