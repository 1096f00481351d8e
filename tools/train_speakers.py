"""Fit the speaker ranker (quotelens/speakers/ranker.py) on PolNeAR *train* canonical speakers only.

The gold is ``../shared/polnear/train-canonical.json`` plus the extra train readings in
``tools/data/`` (``train-canonical-extra.json``, ``train-canonical-more.json``) when present. Every
article is read with the pipeline of ``load_article`` (paragraph roles, the headline) while the
ranker records each pronoun or description it ranks. A ranking whose attribution matches a gold item
by content (the rule of ``score_speakers.py``) is a training example: the candidates that name the
gold entity by the scorer's own test are right, the first of them is the choice to learn (the
"nobody" option is right for an anonymous gold). Gold items the pipeline missed are ranked
afterwards at their gold Source span. A conditional logit over each ranking's options is fitted by
Newton's method (numpy), its L2 strength chosen by five-fold cross-validation over articles. The
resolution is sequential (a resolved "he" becomes the next one's antecedent), so the fit is
repeated on the rankings the previous fit produced (the first from no weights at all), four rounds,
and the round with the best cross-validated accuracy is kept. Deterministic.

    python tools/train_speakers.py            # writes quotelens/data/speakers.json

``tools/cv_speakers.py`` runs this whole procedure inside an outer cross-validation by article.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402
import score_speakers as ss  # noqa: E402

from quotelens.attribution import Attribution, find_attributions, first_per_content  # noqa: E402
from quotelens.segment import (  # noqa: E402
    Paragraph,
    QuoteRegion,
    Sentence,
    find_quote_regions,
    segment_paragraphs,
    segment_sentences,
)
from quotelens.speakers import prepare, ranker  # noqa: E402
from quotelens.speakers.model import SpeakerType  # noqa: E402
from quotelens.speakers.resolve import Resolver  # noqa: E402
from quotelens.textio import apply_roles, read_path  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "speakers.json"
GOLD = SHARED / "polnear" / "train-canonical.json"
EXTRAS = tuple(
    ROOT / "tools" / "data" / f"train-canonical-{name}.json" for name in ("extra", "more", "third", "fourth")
)  # "third" (readings3) and "fourth" (readings4, 175 articles): chosen rich in descriptions, groups and documents
TEXTS = SHARED / "polnear" / "train"
L2_GRID = tuple(float(x) for x in os.environ.get("SPEAKERS_L2", "0.3,1,3,10").split(","))
FOLDS = 5  # cross-validation folds over articles (the curve over L2 is flat: five folds steady it)
ROUNDS = 4
MIN_COUNT = 3
Example = tuple[int, list[dict[str, float]], int]  # (fold of its article, option features, right option)


@dataclass(frozen=True)
class GoldArticle:
    stem: str
    reading: str  # which file: train-canonical, train-canonical-extra, train-canonical-more
    items: tuple[dict, ...]

    @property
    def fold(self) -> int:
        """The article's fold (a hash of its name: adding articles never moves the others)."""
        return zlib.crc32(self.stem.encode()) % FOLDS


def gold_articles() -> list[GoldArticle]:
    """Every train article with a canonical reading, each once (the first file that reads it)."""
    out: list[GoldArticle] = []
    seen: set[str] = set()
    for path in (GOLD, *EXTRAS):
        if not path.is_file():
            continue
        data = ss.load_gold_json(str(path))
        by_doc: dict[str, list[dict]] = {}
        for it in data["items"]:
            by_doc.setdefault(it["doc"], []).append(it)
        for stem in data["articles"]:
            if stem not in seen:
                seen.add(stem)
                out.append(GoldArticle(stem, path.stem, tuple(by_doc.get(stem, []))))
    return out


@dataclass(frozen=True)
class Prepared:
    """An article read up to its attributions, as ``load_article`` reads it (the engine is not refitted)."""

    stem: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    regions: list[QuoteRegion]
    atts: list[Attribution]


@cache
def prepared(stem: str) -> Prepared:
    decoded = read_path(TEXTS / f"{stem}.txt")
    text = decoded.text
    paragraphs = apply_roles(segment_paragraphs(text), decoded.roles)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    return Prepared(stem, text, paragraphs, sentences, regions, atts)


def resolved(p: Prepared) -> tuple[Resolver, list]:
    """The article's resolver after resolving every attribution, and its choices (current weights)."""
    resolver = prepare(p.text, p.paragraphs, p.sentences, p.regions)
    return resolver, resolver.resolve(p.atts)


