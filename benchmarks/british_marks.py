"""The engine on British quotation marks: PolNeAR dev as written, then with its marks set British style
(``quotestyle.to_british``: “…” as ‘…’, a quotation inside one as “…”; same offsets, so the same gold),
read without and with ``quotestyle.for_engine``.

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
    print("| text | read British | who-said-what F1 | direct who-said-what F1 | exact F1 | source accuracy |")
    print("|---|---|---|---|---|---|")
    for label, convert, off in rows:
        with mock.patch.object(quotestyle, "for_engine", lambda t, p: (t, None)) if off else _nothing():
            res, british = _score(gold, convert)
        cells = [res["all"]["who_said_what"], res["direct"]["who_said_what"], res["all"]["exact"]]
        accuracy = res["all"]["source_accuracy"]["accuracy"]
        print(f"| {label} | {british} | " + " | ".join(f"{m['f1']:.3f}" for m in cells) + f" | {accuracy:.3f} |")
    return 0


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield


if __name__ == "__main__":
    sys.exit(main())
