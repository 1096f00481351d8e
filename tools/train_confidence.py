"""Train the confidence model (quotelens/confidence.py) on PolNeAR *train* only.

Every proposal of the frames is labelled 1 when the shared scorer counts it as a correct
who-said-what match (content Jaccard >= 0.5 with a gold attribution and a source that
overlaps the gold source), else 0. An L2-regularised logistic regression is fitted by
Newton's method (numpy), and the drop threshold is the one that maximises who-said-what
F1 on train. Deterministic; a few seconds on one core.

    python tools/train_confidence.py            # writes quotelens/data/confidence.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402

from quotelens.attribution import find_attributions  # noqa: E402
from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "confidence.json"
L2 = 1.0


def proposals(gold_dir: Path) -> tuple[list[dict[str, float]], list[int], int]:
    docs = sa.load_gold(str(gold_dir))
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    n_gold = 0
    for stem, doc in docs.items():
        text = doc.text
        paras = segment_paragraphs(text)
        atts = find_attributions(
            text, paras, find_quote_regions(text, paras), segment_sentences(text, paras), use_model=False
        )
        # One proposal per content (as the CLI writes them), scored like the scorer does.
        seen: set[tuple[tuple[int, int], ...]] = set()
        unique = []
        for a in atts:
            if tuple(a.content) not in seen:
                seen.add(tuple(a.content))
                unique.append(a)
        preds = [
            sa.Prediction(stem, sa._merge(a.content), [a.source] if a.source else None, None, None, None, n)
            for n, a in enumerate(unique)
        ]
        gold = sorted(doc.gold, key=lambda g: (g.content[0], g.content[-1], g.id))
        order = sorted(range(len(preds)), key=lambda n: (preds[n].content[0], preds[n].content[-1], n))
        sorted_preds = [preds[n] for n in order]
        match = sa._match_doc(doc, gold, sorted_preds)["jaccard"]
        n_gold += len(gold)
        for pos, n in enumerate(order):
            ok = 0
            if pos in match:
                g = gold[match[pos]]
                p = sorted_preds[pos]
                ok = int((p.source is None) if g.source is None else sa._sources_overlap(doc, p.source, g.source))
            feats.append(unique[n].features)
            labels.append(ok)
    return feats, labels, n_gold


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], L2)
    reg[0] = 0.0  # no penalty on the bias
    for _ in range(25):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main() -> int:
    feats, labels, n_gold = proposals(SHARED / "polnear" / "train")
    names = ["bias", *sorted({k for f in feats for k in f} - {"bias"})]
    index = {k: n for n, k in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            x[r, index[k]] = v
    y = np.array(labels, dtype=float)
    w = fit(x, y)
    p = 1 / (1 + np.exp(-(x @ w)))
    best = (0.0, 0.0)
    for t in np.arange(0.0, 0.8, 0.01):
        keep = p >= t
        tp = float(y[keep].sum())
        prec = tp / max(1, int(keep.sum()))
        rec = tp / n_gold
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        best = max(best, (f1, float(t)))
    weights = {k: round(float(w[n]), 4) for k, n in index.items() if abs(w[n]) > 1e-4}
    OUT.write_text(
        json.dumps(
            {
                "trained_on": "PolNeAR train",
                "proposals": len(y),
                "positives": int(y.sum()),
                "train_wsw_f1_estimate": round(best[0], 4),
                "threshold": round(best[1], 2),
                "weights": weights,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(y)} proposals, {int(y.sum())} correct; threshold {best[1]:.2f}, train wsw F1 ~{best[0]:.3f}")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
