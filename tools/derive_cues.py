"""Derive the cue-verb lexicon from PolNeAR *train* statistics (never dev).

For every lower-case word form, count how often it occurs in article bodies and how
often it is the head of a gold cue (the first word of the cue span that is not an
auxiliary or adverb). Forms that head cues often enough become cue forms.

    python tools/derive_cues.py > quotelens/data/cue_forms.tsv

Output columns: form, times a cue head, times seen, rate. The thresholds are the
arguments; the committed file was made with the defaults.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import score_attributions  # noqa: E402

from quotelens.lexicon import SUBJECT_VERB_FILLERS  # noqa: E402

_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?:['’][a-z]+)?")
# Words that stand before a cue verb without being the cue ("has said", "also noted").
_SKIP = SUBJECT_VERB_FILLERS | {"and", "but", "or", "the", "a", "an", "to"}
# Light verbs whose cue is the idiom they open ("made it clear", "made the case"): left to the cue tagger
# (quotelens/cuetagger.py), which reads the idiom; as a lexicon form "made" would open a frame on every
# "made" ("He made many claims that ...")
_LIGHT_VERBS = frozenset(["made"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-cues", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.12)
    args = ap.parse_args()
    docs = score_attributions.load_gold(str(ROOT.parent / "shared" / "polnear" / "train"))
    seen: collections.Counter[str] = collections.Counter()
    heads: collections.Counter[str] = collections.Counter()
    for doc in docs.values():
        body = doc.text.split("\n", 1)[1] if "\n" in doc.text else doc.text
        seen.update(m.group() for m in _WORD.finditer(body))  # case-sensitive: cue verbs are lower case
        for g in doc.gold:
            if not g.cue:
                continue
            s0 = g.cue[0][0]
            if s0 > 0 and doc.text[s0 - 1].isalpha():
                continue  # a span that starts inside a word is an annotation slip
            words = [w for s, e in g.cue for w in _WORD.findall(doc.text[s:e])]
            head = next((w for w in words if w not in _SKIP and not w.endswith("ly")), None)
            if head:
                heads[head] += 1
    print("form\tcues\tseen\trate")
    for form, n in sorted(heads.items(), key=lambda x: -x[1]):
        total = seen[form]
        if total >= n and n >= args.min_cues and n / total >= args.min_rate and form not in _LIGHT_VERBS:
            print(f"{form}\t{n}\t{total}\t{n / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
