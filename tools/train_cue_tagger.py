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
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions  # noqa: E402

from quotelens.cuetagger import DATA_PATH, article_units, tagger_json, token_features, train_tagger  # noqa: E402
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
