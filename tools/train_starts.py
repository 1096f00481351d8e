"""Train the content-start chooser (quotelens/starts.py) on PolNeAR *train* only.

For every "X said C" proposal of the frames (rules' starts and ends, no confidence model) whose cue
overlaps a gold cue and whose candidate starts hold that gold content's start, that candidate is the
right choice. The same conditional logit as the end chooser's (``tools/train_boundary.py``), its L2
strength chosen by two-fold cross-validation over train documents on how often the chosen start is
the gold start (compared with the rules' start on the same proposals). Deterministic; about a minute.

    python tools/train_starts.py            # writes quotelens/data/starts.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "tools"))

import numpy as np  # noqa: E402
import score_attributions as sa  # noqa: E402
from train_boundary import feature_index, fold_fits, to_weights, two_fold_l2  # noqa: E402

from quotelens.attribution import attributions_in  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "starts.json"
Data = list[tuple[int, list[dict[str, float]], int]]


def sparse(data: Data, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The candidates as a sparse 0/1 matrix: (row of each entry, its column, group of each row, the
    gold row of each group, the first row of each group)."""
    rows, cols, group, gold, first = [], [], [], [], []
    r = 0
    for g, (_, cands, right) in enumerate(data):
        first.append(r)
        gold.append(r + right)
        for f in cands:
            for k in f:
                if k in index:
                    rows.append(r)
                    cols.append(index[k])
            group.append(g)
            r += 1
    return tuple(np.array(a, dtype=np.int64) for a in (rows, cols, group, gold, first))  # type: ignore[return-value]


def fit_choice(data: Data, index: dict[str, int], l2: float, iterations: int = 300) -> np.ndarray:
    """Conditional logit (a softmax over each proposal's candidates), fitted by L-BFGS on the sparse
    candidate matrix (the end chooser's Newton fit is too slow for these many features)."""
    rows, cols, group, gold, _ = sparse(data, index)
    n_rows, n_feat = len(group), len(index)

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.bincount(rows, weights=w[cols], minlength=n_rows)
        zmax = np.full(len(gold), -np.inf)
        np.maximum.at(zmax, group, z)
        e = np.exp(z - zmax[group])
        tot = np.bincount(group, weights=e, minlength=len(gold))
        p = e / tot[group]
        loss = -float(np.sum(z[gold] - zmax - np.log(tot))) + 0.5 * l2 * float(w @ w)
        resid = p.copy()
        resid[gold] -= 1.0
        return loss, np.bincount(cols, weights=resid[rows], minlength=n_feat) + l2 * w

    w = np.zeros(n_feat)
    f, g = loss_grad(w)
    hist: list[tuple[np.ndarray, np.ndarray]] = []
    for _ in range(iterations):
        q, alphas = g.copy(), []
        for s_, y in reversed(hist):
            a = (s_ @ q) / (y @ s_)
            alphas.append(a)
            q -= a * y
        if hist:
            s_, y = hist[-1]
            q *= (s_ @ y) / (y @ y)
        for (s_, y), a in zip(hist, reversed(alphas), strict=True):
            q += s_ * (a - (y @ q) / (y @ s_))
        step = 1.0
        while True:
            w_new = w - step * q
            f_new, g_new = loss_grad(w_new)
            if f_new <= f - 1e-4 * step * float(g @ q) or step < 1e-8:
                break
            step *= 0.5
        hist = [*hist[-9:], (w_new - w, g_new - g)]
        converged = abs(f - f_new) < 1e-7 * max(1.0, abs(f))
        w, f, g = w_new, f_new, g_new
        if converged:
            break
    return w


def accuracy(w: np.ndarray, data: Data, index: dict[str, int]) -> float:
    rows, cols, group, gold, first = sparse(data, index)
    z = np.bincount(rows, weights=w[cols], minlength=len(group))
    right = 0
    for n in range(len(gold)):
        lo, hi = first[n], first[n + 1] if n + 1 < len(first) else len(group)
        right += int(lo + int(np.argmax(z[lo:hi])) == gold[n])
    return right / max(1, len(gold))


def groups(gold_dir: Path) -> list[tuple[int, list[dict[str, float]], int]]:
    """(document number, candidate features, index of the gold candidate) per usable proposal."""
    docs = sa.load_gold(str(gold_dir))
    out = []
    for d, (_, doc) in enumerate(sorted(docs.items())):
        text = doc.text
        gold = [(g.cue, sa.exact_key(text, g.content)) for g in doc.gold if g.cue]
        for a in attributions_in(text, use_model=False, use_boundary=False):
            if len(a.start_options) < 2 or a.cue is None:
                continue
            starts = {g[0][0] for cue, g in gold if g and any(s < a.cue[1] and a.cue[0] < e for s, e in cue)}
            hits = [n for n, (s, _) in enumerate(a.start_options) if s in starts]
            if len(hits) != 1:
                continue  # no gold start among the candidates (or two): nothing to learn
            out.append((d, [dict(f) for _, f in a.start_options], hits[0]))
    return out


def fold_weights(l2: float) -> dict[int, dict[str, float]]:
    """For each fold (document number % 2), a chooser fitted on the other fold's documents only."""
    data = groups(SHARED / "polnear" / "train")
    return fold_fits(data, feature_index(data), fit_choice, l2)


def main() -> int:
    data = groups(SHARED / "polnear" / "train")
    index = feature_index(data)
    print(f"{len(index)} features")
    rule_right = sum(int(cands[gold].get("rel=at", 0.0) == 1.0) for _, cands, gold in data) / len(data)
    print(f"{len(data)} proposals with the gold start among their candidates; rules' start right on {rule_right:.3f}")
    l2, cross_validated = two_fold_l2(data, index, fit_choice, accuracy, "start")
    weights = to_weights(fit_choice(data, index, l2), index)
    meta = {
        "trained_on": "PolNeAR train",
        "l2": l2,
        "proposals": len(data),
        "rules_start_accuracy": round(rule_right, 4),
        "cross_validated_accuracy": round(cross_validated, 4),
        "weights": weights,
    }
    OUT.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
