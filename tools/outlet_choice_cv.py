"""Leave-one-outlet-out accuracy of the content choosers (quotelens/boundary.py, quotelens/starts.py).

PolNeAR train holds 120 articles from each of 7 outlets (the file-name prefix). For each outlet, the
chooser is fitted (``tools/choice_fit.py``, at the shipped L2) on the other six outlets' proposals and
scored on that outlet's: how often the chosen end (start) is the gold one. The mean over the outlets
estimates accuracy on articles from an outlet the chooser has not seen; the two-fold figure by document
(the train scripts' cross-validation) is printed beside it.

    python tools/outlet_choice_cv.py            # both choosers
    python tools/outlet_choice_cv.py --ends     # the end chooser only
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "tools"))

import score_attributions as sa  # noqa: E402
import train_boundary  # noqa: E402
import train_starts  # noqa: E402
from choice_fit import accuracy, fit_choice  # noqa: E402

Data = list[tuple[int, list[dict[str, float]], int]]


def outlets(gold_dir: Path) -> list[str]:
    """The outlet (file-name prefix) of each document, in the order the train scripts number them."""
    return [name.split("_")[0] for name in sorted(sa.load_gold(str(gold_dir)))]


def outlet_folds(data: Data, outlet_of: list[str], l2: float) -> dict[str, float]:
    """Accuracy on each outlet's proposals of a chooser fitted on the other outlets' proposals."""
    index = train_boundary.feature_index(data)
    out = {}
    for o in sorted(set(outlet_of)):
        tr = [g for g in data if outlet_of[g[0]] != o]
        te = [g for g in data if outlet_of[g[0]] == o]
        out[o] = accuracy(fit_choice(tr, index, l2), te, index)
    return out


def two_fold(data: Data, l2: float) -> float:
    """The train scripts' two-fold cross-validated accuracy (document number % 2) at ``l2``."""
    index = train_boundary.feature_index(data)
    accs = []
    for fold in (0, 1):
        tr = [g for g in data if g[0] % 2 != fold]
        te = [g for g in data if g[0] % 2 == fold]
        accs.append(accuracy(fit_choice(tr, index, l2), te, index))
    return sum(accs) / 2


def report(name: str, data: Data, outlet_of: list[str], l2: float) -> None:
    rule_key = "rule" if name == "ends" else "rel=at"
    rules = sum(int(c[gold].get(rule_key, 0.0) == 1.0) for _, c, gold in data) / len(data)
    per = outlet_folds(data, outlet_of, l2)
    mean = sum(per.values()) / len(per)
    print(f"{name}: {len(data)} proposals, rules {rules:.4f}, two-fold {two_fold(data, l2):.4f}, L2 {l2}")
    print("  leave-one-outlet-out: " + ", ".join(f"{o} {a:.4f}" for o, a in per.items()) + f"; mean {mean:.4f}")


def main(argv: list[str]) -> int:
    train = SHARED / "polnear" / "train"
    outlet_of = outlets(train)
    data_dir = ROOT / "quotelens" / "data"
    if "--starts" not in argv:
        l2 = json.loads((data_dir / "boundary.json").read_text())["l2"]
        report("ends", train_boundary.groups(train), outlet_of, l2)
    if "--ends" not in argv:
        l2 = json.loads((data_dir / "starts.json").read_text())["l2"]
        report("starts", train_starts.groups(train), outlet_of, l2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
