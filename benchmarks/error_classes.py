"""Count the engine's errors on a PolNeAR split by class (issue 23's error table), and show examples.

python benchmarks/error_classes.py --split dev              # the table
python benchmarks/error_classes.py --split train --show lexicon-no-frame --n 40

Each gold attribution is matched as the shared scorer matches (content Jaccard >= 0.5, then a source
that overlaps the gold source). A gold that is not counted correct falls in the first class that holds:
a final prediction matches its content but names another source (wrong source); a final prediction
overlaps it (too long / too short, by token count); a proposal of the frames before the confidence model
(``use_model=False``) would have been correct (dropped); it lies in the headline; its cue holds a word
the lexicon knows (no frame fired) or not (cue outside the lexicon). Predictions that overlap no gold
are counted apart. Look at examples on train only: dev is for measuring.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402

from quotelens import load_article  # noqa: E402
from quotelens.attribution import attributions_in, first_per_content  # noqa: E402
from quotelens.lexicon import CUE_FORMS  # noqa: E402

CLASSES = (
    "correct",
    "no overlap: cue outside the lexicon",
    "no overlap: cue in the lexicon, no frame fired",
    "predictions overlapping no gold",
    "a right proposal was dropped",
    "overlap, content too long",
    "right span, wrong source",
    "overlap, content too short",
    "no overlap: headline",
)
SHORT = dict(
    zip(
        ("correct", "outside", "lexicon-no-frame", "spurious", "dropped", "long", "source", "short", "headline"),
        CLASSES,
        strict=True,
    )
)


def _preds(doc: sa.Doc, spans: list[tuple[list[tuple[int, int]], tuple[int, int] | None]]) -> list[sa.Prediction]:
    return [sa.Prediction(doc.stem, c, [s] if s else None, None, None, None, n) for n, (c, s) in enumerate(spans)]


def classify(doc: sa.Doc) -> tuple[Counter[str], list[tuple[str, str]]]:
    """Class counts of one document and (class, example text) pairs."""
    art = load_article(doc.text, name=doc.stem)
    final = [
        ([tuple(f) for f in r["content"]] if isinstance(r["content"][0], list) else [tuple(r["content"])], r["source"])
        for r in art.scorer_records()
    ]
    final = [(c, tuple(s) if s else None) for c, s in final]
    cues = [r["cue"] for r in art.scorer_records()]  # (shown with a prediction that overlaps no gold)
    raw_atts = attributions_in(doc.text, use_model=False)
    raw = [(raw_atts[n].content, raw_atts[n].source) for n in first_per_content(raw_atts, skip_reader_only=False)]
    gold = doc.gold
    fp, rp = _preds(doc, final), _preds(doc, raw)
    gt = [sa.token_set(doc, g.content) for g in gold]
    ft = [sa.token_set(doc, p.content) for p in fp]
    rt = [sa.token_set(doc, p.content) for p in rp]
    m = sa._match_doc(doc, gold, fp)
    jac = {gi: pi for pi, gi in m["jaccard"].items()}
    ovl = {gi: pi for pi, gi in m["any_overlap"].items()}
    counts: Counter[str] = Counter()
    shown: list[tuple[str, str]] = []
    title_end = doc.text.find("\n")
    for gi, g in enumerate(gold):

        def ok(p: sa.Prediction, g: sa.GoldAttribution = g) -> bool:
            return (p.source is None) if g.source is None else sa._sources_overlap(doc, p.source, g.source)

        cls = ""
        if gi in jac:
            cls = CLASSES[0] if ok(fp[jac[gi]]) else CLASSES[6]
        elif gi in ovl:
            cls = CLASSES[5] if len(ft[ovl[gi]]) > len(gt[gi]) else CLASSES[7]
        elif any(2 * len(gt[gi] & t) >= len(gt[gi] | t) and gt[gi] & t and ok(p) for p, t in zip(rp, rt, strict=True)):
            cls = CLASSES[4]
        elif g.content[0][0] < title_end:
            cls = CLASSES[8]
        else:
            cue_words = {doc.text[s:e].lower() for s, e in (g.cue or []) for s, e in [(s, e)]}
            words = {w for c in cue_words for w in c.split()}
            cls = CLASSES[2] if words & set(CUE_FORMS) else CLASSES[1]
        counts[cls] += 1
        cue = " | ".join(doc.text[s:e] for s, e in (g.cue or []))
        src = " | ".join(doc.text[s:e] for s, e in (g.source or []))
        text = " … ".join(doc.text[s:e] for s, e in g.content)
        ours = ""
        if cls == CLASSES[6]:  # (the source we gave, beside the gold one)
            p = fp[jac[gi]]
            ours = f" OURS={doc.text[p.source[0][0] : p.source[0][1]] if p.source else ''!r}"
        elif cls in (CLASSES[5], CLASSES[7]):  # (the content we gave, beside the gold one)
            ours = f" OURS={' … '.join(doc.text[s:e] for s, e in fp[ovl[gi]].content)[:200]!r}"
        shown.append((cls, f"[{doc.stem}] SRC={src!r}{ours} CUE={cue!r} C={text[:200]!r}"))
    for p, t, cue in zip(fp, ft, cues, strict=True):
        if not any(t & x for x in gt):
            counts[CLASSES[3]] += 1
            src = doc.text[p.source[0][0] : p.source[0][1]] if p.source else ""
            said = " … ".join(doc.text[s:e] for s, e in p.content)[:200]
            shown.append((CLASSES[3], f"[{doc.stem}] SRC={src!r} CUE={_text_of(doc.text, cue)!r} C={said!r}"))
    return counts, shown


def _text_of(text: str, span: object) -> str:
    """The text of a scorer record's cue (a span, a list of spans or none)."""
    if not span:
        return ""
    spans = span if isinstance(span, list) and isinstance(span[0], list) else [span]
    return " | ".join(text[s:e] for s, e in spans)  # type: ignore[misc]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--show", choices=sorted(SHORT), help="print examples of this class")
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    docs = sa.load_gold(str(SHARED / "polnear" / args.split))
    total: Counter[str] = Counter()
    examples: list[str] = []
    for _stem, doc in sorted(docs.items()):
        counts, shown = classify(doc)
        total.update(counts)
        if args.show:
            examples.extend(t for c, t in shown if c == SHORT[args.show])
    print(f"| class ({args.split}) | count |\n|---|---|")
    for c in CLASSES:
        print(f"| {c} | {total[c]:,} |")
    for line in examples[: args.n]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
