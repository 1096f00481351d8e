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

import score_attributions as sa  # noqa: E402
from choice_fit import accuracy, fit_choice  # noqa: E402
from train_boundary import feature_index, fold_fits, to_weights, two_fold_l2  # noqa: E402

from quotelens.attribution import attributions_in  # noqa: E402

OUT = ROOT / "quotelens" / "data" / "starts.json"
Data = list[tuple[int, list[dict[str, float]], int]]
RULES_START = ("rel=at", "open:keep")  # (the rules' start among the candidates, any frame's: "participle:rel=at")


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
    rule_right = sum(int(any(k.endswith(RULES_START) for k in cands[gold])) for _, cands, gold in data) / len(data)
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
