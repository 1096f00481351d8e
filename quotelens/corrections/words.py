"""Words of an article, for corrections given by words rather than by character offsets.

In: the article's text. Out: its words, each a run of letters and digits or one punctuation
mark (``“``, ``,``, ``—`` are words of their own), numbered from 0 in text order, and the
conversions between word numbers and offsets.

Notes:
    Punctuation marks are words so that a content can start at its opening quotation mark or
    end before a comma, as the PolNeAR annotators mark them: turning every dev gold content into
    words and back keeps 99.7 % of them exactly (``exact`` key of the shared scorer) and 100 %
    of their scored tokens; whitespace-separated words keep 99.0 %, letter runs alone 97.4 %.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import NamedTuple

_WORD = re.compile(r"\w+|[^\w\s]")

WordRange = tuple[int, int]  # first and last word number, both included


class Word(NamedTuple):
    number: int
    start: int
    end: int
    text: str


class Words:
    """The words of one text, with look-ups both ways (built once per text: a regex pass)."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, index: int) -> Word:
        s, e = self.starts[index], self.ends[index]
        return Word(index, s, e, self.text[s:e])

    def between(self, start: int, end: int) -> list[Word]:
        """The words sharing at least one character with ``[start, end)`` (a paragraph, a piece)."""
        lo, hi = self.index_range(start, end)
        return [self.word(i) for i in range(lo, hi)]

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Half-open range of the numbers of the words overlapping ``[start, end)``."""
        lo = bisect.bisect_right(self.ends, start)
        hi = bisect.bisect_left(self.starts, end)
        return lo, max(lo, hi)

    def range_of(self, start: int, end: int) -> WordRange | None:
        """First and last word of ``[start, end)``; None when the span holds no word."""
        lo, hi = self.index_range(start, end)
        return (lo, hi - 1) if hi > lo else None

    def offsets(self, words: WordRange) -> tuple[int, int]:
        """Character offsets ``[start, end)`` from the first to the last word, both included.

        Raises:
            ValueError: the numbers are outside the text or in the wrong order.
        """
        first, last = words
        if not 0 <= first <= last < len(self):
            raise ValueError(f"words {first}–{last} are not a range of the article's {len(self)} words")
        return self.starts[first], self.ends[last]

    def pieces(self, ranges: tuple[WordRange, ...]) -> list[tuple[int, int]]:
        """Offsets of the pieces of a content, given as word ranges in text order, not overlapping."""
        out = [self.offsets(r) for r in ranges]
        if not out:
            raise ValueError("a content needs at least one piece of words")
        for (_, e), (s, _) in pairwise(out):
            if s < e:
                raise ValueError(f"the pieces {ranges} overlap or are not in text order")
        return out
