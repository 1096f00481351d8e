"""Fit the speaker ranker (quotelens/speakers/ranker.py) on PolNeAR *train* canonical speakers only.

Every train-canonical article (``../shared/polnear/train-canonical.json``, plus the extra readings
in ``tools/data/train-canonical-extra.json`` when present) is read with the full pipeline while the
ranker records each pronoun or description it ranks. A ranking whose attribution matches a gold item
by content (the rule of ``score_speakers.py``) is a training example: the candidates that name the
gold entity by the scorer's own test are right, the first of them is the choice to learn (the
"nobody" option is right for an anonymous gold). A conditional logit over each ranking's options is
fitted by Newton's method (numpy), its L2 strength chosen by five-fold cross-validation over
documents. The resolution is sequential (a resolved "he" becomes the next one's antecedent), so the
fit is repeated on the rankings the previous fit produced (the first from no weights at all), four
rounds, and the round with the best cross-validated accuracy is kept. Deterministic; ~30 s.

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

from quotelens.attribution import Attribution, find_attributions  # noqa: E402
from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences  # noqa: E402
from quotelens.speakers import ArticleContext, ranker  # noqa: E402
from quotelens.speakers.mentions import Cast  # noqa: E402
from quotelens.speakers.resolve import Resolver  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "speakers.json"
GOLD = SHARED / "polnear" / "train-canonical.json"
EXTRA = ROOT / "tools" / "data" / "train-canonical-extra.json"
TEXTS = SHARED / "polnear" / "train"
L2_GRID = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5  # cross-validation folds over documents (the curve over L2 is flat: five folds steady it)
ROUNDS = 4
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
    """Rankings whose source is a gold item's, with the right option.

    Items the pipeline found (matched by content) are ranked where the pipeline ranked them; the
    others are ranked afterwards at the gold Source span, with what was known before it."""
    out: list[Example] = []
    by_doc: dict[str, list[dict]] = {}
    for it in items:
        by_doc.setdefault(it["doc"], []).append(it)
    for d, stem in enumerate(arts):
        gold = by_doc.get(stem, [])
        ranker.TRACE = []
        text, resolver, atts = resolved(TEXTS / f"{stem}.txt")
        records = scorer_records(text, atts, resolver)
        matched = ss.match_doc(text, gold, records)
        done = {k for k, p in matched.items() if p.source}
        by_source = {p.source[0][0]: k for k, p in matched.items() if p.source}
        for it in gold:
            if it["_index"] in done or len(it["source"]) != 1:
                continue
            s, e = it["source"][0]
            by_source.setdefault(s, it["_index"])
            para = resolver.ctx.paragraph_at(s)
            resolver.resolve_one(Attribution([(s, e)], None, (s, e), para, "gold", 1.0))
        trace, ranker.TRACE = ranker.TRACE, None
        index = {it["_index"]: it for it in gold}
        seen: set[int] = set()
        for anaphor, options in trace:
            k = by_source.get(anaphor.start)
            if k is None or k in seen:
                continue
            seen.add(k)
            names = [None if ent == ranker.NOBODY else resolver.cast.entities[ent].name for ent, _ in options]
            right = [n for n, name in enumerate(names) if ss.speaker_correct(name, index[k])]
            if right and len(right) < len(options):
                out.append((d, [dict(f) for _, f in options], right[0]))
    return out


def resolved(path: Path) -> tuple[str, Resolver, list[Attribution]]:
    """The article's text, its resolver after resolving every attribution, and the attributions."""
    text = path.read_text(encoding="utf-8")
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    ctx = ArticleContext(paragraphs, sentences, regions)
    cast = Cast(text, sentences, ctx.in_quote)
    cast.collect()
    resolver = Resolver(text, cast, ctx)
    resolver.resolve(atts)
    return text, resolver, atts


def scorer_records(text: str, atts: list[Attribution], resolver: Resolver) -> list[sa.Prediction]:
    """The attributions the scorer would see (one per content, none reader-only), as predictions."""
    out, seen = [], set()
    for n, att in enumerate(atts):
        key = tuple(att.content)
        if key in seen or att.reader_only:
            continue
        seen.add(key)
        src = [att.source] if att.source else None
        out.append(sa.Prediction("doc", list(att.content), src, None, None, None, n))
    return out


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
        for fold in range(FOLDS):
            tr = [g for g in data if g[0] % FOLDS != fold]
            te = [g for g in data if g[0] % FOLDS == fold]
            accs.append(accuracy(fit(tr, index, l2), te, index) * len(te))
        scores[l2] = sum(accs) / len(data)
    best = max(scores, key=lambda k: (scores[k], k))
    return best, scores[best]


def main() -> int:
    arts, items = gold_items()
    best: tuple[float, dict] | None = None
    # The first round ranks with no weights (the nearest candidate wins), so the result never depends
    # on the weights file the run started from.
    OUT.write_text(json.dumps({"weights": {}}) + "\n", encoding="utf-8")
    for round_ in range(ROUNDS):
        ranker.weights.cache_clear()
        data = examples(arts, items)
        index = feature_index(data)
        l2, cv = choose_l2(data, index)
        w = fit(data, index, l2)
        weights = {k: round(float(w[n]), 4) for k, n in index.items() if abs(w[n]) > 1e-4}
        print(f"round {round_ + 1}: {len(data)} rankings, L2 {l2}, cross-validated accuracy {cv:.3f}")
        model = {
            "trained_on": "PolNeAR train canonical speakers",
            "articles": len(arts),
            "rankings": len(data),
            "l2": l2,
            "cross_validated_accuracy": round(cv, 4),
            "weights": weights,
        }
        if best is None or cv > best[0]:
            best = (cv, model)
        OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")  # the next round's ranker
    assert best is not None
    OUT.write_text(json.dumps(best[1], indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: the round with the best cross-validated accuracy ({best[0]:.3f}, "
        f"{len(best[1]['weights'])} weights)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
