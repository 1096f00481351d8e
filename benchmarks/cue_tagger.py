"""The cue tagger's own cue precision / recall on a PolNeAR split, beside the lexicon alone, and its cost.

python benchmarks/cue_tagger.py --split dev      # (train: how well it fits what it was fitted on)

Gold cues are the cue spans of the scorer's gold attributions (events with a content). Printed:

1. token level (word tokens of the engine's headline and body sentences): the tagger, the lexicon
   alone (every token whose lower-cased form the cue lexicon knows) and both together;
2. span level: a gold cue span is found when a proposal overlaps it (``overlap``) or covers exactly
   its word tokens (``exact``); a proposal is right when it overlaps a gold cue;
3. split by whether the lexicon knows the cue (any of its words): recall of the cues outside the
   lexicon, and the precision of the tagger's proposals that hold no lexicon word;
4. the tagger's recall and precision at other margin thresholds (a measurement; the shipped
   threshold is 0, the perceptron's own);
5. the engine's misses (gold attributions no engine prediction overlaps) whose cue the tagger finds,
   and the lexicon words no engine cue covers (where new frames would look) that the tagger keeps;
6. cost: ``load_article`` and the tagger alternated article by article in one process (ratio).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402

from quotelens import load_article  # noqa: E402
from quotelens.cuetagger import article_units, in_lexicon, load_tagger, propose_cues  # noqa: E402
from quotelens.segment import RegionIndex  # noqa: E402

_WORD = re.compile(r"\w+")
THRESHOLDS = (-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0)


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> str:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} ({tp_p}/{n_pred})  R {r:.3f} ({tp_g}/{n_gold})  F1 {f:.3f}"


def doc_tokens(doc: sa.Doc) -> list[tuple[int, int, str, float, bool, int]]:
    """(start, end, lower, margin, gold, sentence) of every word token the tagger reads."""
    tagger = load_tagger()
    sentences, regions = article_units(doc.text)
    index = RegionIndex(regions)
    cue_chars = {c for g in doc.gold if g.cue for s, e in g.cue for c in range(s, e)}
    out = []
    for k, sent in enumerate(sentences):
        scores = tagger.score_tokens(sent.tokens, [index.at(t.start) is not None for t in sent.tokens])
        for t, m in zip(sent.tokens, scores, strict=True):
            if t.is_word:  # (a word the tagger skipped has no margin: below every threshold)
                gold = any(c in cue_chars for c in range(t.start, t.end))
                out.append((t.start, t.end, t.lower, m if m is not None else float("-inf"), gold, k))
    return out


def token_table(rows: list[tuple[int, int, str, float, bool, int]], n_gold_words: int) -> None:
    print("## token level (word tokens of headline and body sentences)\n")
    print(f"gold cue word tokens: {n_gold_words}, of which in the tagged sentences: {sum(r[4] for r in rows)}")
    variants = {
        "lexicon alone": lambda r: in_lexicon(r[2]),
        "tagger": lambda r: r[3] > 0.0,
        "tagger or lexicon": lambda r: r[3] > 0.0 or in_lexicon(r[2]),
    }
    for name, pred in variants.items():
        tp = sum(1 for r in rows if r[4] and pred(r))
        n_pred = sum(1 for r in rows if pred(r))
        print(f"{name:18s} {prf(tp, n_pred, tp, n_gold_words)}")
    for known, label in ((True, "gold tokens the lexicon knows"), (False, "gold tokens outside the lexicon")):
        sub = [r for r in rows if in_lexicon(r[2]) == known]
        tp = sum(1 for r in sub if r[4] and r[3] > 0.0)
        n_pred = sum(1 for r in sub if r[3] > 0.0)
        n_gold = sum(1 for r in sub if r[4])
        print(f"  tagger on {label:32s} {prf(tp, n_pred, tp, n_gold)}")
    print("\nmargin threshold (tagger, token level):")
    for th in THRESHOLDS:
        tp = sum(1 for r in rows if r[4] and r[3] > th)
        n_pred = sum(1 for r in rows if r[3] > th)
        out_tp = sum(1 for r in rows if r[4] and r[3] > th and not in_lexicon(r[2]))
        out_pred = sum(1 for r in rows if r[3] > th and not in_lexicon(r[2]))
        out_gold = sum(1 for r in rows if r[4] and not in_lexicon(r[2]))
        print(
            f"  > {th:+.1f}: {prf(tp, n_pred, tp, n_gold_words)};  outside the lexicon: {prf(out_tp, out_pred, out_tp, out_gold)}"
        )


def runs(rows: list[tuple[int, int, str, float, bool, int]], pred: object) -> list[tuple[int, int, bool]]:
    """Adjacent predicted word tokens of one sentence joined: (start, end, a lexicon word in it)."""
    out: list[tuple[int, int, bool]] = []
    last = None
    for k, r in enumerate(rows):
        if not pred(r):  # type: ignore[operator]
            continue
        if last == k - 1 and rows[k - 1][5] == r[5] and out:
            s, _, lex = out[-1]
            out[-1] = (s, r[1], lex or in_lexicon(r[2]))
        else:
            out.append((r[0], r[1], in_lexicon(r[2])))
        last = k
    return out


def gold_spans(doc: sa.Doc) -> list[tuple[tuple[tuple[int, int], ...], bool]]:
    """Distinct gold cue spans with whether the lexicon knows any of their words."""
    seen: dict[tuple[tuple[int, int], ...], bool] = {}
    for g in doc.gold:
        if g.cue:
            key = tuple(g.cue)
            words = [m.group().lower() for s, e in key for m in _WORD.finditer(doc.text, s, e)]
            seen[key] = any(in_lexicon(w) for w in words)
    return list(seen.items())


def overlaps(a: tuple[int, int], frags: tuple[tuple[int, int], ...]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in frags)


def words_of(text: str, frags: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for s, e in frags for m in _WORD.finditer(text, s, e))


def span_table(docs: dict, rows_by_doc: dict) -> None:
    print("\n## span level (adjacent cue words joined; a gold cue found = a proposal overlaps it)\n")
    for name, pred in (("lexicon alone", lambda r: in_lexicon(r[2])), ("tagger", lambda r: r[3] > 0.0)):
        c: Counter[str] = Counter()
        for stem, doc in docs.items():
            spans = runs(rows_by_doc[stem], pred)
            golds = gold_spans(doc)
            for s, e, lex in spans:
                hit = any(overlaps((s, e), g) for g, _ in golds)
                c["pred"] += 1
                c["pred_ok"] += hit
                if not lex:
                    c["pred_out"] += 1
                    c["pred_out_ok"] += hit
            for g, known in golds:
                found = any(overlaps((s, e), g) for s, e, _ in spans)
                exact = any(words_of(doc.text, ((s, e),)) == words_of(doc.text, g) for s, e, _ in spans)
                tag = "in" if known else "out"
                c["gold"] += 1
                c["gold_" + tag] += 1
                c["found"] += found
                c["exact"] += exact
                c["found_" + tag] += found
        print(f"{name:14s} overlap {prf(c['pred_ok'], c['pred'], c['found'], c['gold'])}")
        print(f"{'':14s} exact-span recall {c['exact'] / max(c['gold'], 1):.3f} ({c['exact']}/{c['gold']})")
        print(
            f"{'':14s} gold cues the lexicon knows: found {c['found_in']}/{c['gold_in']}; "
            f"outside the lexicon: found {c['found_out']}/{c['gold_out']} "
            f"(R {c['found_out'] / max(c['gold_out'], 1):.3f}); proposals holding no lexicon word: "
            f"{c['pred_out_ok']}/{c['pred_out']} right (P {c['pred_out_ok'] / max(c['pred_out'], 1):.3f})"
        )


def frags(span: list) -> list[tuple[int, int]]:
    """A scorer record's span, ``[s, e]`` or ``[[s, e], ...]``, as fragments."""
    return [(span[0], span[1])] if isinstance(span[0], int) else [(s, e) for s, e in span]


