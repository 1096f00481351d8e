"""Golden digests: prove that a change to the engine changed what it costs, not what it answers.

For every article of a split (PolNeAR ``train``, PolNeAR ``dev``, and ``default``, the dashboard's
default article) one pass computes these outputs, and their SHA-256 digests are compared with
``tests/golden/digests.json``:

``scorer_jsonl``              what ``quotelens extract ... --format jsonl`` writes (``Article.scorer_records``)
``paragraphs_csv`` ... ``mentions_csv``  the four tables of ``load_article`` as CSV, every column
``raw_no_model``              every field of ``find_attributions(..., use_model=False)``: the proposals the
                              confidence model is trained on (``tools/train_confidence.py``)
``raw_no_model_no_chooser``   the same with ``use_boundary=False`` (the rules' content ends): the
                              proposals the end chooser is trained on (``tools/train_boundary.py``)

Raw attributions are written one JSON line each with every dataclass field (features and end options
in their insertion order: the confidence model sums them in that order; ``parent`` as the index of the
parent in the list). The digests file holds, per split and output, the digest of the whole split and a
4-hex digest per article, so a mismatch is pinned to its first differing article; the first differing
record is then shown against the same article run by the code of the commit the digests were frozen
at (``git archive`` of its ``quotelens/`` into a temporary folder, in a subprocess). Only digests are
committed, never the outputs.

    python tools/golden.py                      # check train, dev and the default article
    python tools/golden.py --split dev          # one split (repeatable)
    python tools/golden.py --freeze             # rewrite tests/golden/digests.json from this code
    python tools/golden.py --dump dev STEM quotes_csv   # one article's output, as digested
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTELENS_SHARED", ROOT.parent / "shared"))
DIGESTS = ROOT / "tests" / "golden" / "digests.json"
SPLITS: dict[str, Path] = {
    "train": SHARED / "polnear" / "train",
    "dev": SHARED / "polnear" / "dev",
    "default": ROOT / "corpus" / "trump-putin-meeting.txt",
}
TABLES = ("paragraphs", "quotes", "speakers", "mentions")
KINDS = (
    "scorer_jsonl",
    *(f"{t}_csv" for t in TABLES),
    "raw_no_model",
    "raw_no_model_no_chooser",
)
SHORT = 4  # hex digits of each article's digest: enough to find the first differing article


def split_files(split: str) -> list[Path]:
    where = SPLITS[split]
    return [where] if where.is_file() else sorted(where.glob("*.txt"))


def raw_records(atts: list) -> str:
    """Every field of each attribution, one JSON line each (``parent`` as its index in the list)."""
    index = {id(a): n for n, a in enumerate(atts)}
    lines = []
    for a in atts:
        rec = {
            "content": a.content,
            "cue": a.cue,
            "source": a.source,
            "paragraph": a.paragraph,
            "rule": a.rule,
            "confidence": a.confidence,
            "kind": a.kind.value,
            "group": a.group,
            "features": a.features,
            "parent": index.get(id(a.parent)) if a.parent is not None else None,
            "notes": a.notes,
            "reader_only": a.reader_only,
            "end_options": a.end_options,
            "end_share": a.end_share,
        }
        lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    return "".join(lines)


def article_outputs(path: Path) -> dict[str, str]:
    """Every digested output of one article, as text."""
    from quotelens import load_article
    from quotelens.attribution import attributions_in

    art = load_article(path, name=path.stem)
    out = {"scorer_jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in art.scorer_records(path.stem))}
    for t, df in art.tables().items():
        out[f"{t}_csv"] = df.to_csv(index=False, lineterminator="\n")
    text = art.text
    for kind, use_boundary in (("raw_no_model", True), ("raw_no_model_no_chooser", False)):
        atts = attributions_in(text, use_model=False, use_boundary=use_boundary)
        out[kind] = raw_records(atts)
    return out


@dataclass
class SplitDigest:
    """The digests of one split: per output, the whole split's SHA-256 and a short one per article."""

    names: list[str] = field(default_factory=list)
    whole: dict[str, hashlib._Hash] = field(default_factory=lambda: {k: hashlib.sha256() for k in KINDS})
    short: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def add(self, name: str, outputs: dict[str, str]) -> None:
        self.names.append(name)
        for k in KINDS:
            data = outputs[k].encode("utf-8")
            self.whole[k].update(f"### {name} {len(data)}\n".encode())
            self.whole[k].update(data)
            self.short[k].append(hashlib.sha256(data).hexdigest()[:SHORT])

    def as_json(self) -> dict:
        names = hashlib.sha256("\n".join(self.names).encode("utf-8")).hexdigest()
        return {
            "articles": len(self.names),
            "names_sha256": names,
            "outputs": {k: {"sha256": self.whole[k].hexdigest(), "articles": "".join(self.short[k])} for k in KINDS},
        }


def digest_split(split: str, progress: Callable[[int, int], None] | None = None) -> dict:
    """One pass over the split's articles computing every digest."""
    files = split_files(split)
    acc = SplitDigest()
    for n, path in enumerate(files):
        acc.add(path.stem, article_outputs(path))
        if progress:
            progress(n + 1, len(files))
    return acc.as_json()


def load_frozen() -> dict:
    return json.loads(DIGESTS.read_text(encoding="utf-8"))


