"""Derive the verb-group keys that report words (``quotelens/data/verb_groups.tsv``) from PolNeAR train.

python tools/derive_verb_groups.py                 # writes the data file
python tools/derive_verb_groups.py --show 40       # also prints the most frequent keys, kept or not
python tools/derive_verb_groups.py --cv            # out-of-fold hits of several thresholds (no file written)

Every lower-case word outside the cue lexicon (and no auxiliary) of every train sentence, as the engine
segments it, is read as the head of a verb group (:func:`quotelens.attribution.verbgroups.read_group`).
A group is a *hit* when a gold cue covers its head and that gold's content starts at the group's end or
one token later (past "that", a colon or a quotation mark). A key is kept when its groups were hits at
least ``--min-hits`` times and in at least ``--min-share`` of their occurrences; the word forms of the
kept keys' heads are written too (the engine reads a group only at those). Train only. ``--cv`` splits
train in two by document, keeps the keys of one half and counts their hits and occurrences on the other
(the thresholds were chosen on these out-of-fold counts, not on the in-sample ones).
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions as sa  # noqa: E402

from quotelens.attribution.verbgroups import DATA_PATH, is_verbal, read_group  # noqa: E402
from quotelens.cuetagger import article_units  # noqa: E402
from quotelens.lexicon import CUE_FORMS  # noqa: E402


def count(docs: dict) -> tuple[Counter[str], Counter[str], dict[str, set[str]]]:
    """Occurrences and hits per key, and the head word forms seen per key."""
    occ: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for doc in docs.values():
        cues = sorted((g.cue[0][0], g.cue[-1][1], g.content[0][0]) for g in doc.gold if g.cue and g.content)
        starts = [c[0] for c in cues]
        sentences, _ = article_units(doc.text)
        for sent in sentences:
            toks = sent.tokens
            for i, tok in enumerate(toks):
                low = tok.lower
                if tok.is_capitalised or not low.isalpha():
                    continue
                group = read_group(toks, i)
                if group is None or not is_verbal(toks, group):
                    continue
                keys = [group.key, group.backoff] if group.backoff else [group.key]
                for key in keys:
                    occ[key] += 1
                    forms.setdefault(key, set()).add(low)
                first = toks[group.end].start if group.end < len(toks) else sent.end
                last = toks[group.end + 1].end if group.end + 1 < len(toks) else sent.end
                n = bisect.bisect_right(starts, tok.start)
                for a, b, c in cues[max(0, n - 3) : n]:
                    if a <= tok.start < b and first <= c <= last:
                        hits.update(keys)
                        break
    return occ, hits, forms


def kept_keys(occ: Counter[str], hits: Counter[str], min_hits: int, min_share: float) -> list[str]:
    return sorted(k for k in hits if hits[k] >= min_hits and hits[k] >= min_share * occ[k])


def cross_validate(docs: dict) -> None:
    """Out-of-fold hits / occurrences of the kept keys for a grid of thresholds (two folds by document)."""
    names = sorted(docs)
    folds = [{n: docs[n] for n in names[f::2]} for f in (0, 1)]
    counted = [count(fold)[:2] for fold in folds]
    for min_hits in (2, 3, 4, 5):
        for min_share in (0.2, 0.25, 0.3, 0.4, 0.5):
            h = o = 0
            for f in (0, 1):
                (occ_in, hits_in), (occ_out, hits_out) = counted[1 - f], counted[f]
                for k in kept_keys(occ_in, hits_in, min_hits, min_share):
                    h += hits_out[k]
                    o += occ_out[k]
            print(f"min-hits {min_hits} min-share {min_share:.2f}: out-of-fold hits {h} of {o} ({h / max(o, 1):.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-hits", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.4)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()
    docs = sa.load_gold(str(SHARED / "polnear" / "train"))
    if args.cv:
        cross_validate(docs)
        return 0
    occ, hits, forms = count(docs)
    kept = kept_keys(occ, hits, args.min_hits, args.min_share)
    heads = sorted({f for k in kept for f in forms[k]} - set(CUE_FORMS))
    lines = [
        "# verb-group keys that report words, derived from PolNeAR train by tools/derive_verb_groups.py",
        f"# (--min-hits {args.min_hits} --min-share {args.min_share}); kind, value, hits, occurrences",
    ]
    lines += [f"key\t{k}\t{hits[k]}\t{occ[k]}" for k in kept]
    lines += [f"head\t{h}" for h in heads]
    DATA_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} keys ({sum(hits[k] for k in kept)} hits of {sum(occ[k] for k in kept)}), {len(heads)} heads")
    for k, h in hits.most_common(args.show):
        print(f"{h:5d} {occ[k]:6d} {h / occ[k]:.2f} {'*' if k in kept else ' '} {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