def engine_misses(docs: dict, files: dict) -> None:
    """Gold attributions no engine prediction overlaps: does the tagger find their cue?"""
    print("\n## the engine's misses (no prediction overlaps the gold content) and the tagger\n")
    c: Counter[str] = Counter()
    for stem, doc in docs.items():
        recs = load_article(files[stem], name=stem).scorer_records()
        preds = [sa.Prediction(stem, frags(r["content"]), None, None, None, None, k) for k, r in enumerate(recs)]
        matched = set(sa._match_doc(doc, doc.gold, preds)["any_overlap"].values())
        engine_cues = [f for r in recs if r.get("cue") for f in frags(r["cue"])]
        proposals = propose_cues(doc.text)
        for gi, g in enumerate(doc.gold):
            if gi in matched:
                continue
            c["missed"] += 1
            if not g.cue:
                c["missed_no_cue"] += 1
                continue
            words = [m.group().lower() for s, e in g.cue for m in _WORD.finditer(doc.text, s, e)]
            tag = "in" if any(in_lexicon(w) for w in words) else "out"
            c["missed_" + tag] += 1
            if any(overlaps((p.start, p.end), tuple(g.cue)) for p in proposals):
                c["tagged_" + tag] += 1
        for ts, te, low, margin, gold, _ in doc_tokens(doc):  # where new frames would look: lexicon words
            if in_lexicon(low) and not any(a < te and ts < b for a, b in engine_cues):  # no engine cue covers
                c["gate_words"] += 1
                c["gate_gold"] += gold
                c["gate_tagged"] += margin > 0.0
                c["gate_tagged_gold"] += gold and margin > 0.0
        golds = [tuple(g.cue) for g in doc.gold if g.cue]
        for p in proposals:
            if any(overlaps(e, ((p.start, p.end),)) for e in engine_cues):
                continue
            c["new"] += 1
            c["new_ok"] += any(overlaps((p.start, p.end), g) for g in golds)
            if not p.in_lexicon:
                c["new_out"] += 1
                c["new_out_ok"] += any(overlaps((p.start, p.end), g) for g in golds)
    print(f"gold attributions: {sum(len(d.gold) for d in docs.values())}; no engine prediction overlaps: {c['missed']}")
    print(f"  gold has no cue: {c['missed_no_cue']}")
    for tag, label in (("out", "cue outside the lexicon"), ("in", "cue the lexicon knows")):
        print(f"  {label}: {c['missed_' + tag]}, the tagger proposes their cue for {c['tagged_' + tag]}")
    print(
        f"tagger proposals overlapping no engine cue: {c['new']}, {c['new_ok']} of them on a gold cue "
        f"(P {c['new_ok'] / max(c['new'], 1):.3f}); of those holding no lexicon word: {c['new_out_ok']}/{c['new_out']} "
        f"(P {c['new_out_ok'] / max(c['new_out'], 1):.3f})"
    )
    print(
        f"lexicon words no engine cue covers: {c['gate_words']}, {c['gate_gold']} of them gold cue words "
        f"(P {c['gate_gold'] / max(c['gate_words'], 1):.3f}); the tagger keeps {c['gate_tagged']}: "
        f"{prf(c['gate_tagged_gold'], c['gate_tagged'], c['gate_tagged_gold'], c['gate_gold'])}"
    )


