"""The sentence splitter's cost per article, side by side with the rule it replaced (issue 21).

python benchmarks/sentences.py

Every PolNeAR article (train and dev) is split into paragraphs once; then each splitter runs over all
of them, alternately, five times; the best time of each is reported per article, with their ratio.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotelens.lexicon import ABBREVIATIONS  # noqa: E402
from quotelens.segment import _SENTENCE_END_RE, ParagraphRole, segment_paragraphs, split_sentences  # noqa: E402


def split_sentences_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The rule before issue 21: no sentence ever ends after a known abbreviation or an initial."""
    spans = []
    s = start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == ".":
            b = m.start()
            while b > s and (text[b - 1].isalnum() or text[b - 1] == "_"):
                b -= 1
            prev = text[b : m.start()].lower()
            if prev in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
                continue
        if stop < end and text[s:stop].strip():
            spans.append((s, stop))
            s = stop
            while s < end and text[s].isspace():
                s += 1
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans


def main() -> int:
    files = sorted((ROOT.parent / "shared" / "polnear").glob("*/*.txt"))
    docs = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        docs.append((text, [p for p in segment_paragraphs(text) if p.role is ParagraphRole.BODY]))
    best = {"before": float("inf"), "now": float("inf")}
    counts = {}
    for _ in range(5):
        for name, fn in (("before", split_sentences_before), ("now", split_sentences)):
            t0 = time.perf_counter()
            n = sum(len(fn(text, p.start, p.end)) for text, paras in docs for p in paras)
            best[name] = min(best[name], time.perf_counter() - t0)
            counts[name] = n
    for name, t in best.items():
        print(f"{name:>6}: {t / len(docs) * 1000:.3f} ms per article, {counts[name]} sentences")
    print(f"{len(docs)} articles; now / before = {best['now'] / best['before']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
