"""Canonical speakers on PolNeAR *train*, in-sample against held-out, by article (never reads dev).

Every train article with a canonical reading (``tools/train_speakers.py``'s gold: train-canonical,
plus ``tools/data/train-canonical-extra.json`` and ``train-canonical-more.json`` when present) falls
into one of five folds by a hash of its name. For each fold the whole ranker procedure of
``train_speakers.train`` (four rounds, its own inner choice of L2) runs on the other folds' articles
and the fold's articles are resolved with those weights and scored as ``score_speakers.py`` scores
them: that is the **held-out** figure. **In-sample** is the model fitted on every article, scored on
every article. A gap between the two is what the ranker learned about the sample rather than the
mechanism.

Hand-written rules are not fitted, so for them the split that matters is which articles a rule was
written from. ``--look`` names the folds whose errors may be read while writing rules (default 0, 1
and 2, of every reading); the articles of the other folds are **unseen**: their errors are never
printed (``--show-errors`` lists only look articles) and a rule change is judged by its effect on
them. The unseen articles of ``train-canonical-more.json`` are the strictest test: no rule of either
round was written from them.

    python tools/cv_speakers.py                       # in-sample and held-out tables (~3-5 min)
    python tools/cv_speakers.py --packaged            # the packaged weights on every article (fast)
    python tools/cv_speakers.py --packaged --show-errors 40 --kind description
    python tools/cv_speakers.py --json /tmp/cv.json   # per-item results, to compare two versions
    python tools/cv_speakers.py --packaged --compare /tmp/before.json   # what a change did, look vs unseen
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_speakers as ts

from quotelens.speakers import ranker

KINDS = ("name", "pronoun", "description", "organisation", "anonymous")
TYPES = ("person", "organisation", "group", "document", "anonymous")


def score_articles(arts: list[ts.GoldArticle], w: dict[str, float] | None) -> list[dict]:
    """One record per gold item: matched, correct, and what was predicted (weights ``w``, None: packaged)."""
    ranker.use_weights(w)
    out = []
    try:
        for art in arts:
            p = ts.prepared(art.stem)
            resolver, choices = ts.resolved(p)
            matched = ts.ss.match_doc(p.text, list(art.items), ts.predictions(p, resolver, choices))
            for it in art.items:
                pred = matched.get(it["_index"])
                out.append(
                    {
                        "doc": art.stem,
                        "reading": art.reading,
                        "fold": art.fold,
                        "source_text": it.get("source_text", ""),
                        "source_kind": it["source_kind"],
                        "entity_type": it.get("entity_type") or ts.ss.guess_entity_type(it["canonical"]),
                        "canonical": it["canonical"],
                        "matched": pred is not None,
                        "speaker": pred.speaker if pred is not None else None,
                        "correct": pred is not None and ts.ss.speaker_correct(pred.speaker, it),
                    }
                )
    finally:
        ranker.use_weights(None)
    return out


def held_out(arts: list[ts.GoldArticle]) -> list[dict]:
    out = []
    for fold in range(ts.FOLDS):
        train = [a for a in arts if a.fold != fold]
        test = [a for a in arts if a.fold == fold]
        model = ts.train(train, log=False)
        print(f"fold {fold}: {len(train)} articles to fit, {len(test)} held out", file=sys.stderr)
        out += score_articles(test, model["weights"])
    return out


def table(rows: list[dict], title: str) -> str:
    def cell(sel: list[dict]) -> str:
        m = [r for r in sel if r["matched"]]
        right = sum(r["correct"] for r in m)
        return f"{right / len(m):.3f} ({len(m)})" if m else "   -     "

    lines = [f"{title:22} {'all':>12} " + " ".join(f"{k[:11]:>12}" for k in KINDS + TYPES)]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["reading"]].append(r)
        groups["all"].append(r)
    for name, sel in sorted(groups.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        cells = [cell(sel)]
        cells += [cell([r for r in sel if r["source_kind"] == k]) for k in KINDS]
        cells += [cell([r for r in sel if r["entity_type"] == t]) for t in TYPES]
        lines.append(f"{name[:22]:22} " + " ".join(f"{c:>12}" for c in cells))
    return "\n".join(lines)


def compare(before: list[dict], after: list[dict], look: set[str], label: str) -> str:
    """Items newly right or newly wrong, counted for look and unseen articles (listed for look only)."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    listed = []
    for old, new in zip(before, after, strict=True):
        if old["correct"] == new["correct"]:
            continue
        where = "look" if new["doc"] in look else "unseen"
        for k in (new["source_kind"], "all"):
            counts[(where, k)][0 if new["correct"] else 1] += 1
        if where == "look":
            sign = "+" if new["correct"] else "-"
            listed.append(
                f"  {sign} {new['doc'][:30]} {new['source_text'][:30]!r} gold={new['canonical'][:30]!r} "
                f"was={old['speaker']!r} now={new['speaker']!r}"
            )
    lines = [f"{label}: changed items (+ right now / - wrong now)"]
    for (where, k), (plus, minus) in sorted(counts.items()):
        lines.append(f"  {where:6} {k:12} +{plus} -{minus}")
    return "\n".join(lines + listed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--packaged", action="store_true", help="score the packaged weights only (no refitting)")
    ap.add_argument("--look", default="0,1,2", help="folds whose errors may be read")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="wrong speakers of look articles")
    ap.add_argument("--kind", help="only errors of this source kind or entity type")
    ap.add_argument("--json", metavar="PATH", help="write the per-item records")
    ap.add_argument("--compare", metavar="PATH", help="items that changed against an earlier --json")
    args = ap.parse_args()
    arts = ts.gold_articles()
    look = {int(f) for f in args.look.split(",") if f}
    seen = [a for a in arts if a.fold in look]
    unseen = [a for a in arts if a not in seen]
    records: dict[str, list[dict]] = {}
    if args.packaged:
        records["packaged"] = score_articles(arts, None)
    else:
        records["in-sample"] = score_articles(arts, ts.train(arts, log=False)["weights"])
        records["held-out"] = held_out(arts)
    names = {a.stem for a in seen}
    for label, rows in records.items():
        print(table(rows, label))
        print(table([r for r in rows if r["doc"] in names], f"{label}, look articles"))
        print(table([r for r in rows if r["doc"] not in names], f"{label}, unseen articles"))
        print()
    print(f"{len(arts)} articles: {len(seen)} look (folds {sorted(look)}), {len(unseen)} unseen")
    if args.json:
        Path(args.json).write_text(json.dumps(records, indent=0) + "\n", encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        for label, rows in records.items():
            if label in before:
                print(compare(before[label], rows, names, label))
    if args.show_errors:
        rows = next(iter(records.values()))
        wrong = [r for r in rows if r["doc"] in names and r["matched"] and not r["correct"]]
        if args.kind:
            wrong = [r for r in wrong if args.kind in (r["source_kind"], r["entity_type"])]
        for r in wrong[: args.show_errors]:
            print(
                f"  {r['doc'][:34]} {r['source_kind'][:4]} {r['source_text'][:34]!r} "
                f"gold={r['canonical']!r} pred={r['speaker']!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
