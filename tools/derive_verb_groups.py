"""Derive the verb-group keys that report words (``quotelens/data/verb_groups.tsv``) from PolNeAR train.

python tools/derive_verb_groups.py                 # writes the data file
python tools/derive_verb_groups.py --show 40       # also prints the most frequent keys, kept or not

Every lower-case word outside the cue lexicon (and no auxiliary) of every train sentence, as the engine
segments it, is read as the head of a verb group (:func:`quotelens.attribution.verbgroups.read_group`).
A group is a *hit* when a gold cue covers its head and that gold's content starts at the group's end or
one token later (past "that", a colon or a quotation mark). A key is kept when its groups were hits at
least ``--min-hits`` times and in at least ``--min-share`` of their occurrences; the word forms of the
kept keys' heads are written too (the engine reads a group only at those). Train only.
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
                if tok.is_capitalised or low in CUE_FORMS or not low.isalpha():
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-hits", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.3)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    docs = sa.load_gold(str(SHARED / "polnear" / "train"))
    occ, hits, forms = count(docs)
    kept = sorted(k for k in hits if hits[k] >= args.min_hits and hits[k] >= args.min_share * occ[k])
    heads = sorted({f for k in kept for f in forms[k]})
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
