"""Fit the cue tagger on PolNeAR *train* cue annotations (never dev) and write its weights.

    python tools/train_cue_tagger.py                 # writes quotelens/data/cue_tagger.json
    python tools/train_cue_tagger.py --out /tmp/t.json

A word token is a cue when it overlaps the cue span of a gold attribution (the scorer's reading of
the ``.ann`` files: events with a content). Texts are segmented as the engine segments them
(:func:`quotelens.cuetagger.article_units`: headline and body sentences, quoted regions).
Deterministic: a fixed seed, sorted documents and sorted JSON, so a second run writes the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions  # noqa: E402

from quotelens.cuetagger import (  # noqa: E402
    DATA_PATH,
    CueTagger,
    article_units,
    tagger_json,
    token_features,
    word_features,
)
from quotelens.segment import RegionIndex  # noqa: E402

EPOCHS = 5
SEED = 20261202
# A feature must occur in this many train tokens to get a weight at all; weights at or under PRUNE
# are dropped, and at most MAX_WEIGHTS kept (a size guard: the file stays a few hundred KB).
# MIN_COUNT was chosen on train alone (fitted on 4/5 of the train articles, measured on the other
# 1/5): 40 gave the best out-of-lexicon recall at this size (5 with the 12,000 largest weights kept:
# out-of-lexicon token P 0.510 / R 0.164; 40: 0.622 / 0.196 with 14,456 weights; 80: 0.643 / 0.173).
MIN_COUNT = 40
PRUNE = 0.1
MAX_WEIGHTS = 16000


def cue_offsets(doc: score_attributions.Doc) -> list[tuple[int, int]]:
    """The character spans of the gold cues of one document, sorted."""
    return sorted((s, e) for g in doc.gold if g.cue for s, e in g.cue)


def labelled_tokens(text: str, cues: list[tuple[int, int]]) -> Iterator[tuple[list[str], bool]]:
    """(features, is_cue) for every word token of the text's headline and body sentences."""
    sentences, regions = article_units(text)
    index = RegionIndex(regions)
    cue_chars = {c for s, e in cues for c in range(s, e)}
    for sent in sentences:
        toks = sent.tokens
        for i, tok in enumerate(toks):
            if tok.is_word:
                gold = any(c in cue_chars for c in range(tok.start, tok.end))
                yield token_features(toks, i, index.at(tok.start) is not None), gold


def fit_perceptron(
    examples: Sequence[tuple[Sequence[int], bool]], n_features: int, epochs: int = 5, seed: int = 0
) -> list[float]:
    """Averaged perceptron weights for ``(feature ids, is_cue)`` examples; same inputs, same weights.

    The examples are visited in an order shuffled by ``seed`` each epoch; the average is kept
    with the usual timestamp trick (each weight times the steps it lived), so an update costs
    the example's features, not the vocabulary.
    """
    w = [0.0] * n_features
    total = [0.0] * n_features  # each weight summed over the steps up to stamp[f]
    stamp = [0] * n_features
    rng = random.Random(seed)
    order = list(range(len(examples)))
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = examples[k]
            step += 1
            if (sum(w[f] for f in feats) > 0.0) == gold:
                continue
            delta = 1.0 if gold else -1.0
            for f in feats:
                total[f] += (step - stamp[f]) * w[f]
                stamp[f] = step
                w[f] += delta
    return [(total[f] + (step - stamp[f]) * w[f]) / max(step, 1) for f in range(n_features)]


