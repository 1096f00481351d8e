"""The engine on PolNeAR *train* with every learned part that decides contents held out by outlet.

``tools/choice_oof.py`` holds the end and start choosers out but keeps the shipped confidence model,
which was fitted on every train document (its proposals, though read with out-of-fold choosers, are
the train documents' own): a confidence model retrained on new candidates is scored there in sample.
Here each outlet's documents also take their confidence model from one fitted on the other six
outlets' proposals (``tools/train_confidence.py``'s proposals, fit and L2; the drop threshold chosen
as it chooses it, on out-of-fold probabilities of those six: ``tools/outlet_cv.py``), so a change to
the candidates and a retrained confidence model are judged together on outlets neither has seen.
The confidence proposals are cached (``--cache``) like outlet_cv's. Train only: dev is never read.

    python tools/heldout_oof.py --cache /tmp/props.pkl            # --l2 3: another confidence L2
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import choice_oof  # noqa: E402
import outlet_cv  # noqa: E402
import train_boundary  # noqa: E402
import train_starts  # noqa: E402

from quotelens import boundary, confidence, load_article, starts  # noqa: E402


def confidence_folds(cache: Path, l2: float) -> dict[str, tuple[dict[str, float], float]]:
    """For each outlet, (weights, threshold) of a confidence model fitted on the other outlets."""
    props = outlet_cv.load(cache)
    x, names = outlet_cv.matrix(props.feats)
    outlet_rows = props.outlet_of_rows()
    out = {}
    for o in sorted(set(props.outlets)):
        tr = outlet_rows != o
        y = props.labels[tr]
        t = outlet_cv.choose_threshold(
            x[tr], y, props.doc_of[tr], props.gold_per_doc, props.sources[tr], outlet_cv.logistic(l2)
        )
        w = outlet_cv.tc.fit(x[tr], y, l2)
        out[o] = ({k: float(w[n]) for n, k in enumerate(names) if abs(w[n]) > 1e-4}, t)
        print(f"{o}: confidence threshold {t:.2f}", file=sys.stderr)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the confidence proposals (made when missing)")
    ap.add_argument("--l2", type=float, default=None, help="the confidence model's L2 (default: the shipped one's)")
    args = ap.parse_args()
    gold = choice_oof.SHARED / "polnear" / "train"
    names = choice_oof.outlets(gold)
    ends = choice_oof.fold_fits(train_boundary.groups(gold), names, json.loads(boundary.WEIGHTS.read_text())["l2"])
    begins = choice_oof.fold_fits(train_starts.groups(gold), names, json.loads(starts.WEIGHTS.read_text())["l2"])
    l2 = args.l2 if args.l2 is not None else json.loads(confidence.WEIGHTS.read_text())["l2"]
    models = confidence_folds(args.cache, l2)
    shipped = (confidence._weights, confidence.threshold)
    files = sorted(gold.glob("*.txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for d, f in enumerate(files):
            boundary.override_weights(ends[names[d]])
            starts.override_weights(begins[names[d]])
            w, t = models[names[d]]
            confidence._weights = lambda w=w: w  # type: ignore[assignment]
            confidence.threshold = lambda t=t: t  # type: ignore[assignment]
            for rec in load_article(f, name=f.stem).scorer_records():
                fh.write(json.dumps(rec) + "\n")
        pred = fh.name
    boundary.override_weights(None)
    starts.override_weights(None)
    confidence._weights, confidence.threshold = shipped
    sys.stdout.write(choice_oof.sa.format_table(choice_oof.sa.score(str(gold), pred)))
    return 0


if __name__ == "__main__":
    np.seterr(over="ignore")
    sys.exit(main())