def predictions(p: Prepared, resolver: Resolver, choices: list) -> list[sa.Prediction]:
    """The records ``Article.scorer_records`` writes (one per content, none reader-only), as predictions."""
    out = []
    ents = resolver.cast.entities
    for n in first_per_content(p.atts):
        att, choice = p.atts[n], choices[n]
        ent = ents[choice.entity] if choice.entity is not None else None
        speaker = ent.name if ent is not None and ent.type is not SpeakerType.ANONYMOUS else None
        src = [att.source] if att.source else None
        out.append(sa.Prediction(p.stem, list(att.content), src, None, speaker, None, n))
    return out


def examples(arts: list[GoldArticle], w: dict[str, float]) -> list[Example]:
    """Rankings whose source is a gold item's, with the right option, ranked with weights ``w``."""
    out: list[Example] = []
    ranker.use_weights(w)
    try:
        for art in arts:
            out.extend(_article_examples(art))
    finally:
        ranker.use_weights(None)
        ranker.TRACE = None
    return out


def _article_examples(art: GoldArticle) -> list[Example]:
    """Items the pipeline found (matched by content) are ranked where the pipeline ranked them; the
    others are ranked afterwards at the gold Source span, with what was known before it."""
    p = prepared(art.stem)
    gold = list(art.items)
    ranker.TRACE = []
    resolver, choices = resolved(p)
    matched = ss.match_doc(p.text, gold, predictions(p, resolver, choices))
    done = {k for k, pred in matched.items() if pred.source}
    by_source = {pred.source[0][0]: k for k, pred in matched.items() if pred.source}
    for it in gold:
        if it["_index"] in done or len(it["source"]) != 1:
            continue
        s, e = it["source"][0]
        by_source.setdefault(s, it["_index"])
        para = resolver.ctx.paragraph_at(s)  # type: ignore[attr-defined]
        resolver.resolve_one(Attribution([(s, e)], None, (s, e), para, "gold", 1.0))
    trace, ranker.TRACE = ranker.TRACE, None
    index = {it["_index"]: it for it in gold}
    seen: set[int] = set()
    out: list[Example] = []
    for anaphor, options in trace:
        k = by_source.get(anaphor.start)
        if k is None or k in seen:
            continue
        seen.add(k)
        names = [None if ent == ranker.NOBODY else resolver.cast.entities[ent].name for ent, _ in options]
        right = [n for n, name in enumerate(names) if ss.speaker_correct(name, index[k])]
        if right and len(right) < len(options):
            out.append((art.fold, [dict(f) for _, f in options], right[0]))
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
    """The L2 strength with the best cross-validated choice accuracy (folds of the articles given)."""
    folds = sorted({g[0] for g in data})
    scores = {}
    for l2 in L2_GRID:
        right = 0.0
        for fold in folds:
            tr = [g for g in data if g[0] != fold]
            te = [g for g in data if g[0] == fold]
            right += accuracy(fit(tr, index, l2), te, index) * len(te)
        scores[l2] = right / max(1, len(data))
    best = max(scores, key=lambda k: (scores[k], k))
    return best, scores[best]


def train(arts: list[GoldArticle], log: bool = True) -> dict:
    """The ranker's model fitted on ``arts`` (the procedure of the module docstring)."""
    best: tuple[float, dict] | None = None
    w: dict[str, float] = {}  # the first round ranks with no weights: the nearest candidate wins
    for round_ in range(ROUNDS):
        data = examples(arts, w)
        index = feature_index(data)
        l2, cv = choose_l2(data, index)
        vec = fit(data, index, l2)
        w = {k: round(float(vec[n]), 4) for k, n in index.items() if abs(vec[n]) > 1e-4}
        if log:
            print(f"round {round_ + 1}: {len(data)} rankings, L2 {l2}, cross-validated accuracy {cv:.3f}")
        model = {
            "trained_on": "PolNeAR train canonical speakers",
            "articles": len(arts),
            "rankings": len(data),
            "l2": l2,
            "cross_validated_accuracy": round(cv, 4),
            "weights": w,
        }
        if best is None or cv > best[0]:
            best = (cv, model)
    assert best is not None
    return best[1]


def main() -> int:
    arts = gold_articles()
    model = train(arts)
    OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {model['articles']} articles, the round with the best cross-validated "
        f"accuracy ({model['cross_validated_accuracy']:.3f}, {len(model['weights'])} weights)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
