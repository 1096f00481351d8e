"""The conditional logit both content choosers are fitted with (``tools/train_boundary.py``,
``tools/train_starts.py``): a softmax over each proposal's candidates, fitted by L-BFGS on the sparse
0/1 candidate matrix, and the share of proposals whose best-scoring candidate is the gold one.
"""

from __future__ import annotations

import numpy as np

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
