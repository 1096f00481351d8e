"""Break down the error class "no overlap: cue outside the lexicon" (benchmarks/error_classes.py): what the
gold cues are, what the cue tagger scored them, and where the tagged-cue frame stopped.

python benchmarks/outside_cues.py --split train            # (look at train; dev is for measuring)
python benchmarks/outside_cues.py --split train --folds    # margins from taggers fitted on the other half

For every gold attribution of the class (the engine's final output overlaps it nowhere and its cue holds
no lexicon word) it prints three tables:

1. the cue's shape: one word or several, and what its first word is (a preposition, an auxiliary, a
   finite verb form by its ending, a base form after an auxiliary, another word);
2. the highest cue-tagger margin over the cue's words, in steps (``--folds``: each train article read
   with a tagger fitted on the other half, as ``tools/train_confidence.py`` reads them, so the margins are
   out of sample; without it the shipped tagger, which has seen every train article);
3. the furthest gate of the tagged-cue frame (:meth:`TaggedCues._tagged_unlisted_verb`) any cue word
   passes, in the frame's order: ``shape`` (no finite verb form and no base form after an auxiliary),
   ``skip`` (the word's own features under the tagger's skip bound), ``that/colon`` (left to the
   unlisted-verb frames), ``quoted``, ``margin`` (under the frame's gate), ``frame`` (the frame found no
   subject and content, or one the scorer does not match).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import error_classes  # noqa: E402
import score_attributions as sa  # noqa: E402

from quotelens.attribution.frames.tagged_cues import TAGGED_MARGIN, base_after_aux  # noqa: E402
from quotelens.attribution.verbs import could_be_unlisted_verb  # noqa: E402
from quotelens.cuetagger import CueTagger, article_units, load_tagger  # noqa: E402
from quotelens.segment import RegionIndex, Token  # noqa: E402

PREPOSITIONS = frozenset("in for of about from to on by under among with at over against as like into after".split())
AUXILIARIES = frozenset(
    "has have had is are was were be been would will can could should must may might do does did who".split()
)
GATES = ("frame", "margin", "quoted", "that/colon", "skip", "shape", "punctuation")  # furthest first
STEPS = (4.0, 2.0, 0.0, -1.0, -2.0, -4.0)


def cue_shape(words: Sequence[str], verb_form: bool, base_form: bool) -> str:
    """The shape of a cue from its lower-cased words; ``verb_form``: its first word passes the engine's
    shape test of an unlisted finite verb, ``base_form``: it is a base form after an auxiliary."""
    if not words:
        return "punctuation only"
    first = words[0]
    if words[-2:] == ["according", "to"]:
        return "according to"
    if first in PREPOSITIONS:
        return "preposition" + (" + more" if len(words) > 1 else "")
    if first in AUXILIARIES or first.endswith(("n't", "n’t")):
        return "auxiliary + verb group" if len(words) > 1 else "auxiliary alone"
    size = "one word" if len(words) == 1 else "several words"
    if verb_form:
        return f"{size}: finite verb form (-ed/-s)"
    if base_form:
        return f"{size}: base form after an auxiliary"
    if first.endswith("ing"):
        return f"{size}: -ing form"
    return f"{size}: other first word (base form, noun, adjective, irregular past)"


def tagged_gate(tagger: CueTagger, toks: Sequence[Token], i: int, quoted: bool) -> str:
    """The gate of the tagged-cue frame where word ``i`` stops (``frame`` when it passes them all), in
    the order of :meth:`TaggedCues._tagged_unlisted_verb`."""
    tok = toks[i]
    if not tok.is_word:
        return "punctuation"
    if not (could_be_unlisted_verb(tok) or base_after_aux(list(toks), i)):
        return "shape"
    if tagger.word_score(tok.text) < tagger.skip_below:
        return "skip"
    if i + 1 < len(toks) and toks[i + 1].lower in {"that", ":"}:
        return "that/colon"
    if quoted:
        return "quoted"
    margin = tagger.margin_at(toks, i, False)
    return "margin" if margin is None or margin <= TAGGED_MARGIN else "frame"


def margin_step(margin: float | None) -> str:
    if margin is None:
        return "skipped"
    return next((f"> {s:+g}" for s in STEPS if margin > s), f"<= {STEPS[-1]:+g}")


def outside_rows(doc: sa.Doc, tagger: CueTagger) -> list[tuple[str, str, str, str]]:
    """(shape, margin step, gate, cue text) of every gold of the class in one document."""
    _, shown = error_classes.classify(doc)
    sentences, regions = article_units(doc.text)
    index = RegionIndex(regions)
    out = []
    for (cls, _), gold in zip(shown, doc.gold, strict=False):
        if cls != error_classes.CLASSES[1] or not gold.cue:
            continue
        cue = [tuple(c) for c in gold.cue]
        words: list[tuple[Token, Sequence[Token], int, bool]] = []
        for sent in sentences:
            for i, t in enumerate(sent.tokens):
                if any(t.start < e and s < t.end for s, e in cue):
                    words.append((t, sent.tokens, i, index.at(t.start) is not None))
        lows = [t.lower for t, _, _, _ in words if re.search(r"\w", t.text)]
        first = next(((t, toks, i) for t, toks, i, _ in words if t.is_word), None)
        verb = first is not None and could_be_unlisted_verb(first[0])
        base = first is not None and base_after_aux(list(first[1]), first[2])
        margins = [tagger.margin_at(toks, i, q) for t, toks, i, q in words if t.is_word]
        best = max((m for m in margins if m is not None), default=None)
        gates = {tagged_gate(tagger, toks, i, q) for t, toks, i, q in words}
        gate = next((g for g in GATES if g in gates), "punctuation")
        out.append((cue_shape(lows, verb, base), margin_step(best), gate, " ".join(t.text for t, *_ in words)))
    return out


def table(title: str, counts: Counter[str]) -> None:
    print(f"\n| {title} | count |\n|---|---|")
    for key, n in counts.most_common():
        print(f"| {key} | {n:,} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="train")
    ap.add_argument("--folds", action="store_true", help="out-of-fold taggers (train only; fits two, minutes)")
    args = ap.parse_args()
    gold_dir = SHARED / "polnear" / args.split
    docs = sa.load_gold(str(gold_dir))
    taggers = {0: load_tagger(), 1: load_tagger()}
    if args.folds:
        if args.split != "train":
            ap.error("--folds reads train with taggers fitted on its other half")
        import train_cue_tagger

        taggers = train_cue_tagger.fold_taggers(gold_dir)
    rows = [r for d, stem in enumerate(sorted(docs)) for r in outside_rows(docs[stem], taggers[d % 2])]
    print(f"# cue outside the lexicon, {args.split}: {len(rows):,} gold attributions")
    table("cue shape", Counter(r[0] for r in rows))
    table("highest tagger margin over the cue's words", Counter(r[1] for r in rows))
    table("furthest gate of the tagged-cue frame", Counter(r[2] for r in rows))
    table("commonest cues", Counter(dict(Counter(r[3].lower() for r in rows).most_common(25))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
