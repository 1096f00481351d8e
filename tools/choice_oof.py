"""The engine on PolNeAR *train* with out-of-fold content choosers, scored by the shared scorer.

The shipped end and start choosers (quotelens/boundary.py, quotelens/starts.py) were fitted on every
train document, so ``benchmarks/accuracy.py --split train`` scores them in-sample. Here each document's
contents take their ends and starts from choosers fitted without it: on the other half of train
(``--folds documents``, the train scripts' two folds) or on the other six outlets (``--folds outlets``,
the file-name prefix: an estimate for articles from an outlet the choosers have not seen). The
confidence model is the shipped one.

    python tools/choice_oof.py --folds outlets
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "tools"))

import score_attributions as sa  # noqa: E402
import train_boundary  # noqa: E402
import train_starts  # noqa: E402
from choice_fit import fit_choice  # noqa: E402
from outlet_choice_cv import outlets  # noqa: E402

from quotelens import boundary, load_article, starts  # noqa: E402

Data = list[tuple[int, list[dict[str, float]], int]]


def fold_fits(data: Data, fold_of: list[str], l2: float) -> dict[str, dict[str, float]]:
    """For each fold, a chooser fitted on the other folds' documents."""
    index = train_boundary.feature_index(data)
    return {
        f: train_boundary.to_weights(fit_choice([g for g in data if fold_of[g[0]] != f], index, l2), index)
        for f in sorted(set(fold_of))
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", choices=("documents", "outlets"), default="outlets")
    args = ap.parse_args()
    gold = SHARED / "polnear" / "train"
    names = outlets(gold)
    fold_of = names if args.folds == "outlets" else [str(d % 2) for d in range(len(names))]
    ends = fold_fits(train_boundary.groups(gold), fold_of, json.loads(boundary.WEIGHTS.read_text())["l2"])
    begins = fold_fits(train_starts.groups(gold), fold_of, json.loads(starts.WEIGHTS.read_text())["l2"])
    files = sorted(gold.glob("*.txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for d, f in enumerate(files):
            boundary.override_weights(ends[fold_of[d]])
            starts.override_weights(begins[fold_of[d]])
            for rec in load_article(f, name=f.stem).scorer_records():
                fh.write(json.dumps(rec) + "\n")
        pred = fh.name
    boundary.override_weights(None)
    starts.override_weights(None)
    sys.stdout.write(sa.format_table(sa.score(str(gold), pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
