"""How well the confidence model travels to an outlet it has not seen: leave-one-outlet-out on train.

PolNeAR train holds 120 articles from each of seven outlets (the file name's prefix). For each outlet,
the model (tools/train_confidence.py's features, fit and threshold rule) is fitted on the other six, its
drop threshold chosen on out-of-fold probabilities of those six (two folds by document, as
train_confidence chooses it, with the same precision and source-accuracy floors), and the held-out
outlet's proposals are scored: a kept proposal counts as right when train_confidence's label says the
shared scorer matches it (content Jaccard >= 0.5 with a gold attribution and an overlapping source),
against every gold attribution of the outlet. Beside it, the same evaluation over seven folds of 120
documents drawn at random (a fixed seed), so the gap between the two is the outlet shift.

The proposals take about two minutes to read; they are cached (``--cache``, a pickle under /tmp by
default) and reused while the file exists. Train only: dev is never read.

    python tools/outlet_cv.py                 # the shipped setup (features and L2 of confidence.json)
    python tools/outlet_cv.py --l2 10 --drop cue_lemma= --drop rule_detail=
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_confidence as tc

CACHE = Path("/tmp/quotelens-confidence-proposals.pkl")
Fitter = Callable[[np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


@dataclass
class Proposals:
    """train_confidence's proposals with each document's outlet."""

    feats: list[dict[str, float]]
    labels: np.ndarray
    doc_of: np.ndarray
    gold_per_doc: np.ndarray
    sources: np.ndarray
    outlets: list[str]  # per document

    def outlet_of_rows(self) -> np.ndarray:
        return np.array(self.outlets)[self.doc_of]


def outlet_of(stem: str) -> str:
    """The outlet of a PolNeAR file name ("nyt_2015-11-09_jobs-report" -> "nyt")."""
    return stem.split("_", 1)[0]


def load(cache: Path = CACHE) -> Proposals:
    """The train proposals, read once and cached in ``cache``."""
    if cache.exists():
        data = pickle.loads(cache.read_bytes())
    else:
        gold_dir = tc.SHARED / "polnear" / "train"
        feats, labels, doc_of, gold_per_doc, sources = tc.proposals(gold_dir)
        stems = sorted(tc.sa.load_gold(str(gold_dir)))  # the order train_confidence numbers them in
        data = dict(feats=feats, labels=labels, doc_of=doc_of, gold_per_doc=gold_per_doc, sources=sources, stems=stems)
        cache.write_bytes(pickle.dumps(data))
    return Proposals(
        data["feats"],
        np.array(data["labels"], dtype=float),
        np.array(data["doc_of"]),
        np.array(data["gold_per_doc"]),
        np.array(data["sources"]),
        [outlet_of(s) for s in data["stems"]],
    )


def matrix(
    feats: Sequence[dict[str, float]], keep: Callable[[str], bool] = lambda k: True
) -> tuple[np.ndarray, list[str]]:
    """The design matrix (bias first) of the features ``keep`` accepts, and their names."""
    names = ["bias", *sorted({k for f in feats for k in f if k != "bias" and keep(k)})]
    index = {k: n for n, k in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            n = index.get(k)
            if n is not None:
                x[r, n] = v
    return x, names


def logistic(l2: float) -> Fitter:
    """train_confidence's fit at ``l2``, as a fitter: (x, y) -> a function giving probabilities."""

    def fitter(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        w = tc.fit(x, y, l2)
        return lambda z: 1 / (1 + np.exp(-(z @ w)))

    return fitter


def choose_threshold(
    x: np.ndarray, y: np.ndarray, docs: np.ndarray, gold_per_doc: np.ndarray, sources: np.ndarray, fitter: Fitter
) -> float:
    """The drop threshold train_confidence would choose on these documents: out-of-fold probabilities of
    two folds by document (their numbers' parity), the best smoothed F1 under both floors."""
    oof = np.zeros(len(y))
    fold = docs % 2
    for k in (0, 1):
        oof[fold == k] = fitter(x[fold != k], y[fold != k])(x[fold == k])
    n_gold = int(gold_per_doc[np.unique(docs)].sum())
    return tc.best_threshold(oof, y, n_gold, sources)[1]


@dataclass
class Score:
    tp: float
    pred: int
    gold: int

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    @property
    def p(self) -> float:
        return self.tp / max(1, self.pred)

    @property
    def r(self) -> float:
        return self.tp / max(1, self.gold)

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def held_out(
    props: Proposals, x: np.ndarray, group_of_doc: np.ndarray, fitter: Fitter, kept: np.ndarray | None = None
) -> dict[str, tuple[Score, float]]:
    """For each group of documents: fit on the others, choose the threshold on them, score the group
    (its Score and the threshold used). ``kept``, when given (one bool per proposal), is set to
    whether each proposal was kept while its group was held out."""
    rows_group = group_of_doc[props.doc_of]
    out = {}
    for g in sorted(set(group_of_doc.tolist())):
        tr, te = rows_group != g, rows_group == g
        t = choose_threshold(x[tr], props.labels[tr], props.doc_of[tr], props.gold_per_doc, props.sources[tr], fitter)
        keep = fitter(x[tr], props.labels[tr])(x[te]) >= t
        if kept is not None:
            kept[te] = keep
        gold = int(props.gold_per_doc[group_of_doc == g].sum())
        out[str(g)] = (Score(float(props.labels[te][keep].sum()), int(keep.sum()), gold), t)
    return out


def random_groups(n_docs: int, n_groups: int, seed: int = 0) -> np.ndarray:
    """Documents dealt into ``n_groups`` groups of equal size at random (a fixed seed)."""
    order = np.random.default_rng(seed).permutation(n_docs)
    groups = np.empty(n_docs, dtype=int)
    groups[order] = np.arange(n_docs) % n_groups
    return groups


def pooled(results: dict[str, tuple[Score, float]]) -> Score:
    total = Score(0.0, 0, 0)
    for score, _ in results.values():
        total = total + score
    return total


def report(props: Proposals, x: np.ndarray, fitter: Fitter) -> tuple[Score, Score]:
    """Print the per-outlet table and both pooled figures; return (by outlet, at random) pooled. Each
    outlet is also scored as the random folds read it (its documents held out among other outlets'
    and its own): the difference is what holding the whole outlet out costs."""
    outlets = sorted(set(props.outlets))
    outlet_of_doc = np.array([outlets.index(o) for o in props.outlets])
    by_outlet = held_out(props, x, outlet_of_doc, fitter)
    kept = np.zeros(len(props.labels), dtype=bool)
    at_random = held_out(props, x, random_groups(len(props.outlets), len(outlets)), fitter, kept)
    print("| held out | tp / kept / gold | F1 | P | R | threshold | random folds F1 (P) | shift |")
    print("|---|---|---|---|---|---|---|---|")
    for n, o in enumerate(outlets):
        s, t = by_outlet[str(n)]
        rows = outlet_of_doc[props.doc_of] == n
        r = Score(float(props.labels[rows & kept].sum()), int((rows & kept).sum()), s.gold)
        print(
            f"| {o} | {s.tp:.0f} / {s.pred} / {s.gold} | {s.f1:.4f} | {s.p:.4f} | {s.r:.4f} | {t:.2f} "
            f"| {r.f1:.4f} ({r.p:.4f}) | {s.f1 - r.f1:+.4f} |"
        )
    a, b = pooled(by_outlet), pooled(at_random)
    print(
        f"| **pooled, by outlet** | {a.tp:.0f} / {a.pred} / {a.gold} | **{a.f1:.4f}** | {a.p:.4f} | {a.r:.4f} | | | |"
    )
    print(
        f"| pooled, 7 random folds | {b.tp:.0f} / {b.pred} / {b.gold} | {b.f1:.4f} | {b.p:.4f} | {b.r:.4f} | "
        f"| | {a.f1 - b.f1:+.4f} |"
    )
    return a, b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--l2", type=float, default=None, help="default: the shipped model's")
    ap.add_argument("--drop", action="append", default=[], help="leave out features whose name starts so")
    args = ap.parse_args(argv)
    l2 = args.l2 if args.l2 is not None else json.loads(tc.OUT.read_text(encoding="utf-8"))["l2"]
    props = load(args.cache)
    x, names = matrix(props.feats, lambda k: not k.startswith(tuple(args.drop)))
    print(f"{len(props.labels)} proposals, {len(names)} features, L2 {l2}")
    report(props, x, logistic(l2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
