"""Fit the speaker ranker (quotelens/speakers/ranker.py) on PolNeAR *train* canonical speakers only.

Every train-canonical article (``../shared/polnear/train-canonical.json``, plus the extra readings
in ``tools/data/train-canonical-extra.json`` when present) is read with the full pipeline while the
ranker records each pronoun or description it ranks. A ranking whose attribution matches a gold item
by content (the rule of ``score_speakers.py``) is a training example: the candidates that name the
gold entity by the scorer's own test are right, the first of them is the choice to learn (the
"nobody" option is right for an anonymous gold). A conditional logit over each ranking's options is
fitted by Newton's method (numpy), its L2 strength chosen by two-fold cross-validation over
documents. The resolution is sequential (a resolved "he" becomes the next one's antecedent), so the
fit is repeated on the rankings the previous fit produced, a few rounds. Deterministic; ~20 s.

    python tools/train_speakers.py            # writes quotelens/data/speakers.json
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
import score_speakers as ss  # noqa: E402

from quotelens import load_article  # noqa: E402
from quotelens.speakers import ranker  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "speakers.json"
GOLD = SHARED / "polnear" / "train-canonical.json"
EXTRA = ROOT / "tools" / "data" / "train-canonical-extra.json"
TEXTS = SHARED / "polnear" / "train"
L2_GRID = (0.3, 1.0, 3.0, 10.0)
ROUNDS = 3
MIN_COUNT = 3
Example = tuple[int, list[dict[str, float]], int]  # (document number, option features, right option)


def gold_items() -> tuple[list[str], list[dict]]:
    data = ss.load_gold_json(str(GOLD))
    arts, items = list(data["articles"]), list(data["items"])
    if EXTRA.is_file():
        extra = ss.load_gold_json(str(EXTRA))
        arts += [a for a in extra["articles"] if a not in arts]
        items += extra["items"]
    return arts, items


def examples(arts: list[str], items: list[dict]) -> list[Example]:
    """Rankings of the current model whose attribution matches a gold item, with the right option."""
    out: list[Example] = []
    by_doc: dict[str, list[dict]] = {}
    for it in items:
        by_doc.setdefault(it["doc"], []).append(it)
    for d, stem in enumerate(arts):
        ranker.TRACE = []
        art = load_article(TEXTS / f"{stem}.txt", name=stem)
        trace, ranker.TRACE = ranker.TRACE, None
        names = {e.id: e.name for e in _entities(art)}
        preds = [
            sa.Prediction(stem, _frags(r["content"]), _frags(r["source"]) if r["source"] else None, None, None, None, n)
            for n, r in enumerate(art.scorer_records())
        ]
        matched = ss.match_doc(art.text, by_doc.get(stem, []), preds)
        by_source = {p.source[0][0]: k for k, p in matched.items() if p.source}
        index = {it["_index"]: it for it in by_doc.get(stem, [])}
        for anaphor, options in trace:
            k = by_source.get(anaphor.start)
            if k is None:
                continue
            item = index[k]
            right = [
                n
                for n, (ent, _) in enumerate(options)
                if ss.speaker_correct(None if ent == ranker.NOBODY else names[ent], item)
            ]
            if right and len(right) < len(options):
                out.append((d, [dict(f) for _, f in options], right[0]))
    return out


def _entities(art):  # the entities of the last resolution (the table keeps names and ids)
    return [_Ent(int(i), str(n)) for i, n in zip(art.speakers["id"], art.speakers["name"], strict=True)]


class _Ent:
    def __init__(self, id_: int, name: str) -> None:
        self.id, self.name = id_, name


def _frags(v: list) -> list[tuple[int, int]]:
    return [tuple(f) for f in v] if isinstance(v[0], list) else [tuple(v)]  # type: ignore[misc]


def feature_index(data: list[Example]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for _, opts, _ in data:
        for f in opts:
            for k in f:
                seen[k] = seen.get(k, 0) + 1
    return {k: n for n, k in enumerate(sorted(k for k, c in seen.items() if c >= MIN_COUNT))}


def matrix(rows: list[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)))
    for r, f in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(data: list[Example], index: dict[str, int], l2: float) -> np.ndarray:
    """Conditional logit (a softmax over each ranking's options) by Newton's method."""
    x = matrix([f for _, opts, _ in data for f in opts], index)
    sizes = [len(opts) for _, opts, _ in data]
    group = np.repeat(np.arange(len(data)), sizes)
    offsets = np.cumsum([0, *sizes])
    gold_rows = np.array([offsets[n] + g for n, (_, _, g) in enumerate(data)])
    w = np.zeros(x.shape[1])
    for _ in range(50):
        z = x @ w
        zmax = np.full(len(data), -np.inf)
        np.maximum.at(zmax, group, z)
        e = np.exp(z - zmax[group])
        tot = np.zeros(len(data))
        np.add.at(tot, group, e)
        p = e / tot[group]
        mu = np.zeros((len(data), x.shape[1]))
        np.add.at(mu, group, p[:, None] * x)
        grad = -(x[gold_rows].sum(axis=0) - mu.sum(axis=0)) + l2 * w
        hess = (x * p[:, None]).T @ x - mu.T @ mu + np.diag(np.full(x.shape[1], l2 + 1e-9))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def accuracy(w: np.ndarray, data: list[Example], index: dict[str, int]) -> float:
    right = sum(int(int(np.argmax(matrix(opts, index) @ w)) == g) for _, opts, g in data)
    return right / max(1, len(data))


def choose_l2(data: list[Example], index: dict[str, int]) -> tuple[float, float]:
    scores = {}
    for l2 in L2_GRID:
        accs = []
        for fold in (0, 1):
            tr = [g for g in data if g[0] % 2 != fold]
            te = [g for g in data if g[0] % 2 == fold]
            accs.append(accuracy(fit(tr, index, l2), te, index) * len(te))
        scores[l2] = sum(accs) / len(data)
    best = max(scores, key=lambda k: (scores[k], k))
    return best, scores[best]


def main() -> int:
    arts, items = gold_items()
    for round_ in range(ROUNDS):
        ranker.weights.cache_clear()
        data = examples(arts, items)
        index = feature_index(data)
        l2, cv = choose_l2(data, index)
        w = fit(data, index, l2)
        weights = {k: round(float(w[n]), 4) for k, n in index.items() if abs(w[n]) > 1e-4}
        print(f"round {round_ + 1}: {len(data)} rankings, L2 {l2}, cross-validated accuracy {cv:.3f}")
        OUT.write_text(
            json.dumps(
                {
                    "trained_on": "PolNeAR train canonical speakers",
                    "articles": len(arts),
                    "rankings": len(data),
                    "l2": l2,
                    "cross_validated_accuracy": round(cv, 4),
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