def differences(split: str, got: dict, frozen: dict) -> list[tuple[str, int | None]]:
    """(output, index of its first differing article or None) for every output whose digest differs."""
    want = frozen["splits"][split]
    if got["names_sha256"] != want["names_sha256"]:
        return [("articles", None)]
    out = []
    for k in KINDS:
        g, w = got["outputs"][k], want["outputs"].get(k)
        if w is not None and g["sha256"] == w["sha256"]:
            continue
        first = None
        if w is not None:
            step = SHORT
            first = next(
                (
                    i
                    for i in range(0, len(g["articles"]), step)
                    if g["articles"][i : i + step] != w["articles"][i : i + step]
                ),
                None,
            )
            first = None if first is None else first // step
        out.append((k, first))
    return out


def records(kind: str, text: str) -> list[str]:
    """One output's records: JSON lines, or CSV rows as 'column=value' lists."""
    if not kind.endswith("_csv"):
        return text.splitlines()
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = rows[0]
    return [" | ".join(f"{c}={v!r}" for c, v in zip(header, r, strict=False)) for r in rows[1:]]


def reference_output(commit: str, split: str, stem: str, kind: str) -> str | None:
    """The output of the code at ``commit`` for one article (None when the commit is not available)."""
    with tempfile.TemporaryDirectory(prefix="golden-ref-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "quotelens"], capture_output=True, check=False
        )
        if archive.returncode != 0:
            return None
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": tmp}
        proc = subprocess.run(
            [sys.executable, __file__, "--dump", split, stem, kind],
            capture_output=True,
            env=env,
            check=False,
        )
        return proc.stdout.decode("utf-8") if proc.returncode == 0 else None


def explain(split: str, kind: str, first: int | None, frozen: dict) -> list[str]:
    """Lines saying which article and record differ, expected against actual."""
    if kind == "articles":
        return [f"golden: {split}: the list of articles changed (re-freeze if ../shared changed)"]
    want = frozen["splits"][split]["outputs"].get(kind)
    if want is None:
        return [f"golden: {split} {kind}: no frozen digest (run --freeze)"]
    lines = [f"golden: {split} {kind} differs (frozen {want['sha256'][:12]}…)"]
    if first is None:
        return [*lines, "  every article's short digest matches: the difference is in the order or count"]
    path = split_files(split)[first]
    lines.append(f"  first differing article: {path.stem} (article {first + 1} of {len(split_files(split))})")
    actual = records(kind, article_outputs(path)[kind])
    commit = frozen.get("commit", "")
    expected_text = reference_output(commit, split, path.stem, kind) if commit else None
    if expected_text is None:
        return [*lines, f"  (reference commit {commit or '?'} not available: first records now)", *actual[:3]]
    return [*lines, *first_difference(records(kind, expected_text), actual, commit)]


def first_difference(expected: list[str], actual: list[str], commit: str) -> list[str]:
    """The first record inserted, dropped or changed (difflib's first non-equal block)."""
    ops = difflib.SequenceMatcher(a=expected, b=actual, autojunk=False).get_opcodes()
    op = next((o for o in ops if o[0] != "equal"), None)
    if op is None:
        return ["  the reference code reproduces today's output: the frozen digests are stale (re-freeze)"]
    tag, i1, i2, j1, j2 = op
    head = f"  first difference at record #{i1} (expected = the code of {commit[:12]}): {tag}"
    if tag == "insert":
        return [f"{head} (now {j2 - j1} more)", f"  actual:   {actual[j1]}"]
    if tag == "delete":
        return [f"{head} ({i2 - i1} gone)", f"  expected: {expected[i1]}"]
    return [head, f"  expected: {expected[i1]}", f"  actual:   {actual[j1]}"]


def check(splits: Iterable[str], frozen: dict, progress: bool = False) -> list[str]:
    """Problems found (empty when every digest matches)."""
    problems: list[str] = []
    for split in splits:
        bar = _bar(split) if progress else None
        got = digest_split(split, bar)
        for kind, first in differences(split, got, frozen):
            problems.extend(explain(split, kind, first, frozen))
    return problems


def _bar(split: str) -> Callable[[int, int], None]:
    def show(n: int, total: int) -> None:
        if n == total or n % 50 == 0:
            print(f"\rgolden: {split} {n}/{total}", end="\n" if n == total else "", file=sys.stderr, flush=True)

    return show


def freeze(splits: Iterable[str]) -> None:
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "quotelens"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    data = load_frozen() if DIGESTS.exists() else {"splits": {}}
    data["commit"] = "" if dirty else commit  # the reference for showing a differing record
    for split in splits:
        data["splits"][split] = digest_split(split, _bar(split))
    DIGESTS.parent.mkdir(parents=True, exist_ok=True)
    DIGESTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    note = " (quotelens/ has uncommitted changes: no reference commit recorded)" if dirty else ""
    print(f"golden: wrote {DIGESTS.relative_to(ROOT)}{note}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", choices=tuple(SPLITS), help="default: all")
    ap.add_argument("--freeze", action="store_true", help="rewrite the digests from this code")
    ap.add_argument("--dump", nargs=3, metavar=("SPLIT", "STEM", "OUTPUT"), help="print one article's output")
    args = ap.parse_args(argv)
    if args.dump:
        split, stem, kind = args.dump
        path = next(p for p in split_files(split) if p.stem == stem)
        sys.stdout.write(article_outputs(path)[kind])
        return 0
    splits = args.split or list(SPLITS)
    if args.freeze:
        freeze(splits)
        return 0
    problems = check(splits, load_frozen(), progress=True)
    for line in problems:
        print(line)
    if not problems:
        print(f"golden: {', '.join(splits)}: every digest matches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
