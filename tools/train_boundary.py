"""Train the content-end chooser (quotelens/boundary.py) on PolNeAR *train* only.

For every "X said C" proposal of the frames (rules' ends, no confidence model) whose start
matches a gold content's start and whose candidate ends hold the gold end, that candidate is
the right choice. A conditional logit (a softmax over each proposal's candidates, fitted by
L-BFGS on the sparse candidate matrix, ``tools/choice_fit.py``) scores candidates; the best-scoring one
is chosen.
Its L2 strength is chosen by two-fold cross-validation over train documents on how often the
chosen end is the gold end (compared with the rules' end on the same proposals).
Deterministic; under a minute on one core.

    python tools/train_boundary.py            # writes quotelens/data/boundary.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402

from quotelens.attribution import attributions_in  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from choice_fit import accuracy, fit_choice  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "boundary.json"
L2_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_COUNT = 5  # features seen on fewer candidates than this are left out


def groups(gold_dir: Path) -> list[tuple[int, list[dict[str, float]], int]]:
    """(document number, candidate features, index of the gold candidate) per usable proposal."""
    docs = sa.load_gold(str(gold_dir))
    out = []
    for d, (_, doc) in enumerate(sorted(docs.items())):
        text = doc.text
        atts = attributions_in(text, use_model=False, use_boundary=False)
        gold_by_start: dict[int, list[int]] = {}
        for g in doc.gold:
            for delta in (-2, -1, 0, 1, 2):
                gold_by_start.setdefault(g.content[0][0] + delta, []).append(g.content[-1][1])
        for a in atts:
            if len(a.end_options) < 2:
                continue  # nothing to choose (for "C1," X said, "C2": the candidates are C2's ends)
            gold_ends = gold_by_start.get(a.start, [])
            hits = [n for n, (end, _) in enumerate(a.end_options) if _matches(text, end, gold_ends)]
            if len(hits) != 1:
                continue  # no gold end among the candidates (or two equal ones): nothing to learn
            out.append((d, [f for _, f in a.end_options], hits[0]))
    return out


def _matches(text: str, end: int, gold_ends: list[int]) -> bool:
    """The candidate end equals a gold end, up to a final full stop or closing mark."""
    for ge in gold_ends:
        if abs(end - ge) <= 1 or text[min(end, ge) : max(end, ge)].strip() in {".", ".”", '."', "”", '"'}:
            return True
    return False


def feature_index(data: list[tuple[int, list[dict[str, float]], int]]) -> dict[str, int]:
    """Column of every feature seen on MIN_COUNT candidates or more (and "bias", added to every row)."""
    seen: dict[str, int] = {}
    for _, cands, _ in data:
        for f in cands:
            for k in f:
                seen[k] = seen.get(k, 0) + 1
    names = ["bias", *sorted(k for k, n in seen.items() if n >= MIN_COUNT and k != "bias")]
    for _, cands, _ in data:
        for f in cands:
            f["bias"] = 1.0
    return {k: n for n, k in enumerate(names)}


def to_weights(w: np.ndarray, index: dict[str, int]) -> dict[str, float]:
    return {k: round(float(w[n]), 4) for k, n in index.items() if abs(w[n]) > 1e-4 and k != "bias"}


Groups = list[tuple[int, list[dict[str, float]], int]]
Fit = Callable[[Groups, dict[str, int], float], np.ndarray]


def fold_fits(data: Groups, index: dict[str, int], fit: Fit, l2: float) -> dict[int, dict[str, float]]:
    """For each fold (document number % 2), a chooser fitted on the other fold's documents only."""
    return {fold: to_weights(fit([g for g in data if g[0] % 2 != fold], index, l2), index) for fold in (0, 1)}


def two_fold_l2(
    data: Groups,
    index: dict[str, int],
    fit: Fit,
    score: Callable[[np.ndarray, Groups, dict[str, int]], float],
    what: str,
) -> tuple[float, float]:
    """(L2 of ``L2_GRID``, its accuracy): the strength whose two-fold cross-validated chosen-``what``
    accuracy is best (on a tie the larger), each fold's chooser fitted on the other fold's documents."""
    scores = {}
    for l2 in L2_GRID:
        accs = []
        for fold in (0, 1):
            tr = [g for g in data if g[0] % 2 != fold]
            te = [g for g in data if g[0] % 2 == fold]
            accs.append(score(fit(tr, index, l2), te, index))
        scores[l2] = sum(accs) / 2
        print(f"L2 {l2:>5}: cross-validated chosen-{what} accuracy {scores[l2]:.3f}")
    best = max(scores, key=lambda k: (scores[k], k))
    return best, scores[best]


def fold_weights(l2: float) -> dict[int, dict[str, float]]:
    """For each fold (document number % 2), a chooser fitted on the other fold's documents only."""
    data = groups(SHARED / "polnear" / "train")
    return fold_fits(data, feature_index(data), fit_choice, l2)


def main() -> int:
    data = groups(SHARED / "polnear" / "train")
    index = feature_index(data)
    rule_right = sum(int(cands[gold].get("rule", 0.0) == 1.0) for _, cands, gold in data) / len(data)
    print(f"{len(data)} proposals with the gold end among their candidates; rules' end right on {rule_right:.3f}")
    l2, cross_validated = two_fold_l2(data, index, fit_choice, accuracy, "end")
    w = fit_choice(data, index, l2)
    weights = to_weights(w, index)
    OUT.write_text(
        json.dumps(
            {
                "trained_on": "PolNeAR train",
                "l2": l2,
                "proposals": len(data),
                "rules_end_accuracy": round(rule_right, 4),
                "cross_validated_accuracy": round(cross_validated, 4),
                "weights": weights,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