def train_tagger(
    labelled: Sequence[tuple[list[str], bool]],
    epochs: int = 5,
    seed: int = 0,
    prune: float = 0.0,
    min_count: int = 1,
    max_weights: int | None = None,
) -> CueTagger:
    """Fit a tagger on ``(features, is_cue)`` pairs.

    Features seen in fewer than ``min_count`` examples are left out before fitting (rare words
    and bigrams would otherwise be memorised); weights with ``|w| <= prune`` are dropped after.
    """
    counts: dict[str, int] = {}
    for feats, _ in labelled:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab: dict[str, int] = {}
    for f, n in counts.items():  # (insertion order: the order of the examples, so deterministic)
        if n >= min_count:
            vocab[f] = len(vocab)
    examples = [([vocab[f] for f in feats if f in vocab], gold) for feats, gold in labelled]
    weights = fit_perceptron(examples, len(vocab), epochs, seed)
    kept = {f: round(weights[i], 3) for f, i in vocab.items() if abs(weights[i]) > prune}
    if max_weights is not None and len(kept) > max_weights:  # a size budget: the largest weights stay
        kept = dict(sorted(kept.items(), key=lambda fw: (-abs(fw[1]), fw[0]))[:max_weights])
    meta: dict[str, object] = {
        "epochs": epochs,
        "seed": seed,
        "prune": prune,
        "min_count": min_count,
        "max_weights": max_weights,
        "examples": len(examples),
    }
    tagger = CueTagger({f: w for f, w in kept.items() if w != 0.0}, 0.0, meta)
    tagger.skip_below = skip_bound(tagger, labelled)
    return tagger


def skip_bound(tagger: CueTagger, labelled: Sequence[tuple[list[str], bool]], keep: float = 0.99) -> float:
    """The first-stage score (a word's own features, and whether it is quoted) under which a word is
    skipped, so that ``keep`` of the tokens the full model tags as cues in ``labelled`` are still
    scored (each feature list starts with :func:`word_features`)."""
    get = tagger.weights.get
    own = []
    for feats, _ in labelled:
        n = len(word_features(feats[1][2:]))  # (feats[1] is "w=" + the word)
        if sum(get(f, 0.0) for f in feats) > tagger.threshold:
            first = feats[:n] + [f for f in ("inq", "inq&lex") if f in feats[n:]]
            own.append(sum(get(f, 0.0) for f in first))
    if not own:
        return float("-inf")
    own.sort()
    return round(own[int((1.0 - keep) * len(own))] - 0.001, 3)


def fold_taggers(gold: Path = SHARED / "polnear" / "train") -> dict[int, CueTagger]:
    """For each fold (document number % 2 over the sorted train documents, as the confidence model's
    cross-validation splits them), a tagger fitted on the other fold's documents only."""
    docs = score_attributions.load_gold(str(gold))
    per_doc = [list(labelled_tokens(docs[stem].text, cue_offsets(docs[stem]))) for stem in sorted(docs)]
    out = {}
    for fold in (0, 1):
        labelled = [ex for d, exs in enumerate(per_doc) if d % 2 != fold for ex in exs]
        out[fold] = train_tagger(
            # (half the documents: half the count a feature needs to get a weight)
            labelled,
            epochs=EPOCHS,
            seed=SEED,
            prune=PRUNE,
            min_count=MIN_COUNT // 2,
            max_weights=MAX_WEIGHTS,
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "polnear" / "train")
    ap.add_argument("--out", type=Path, default=DATA_PATH)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--prune", type=float, default=PRUNE)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument("--max-weights", type=int, default=MAX_WEIGHTS)
    args = ap.parse_args()
    if args.gold.name == "dev":
        ap.error("the tagger is fitted on train only; dev is for measuring")
    docs = score_attributions.load_gold(str(args.gold))
    labelled = [ex for stem in sorted(docs) for ex in labelled_tokens(docs[stem].text, cue_offsets(docs[stem]))]
    tagger = train_tagger(
        labelled,
        epochs=args.epochs,
        seed=SEED,
        prune=args.prune,
        min_count=args.min_count,
        max_weights=args.max_weights,
    )
    tagger.meta["trained_on"] = f"PolNeAR {args.gold.name}: {len(docs)} articles"
    text = tagger_json(tagger)
    args.out.write_text(text, encoding="utf-8")
    positives = sum(1 for _, g in labelled if g)
    print(
        f"{len(labelled)} word tokens, {positives} cue tokens; {len(tagger.weights)} weights kept; "
        f"{len(text.encode()) / 1024:.0f} KB -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
