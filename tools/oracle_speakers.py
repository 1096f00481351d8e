"""Where the speaker errors are, on PolNeAR *train* readings: missing candidates or a wrong ranking.

For every matched gold item (the train readings of ``tools/train_speakers.py``; dev is never read)
the attribution is resolved as ``load_article`` resolves it while the ranker records its rankings.
Each item falls in one class, counted per source kind:

* ``rule right`` / ``rule wrong``: no ranking decided it (a name, an anonymous phrase, a document);
* ``ranked right``: the ranker chose an option that names the gold entity;
* ``ranked below``: an option names the gold entity but another option scored higher;
* ``not a candidate``: no option names it (the oracle miss), split into ``entity known`` (the cast
  has an entity naming the gold, mentioned before the source) and ``no entity`` (nothing in the
  cast names it before the source).

Wrong items are also counted by how the engine's source span stands to the gold one (``same``, engine
span ``inside`` the gold, ``wider``, ``overlaps``, ``elsewhere``: another source matched by content,
``none``): a wrong speaker on a wrong span is the engine's to fix, not the resolver's. Look folds
(0-2) and unseen folds (3-4) of ``tools/cv_speakers.py`` are counted apart; only look items are listed.

    python tools/oracle_speakers.py [--kind pronoun] [--show N] [--class "not a candidate"]
    python tools/oracle_speakers.py --kind description --by-span
    python tools/oracle_speakers.py --kind description --show 60 --span inside   # look items, engine span shown
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_speakers as ts

from quotelens.speakers import ranker
from quotelens.speakers.model import SpeakerType

KINDS = ("name", "pronoun", "description", "organisation", "anonymous")
CLASSES = (
    "rule right",
    "rule wrong",
    "ranked right",
    "ranked below",
    "not a candidate: entity known",
    "not a candidate: no entity",
)


def _entity_names(resolver: object, ent: int) -> str | None:
    e = resolver.cast.entities[ent]  # type: ignore[attr-defined]
    return None if e.type is SpeakerType.ANONYMOUS else e.name


def classify_article(art: ts.GoldArticle) -> list[dict]:
    p = ts.prepared(art.stem)
    resolver = ts.prepare(p.text, p.paragraphs, p.sentences, p.regions)
    traced: dict[int, list] = {}
    original = resolver.resolve_one

    def recording(att: object) -> object:
        ranker.TRACE = []
        try:
            return original(att)  # type: ignore[arg-type]
        finally:
            traced[id(att)] = ranker.TRACE
            ranker.TRACE = None

    resolver.resolve_one = recording  # type: ignore[method-assign,assignment]
    choices = resolver.resolve(p.atts)
    preds = ts.predictions(p, resolver, choices)
    matched = ts.ss.match_doc(p.text, list(art.items), preds)
    out = []
    for it in art.items:
        pred = matched.get(it["_index"])
        if pred is None:
            continue
        att = p.atts[pred.line]
        right = ts.ss.speaker_correct(pred.speaker, it)
        trace = traced.get(id(att)) or []
        cls: str
        order: list[str | None] = []
        if not trace:
            cls = "rule right" if right else "rule wrong"
        else:
            _anaphor, options = trace[-1]
            names = [None if ent == ranker.NOBODY else _entity_names(resolver, ent) for ent, _ in options]
            scores = [ranker.score(f, ranker.weights()) for _, f in options]
            order = [names[k] for k in sorted(range(len(names)), key=lambda k: -scores[k])]
            if right:
                cls = "ranked right"
            elif any(ts.ss.speaker_correct(n, it) for n in names):
                cls = "ranked below"
            else:
                s = att.source[0] if att.source else 0
                known = any(
                    e.type is not SpeakerType.ANONYMOUS
                    and ts.ss.speaker_correct(e.name, it)
                    and resolver.cast.count_before(e.id, s)
                    for e in resolver.cast.entities
                )
                cls = "not a candidate: " + ("entity known" if known else "no entity")
        out.append(
            {
                "doc": art.stem,
                "fold": art.fold,
                "kind": it["source_kind"],
                "source": it.get("source_text", ""),
                "span": _span_relation(att.source, it["source"]),
                "engine_source": p.text[att.source[0] : att.source[1]] if att.source else "",
                "gold": it["canonical"],
                "pred": pred.speaker,
                "class": cls,
                "options": order[:4],
                "path": choices[pred.line].path,
            }
        )
    return out


def _span_relation(engine: tuple[int, int] | None, gold: list[list[int]]) -> str:
    """How the engine's source span stands to the gold one: same, inside, wider, elsewhere, none."""
    if engine is None:
        return "none"
    gs, ge = gold[0][0], gold[-1][1]
    s, e = engine
    if (s, e) == (gs, ge):
        return "same"
    if gs <= s and e <= ge:
        return "inside"
    if s <= gs and ge <= e:
        return "wider"
    return "overlaps" if s < ge and gs < e else "elsewhere"


def by_span(rows: list[dict], kind: str | None) -> str:
    """Wrong items (of ``kind``, or all) by the span's relation to the gold and the class, look vs unseen."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        if r["class"] in ("rule right", "ranked right") or (kind and r["kind"] != kind):
            continue
        where = "look" if r["fold"] in (0, 1, 2) else "unseen"
        counts[(where, "same span" if r["span"] == "same" else "span " + r["span"], r["class"])] += 1
    lines = [f"wrong {kind or 'items'} by source span and class (look folds 0-2 / unseen 3-4)"]
    keys = sorted({(span, cls) for _, span, cls in counts})
    for span, cls in keys:
        lines.append(f"  {span:16} {cls:30} {counts[('look', span, cls)]:>5} {counts[('unseen', span, cls)]:>5}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kind", help="only this source kind")
    ap.add_argument("--show", type=int, default=0, help="list N items of --class (look folds 0-2 only)")
    ap.add_argument("--by-span", action="store_true", help="wrong items by span relation and class")
    ap.add_argument("--class", dest="cls", default="not a candidate", help="the class to list (a prefix)")
    ap.add_argument("--span", help="with --show: list wrong items whose span relation is this (not 'same')")
    args = ap.parse_args()
    rows = [r for art in ts.gold_articles() for r in classify_article(art)]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        counts[r["kind"]][r["class"]] += 1
        counts["all"][r["class"]] += 1
    print(f"{'kind':13}" + "".join(f"{c[:26]:>28}" for c in CLASSES) + f"{'matched':>9}")
    for kind in (*KINDS, "all"):
        c = counts[kind]
        total = sum(c.values())
        print(f"{kind:13}" + "".join(f"{c[k]:>20} ({c[k] / max(1, total):.3f})" for k in CLASSES) + f"{total:>9}")
    if args.by_span:
        print(by_span(rows, args.kind))
    if args.show:
        shown = [
            r
            for r in rows
            if r["fold"] in (0, 1, 2)
            and (not args.kind or r["kind"] == args.kind)
            and (
                r["class"].startswith(args.cls)
                if args.span is None
                else r["span"] == args.span and r["class"] not in ("rule right", "ranked right")
            )
        ]
        for r in shown[: args.show]:
            print(f"- {r['doc'][:28]} {r['kind'][:4]} {r['source'][:30]!r} gold={r['gold']!r} pred={r['pred']!r}")
            print(f"    engine={r['engine_source'][:60]!r} span={r['span']} class={r['class']!r}")
            print(f"    options={r['options']} path={r['path'][:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
