"""Group the golds whose lexicon cue no frame fires on by the step that ended the cue's turn and its
syntactic pattern (the words around the cue), largest group first.

python benchmarks/no_frame_patterns.py --split train            # the table
python benchmarks/no_frame_patterns.py --split train --show 'cue-frames: none' --n 40

The class is error_classes.py's "no overlap: cue in the lexicon, no frame fired". A gold whose cue
some raw proposal (``use_model=False``) holds is counted apart ("a frame fired, the model dropped it");
for the others the engine is re-run with each token step traced, and the gold's first listed cue word
is grouped by the step that ended its turn, the word before it and the word after it. Look at examples
on train only: dev is for measuring.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import error_classes as ec  # noqa: E402

from quotelens.attribution import engine as engine_module  # noqa: E402
from quotelens.attribution.context import SentenceView  # noqa: E402
from quotelens.attribution.engine import Engine  # noqa: E402
from quotelens.attribution.frames.headline import headline_sentences  # noqa: E402
from quotelens.attribution.words import AUXILIARY_HEADS, DETERMINERS, POSSESSIVES, QUOTE_TOKENS  # noqa: E402
from quotelens.lexicon import CUE_FORMS, SUBJECT_PRONOUNS  # noqa: E402
from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences  # noqa: E402

NOT_TRIED = "not tried"


class TracingEngine(Engine):
    """The engine, recording for each token start the step that ended its turn."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.ended_by: dict[int, str] = {}

    def _sentence(self, sent: SentenceView) -> None:
        steps = engine_module.TOKEN_STEPS
        traced = []
        for step in steps:

            def run(eng: Engine, s: SentenceView, i: int, step=step) -> bool:  # type: ignore[no-untyped-def]
                before = len(eng.attributions)
                done = step(eng, s, i)
                if done and s.tokens[i].start not in self.ended_by:
                    found = "found" if len(eng.attributions) > before else "none"
                    self.ended_by[s.tokens[i].start] = f"{step.__name__.strip('_')}: {found}"
                return done

            traced.append(run)
        engine_module.TOKEN_STEPS = tuple(traced)
        try:
            super()._sentence(sent)
        finally:
            engine_module.TOKEN_STEPS = steps


def word_class(tok: str | None) -> str:
    """A coarse class of the word next to a cue."""
    if tok is None:
        return "END"
    low = tok.lower()
    if low in QUOTE_TOKENS:
        return "QUOTE"
    if low in DETERMINERS:
        return "DET"
    if low in POSSESSIVES or low.endswith(("'s", "’s")):
        return "POSS"
    if low in SUBJECT_PRONOUNS:
        return "PRON"
    if low in AUXILIARY_HEADS:
        return "AUX"
    if low in CUE_FORMS:
        return "CUE"
    if low.endswith("ly") and len(low) > 4:
        return "ADV"
    if low in {"that", "to", "of", "for", "about", "on", "against", "and", "who", "which", "by", "as", "not"}:
        return low
    if not tok[0].isalnum():
        return tok
    return "Name" if tok[0].isupper() else "word"


def gold_patterns(doc: ec.sa.Doc) -> list[tuple[str, str]]:
    """(group, example) of each gold of the no-frame class."""
    _counts, shown = ec.classify(doc)
    golds = [g for g, (cls, _) in zip(doc.gold, shown, strict=False) if cls == ec.SHORT["lexicon-no-frame"]]
    if not golds:
        return []
    text = doc.text
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    eng = TracingEngine(text, paragraphs, regions, headline_sentences(text, paragraphs) + sentences, False, True)
    atts = eng.run()
    cues = [a.cue for a in atts if a.cue]
    tokens = [t for s in sentences for t in s.tokens]
    out = []
    for g in golds:
        spans = g.cue or []
        if any(cs < e and s < ce for cs, ce in cues for s, e in spans):
            out.append(("a frame fired, the model dropped it", ""))
            continue
        idx = [n for n, t in enumerate(tokens) for s, e in spans if s <= t.start < e and t.lower in CUE_FORMS]
        if not idx:
            out.append(("cue word not a token of the body", ""))
            continue
        n = idx[0]
        tok = tokens[n]
        step = eng.ended_by.get(tok.start, NOT_TRIED)
        prev = word_class(tokens[n - 1].text if n else None)
        nxt = word_class(tokens[n + 1].text if n + 1 < len(tokens) else None)
        ctx = text[max(0, tok.start - 80) : tok.end + 60].replace("\n", " ")
        src = " | ".join(text[s:e] for s, e in (g.source or []))
        out.append((f"{step} | {prev} _ {nxt}", f"[{doc.stem}] SRC={src!r} CUE={tok.text!r} …{ctx}…"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="train")
    ap.add_argument("--show", help="print examples of groups starting with this")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--top", type=int, default=50)
    args = ap.parse_args()
    docs = ec.sa.load_gold(str(ec.SHARED / "polnear" / args.split))
    groups: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for _stem, doc in sorted(docs.items()):
        for group, example in gold_patterns(doc):
            groups[group] += 1
            steps[group.split(" | ")[0]] += 1
            examples[group].append(example)
    print(f"| step ({args.split}) | golds |\n|---|---|")
    for s, c in steps.most_common():
        print(f"| {s} | {c:,} |")
    print(f"\n| step, word before _ word after ({args.split}) | golds |\n|---|---|")
    for g, c in groups.most_common(args.top):
        print(f"| {g} | {c:,} |")
    if args.show:
        for g, _ in groups.most_common():
            if g.startswith(args.show):
                print(f"\n## {g}")
                for line in examples[g][: args.n]:
                    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