def cost(files: dict, rounds: int) -> None:
    """load_article and the tagger, alternated per article in one process: the ratio of their times."""
    print("\n## cost per article (alternated in one process; best of rounds per article, summed)\n")
    load_tagger.cache_clear()  # (the tables above loaded it already)
    t0 = time.perf_counter()
    tagger = load_tagger()
    print(f"loading the weights once: {(time.perf_counter() - t0) * 1000:.0f} ms ({len(tagger.weights)} weights)")
    texts = {stem: f.read_text(encoding="utf-8") for stem, f in files.items()}
    best = {"load_article": Counter(), "propose_cues (segments again)": Counter(), "tagger.propose": Counter()}
    gc.disable()
    for _ in range(rounds):
        for stem, text in texts.items():
            t = time.perf_counter()
            load_article(text, name=stem)
            t1 = time.perf_counter()
            propose_cues(text, tagger)
            t2 = time.perf_counter()
            sentences, regions = article_units(text)
            t3 = time.perf_counter()
            tagger.propose(sentences, regions)
            t4 = time.perf_counter()
            for name, dt in zip(best, (t1 - t, t2 - t1, t4 - t3), strict=True):
                prev = best[name][stem]
                best[name][stem] = dt if not prev else min(prev, dt)
        gc.collect()
    gc.enable()
    base = sum(best["load_article"].values())
    for name, per in best.items():
        total = sum(per.values())
        print(f"{name:32s} {total * 1000 / len(texts):7.1f} ms/article  ratio to load_article {total / base:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds (best per article)")
    ap.add_argument("--no-engine", action="store_true", help="skip the engine comparison and the timing")
    args = ap.parse_args()
    gold = SHARED / "polnear" / args.split
    docs = sa.load_gold(str(gold))
    files = {stem: gold / f"{stem}.txt" for stem in docs}
    rows_by_doc = {stem: doc_tokens(doc) for stem, doc in docs.items()}
    n_gold_words = sum(
        len({m.span() for g in d.gold if g.cue for s, e in g.cue for m in _WORD.finditer(d.text, s, e)})
        for d in docs.values()
    )
    print(f"# cue tagger on PolNeAR {args.split} ({len(docs)} articles; {load_tagger().meta.get('trained_on')})\n")
    token_table([r for rows in rows_by_doc.values() for r in rows], n_gold_words)
    span_table(docs, rows_by_doc)
    if not args.no_engine:
        engine_misses(docs, files)
        cost(files, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
