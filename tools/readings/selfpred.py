"""Write a scorer JSONL of a canonical file's own items: gold content and source, speaker = canonical.

Scoring it with score_speakers.py against the same file must give 1.0 (the file is readable by the
scorer and self-consistent).

    python tools/readings/selfpred.py tools/data/train-canonical-more.json /tmp/self.jsonl
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    src, out = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as fh:
        data = json.load(fh)
    with open(out, "w", encoding="utf-8") as fh:
        for it in data["items"]:
            rec = {
                "doc": it["doc"],
                "content": it["content"],
                "source": it["source"],
                "cue": None,
                "speaker": it["canonical"],
                "kind": None,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(data['items'])} predictions -> {out}")


if __name__ == "__main__":
    main()
