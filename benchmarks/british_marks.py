"""The engine on British quotation marks: PolNeAR dev as written, then with its marks set British style
(``quotestyle.to_british``: “…” as ‘…’, a quotation inside one as “…”; same offsets, so the same gold),
read without and with ``quotestyle.for_engine``; and with its marks mixed (:func:`to_mixed`: every
second quotation set in single marks, as outlets that mix the two styles do), read without and with
the mixed reading (``quotestyle._mixed``).

python benchmarks/british_marks.py [--split dev]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import score_attributions  # noqa: E402

from quotelens import load_article, quotestyle  # noqa: E402


def _score(gold: Path, convert: Callable[[str], str]) -> tuple[dict, int]:
    british = 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for f in sorted(gold.glob("*.txt")):
            art = load_article(convert(f.read_text(encoding="utf-8")), name=f.stem)
            british += quotestyle.NOTE in art.notes
            for rec in art.scorer_records():
                fh.write(json.dumps(rec) + "\n")
    return score_attributions.score(str(gold), fh.name), british


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    gold = SHARED / "polnear" / ap.parse_args().split
    rows = [("as written", lambda t: t, False), ("British marks, read as written", quotestyle.to_british, True)]
    rows.append(("British marks, read British", quotestyle.to_british, False))
    rows.append(("mixed marks, singles not read", to_mixed, "mixed"))
    rows.append(("mixed marks, read mixed", to_mixed, False))
    print("| text | read British | who-said-what F1 | direct who-said-what F1 | exact F1 | source accuracy |")
    print("|---|---|---|---|---|---|")
    for label, convert, off in rows:
        if off == "mixed":
            patch = mock.patch.object(quotestyle, "_mixed", lambda t, s, p=None: t)
        else:
            patch = mock.patch.object(quotestyle, "for_engine", lambda t, p: (t, None)) if off else _nothing()
        with patch:
            res, british = _score(gold, convert)
        cells = [res["all"]["who_said_what"], res["direct"]["who_said_what"], res["all"]["exact"]]
        accuracy = res["all"]["source_accuracy"]["accuracy"]
        print(f"| {label} | {british} | " + " | ".join(f"{m['f1']:.3f}" for m in cells) + f" | {accuracy:.3f} |")
    return 0


def to_mixed(text: str) -> str:
    """``text`` with every second quotation that holds no single mark set in single marks ‘…’ (same
    offsets): an article that mixes the American and the British style."""
    from quotelens.segment import find_quote_regions, segment_paragraphs

    chars = list(text)
    regions = [r for r in find_quote_regions(text, segment_paragraphs(text)) if r.closed]
    for r in regions[1::2]:
        inner = text[r.start + 1 : r.end - 1]
        if text[r.start] in '“"' and text[r.end - 1] in '”"' and not any(m in inner for m in "‘’'"):
            chars[r.start], chars[r.end - 1] = "‘", "’"
    return "".join(chars)


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield


if __name__ == "__main__":
    sys.exit(main())
