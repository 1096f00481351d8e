"""List a canonical file's items for a second reading: the text before each source, the span, the reading.

python tools/readings/review.py [--kinds pronoun,description] [--doc STEM] [--before 140]
"""

from __future__ import annotations

import argparse
import json
import os

from ann import ROOT, read_text

DEFAULT = os.path.join(ROOT, "tools", "data", "train-canonical-more.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", default=DEFAULT)
    ap.add_argument("--kinds", default="", help="comma-separated source kinds (default: all)")
    ap.add_argument("--doc", default="", help="only articles whose stem starts with this")
    ap.add_argument("--before", type=int, default=140)
    args = ap.parse_args()
    with open(args.path, encoding="utf-8") as fh:
        data = json.load(fh)
    kinds = set(filter(None, args.kinds.split(",")))
    texts: dict[str, str] = {}
    for it in data["items"]:
        if (kinds and it["source_kind"] not in kinds) or not it["doc"].startswith(args.doc):
            continue
        text = texts.setdefault(it["doc"], read_text(it["doc"]))
        s = it["source"][0][0]
        left = " ".join(text[max(0, s - args.before) : s].split())
        print(f"{it['doc'][:24]} {it['event']:4} ...{left} [[{it['source_text']}]]")
        print(f"      -> {it['canonical']!r} {it['entity_type']}/{it['source_kind']}")


if __name__ == "__main__":
    main()
