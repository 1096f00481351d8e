"""Position indexes the passes query instead of scanning every attribution (linear passes, issue 19)."""

from __future__ import annotations

import bisect
import itertools
import sys
from collections.abc import Iterable
from typing import Generic, TypeVar

from quotelens.attribution.record import Attribution, Span
from quotelens.segment import Paragraph

FEW = 16  # up to this many items, looking through them all is cheaper than building an index


class SpanCover:
    """Whether any of a fixed set of spans holds a position: the spans sorted by start, with the
    running maximum of their ends (a binary search instead of a scan of every span)."""

    def __init__(self, spans: Iterable[Span]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def holds(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos


class GrowingReach:
    """Whether any of some attributions holds a position, while their contents grow at the end:
    the attributions sorted by start, with prefix maxima of their ends in a Fenwick tree (a few
    are simply looked through)."""

    def __init__(self, atts: list[Attribution]):
        self._few = atts if len(atts) <= FEW else None  # (a few are looked through, as they are)
        order = [] if self._few is not None else sorted(range(len(atts)), key=lambda n: atts[n].start)
        self._starts = [atts[n].start for n in order]
        self._slot = {id(atts[n]): k + 1 for k, n in enumerate(order)}  # (1-based tree slots)
        self._tree = [0] * (len(order) + 1)
        for n in order:
            self.grow(atts[n])

    def grow(self, att: Attribution) -> None:
        """Take ``att``'s end as it is now (ends only grow)."""
        if self._few is not None:
            return
        k, end = self._slot[id(att)], att.end
        while k < len(self._tree):
            self._tree[k] = max(self._tree[k], end)
            k += k & -k

    def holds(self, pos: int) -> bool:
        if self._few is not None:
            return any(a.start <= pos < a.end for a in self._few)
        k, reach = bisect.bisect_right(self._starts, pos), pos  # (no attribution starts by pos: none holds it)
        while k > 0:
            reach = max(reach, self._tree[k])
            k -= k & -k
        return reach > pos


_Item = TypeVar("_Item")


class ByParagraph(Generic[_Item]):
    """Items kept under the paragraph that holds their span's start, so that what may overlap a span
    of one paragraph is found without looking at every item (spans that run past the end of their
    paragraph, or lie outside any, are kept apart and always looked at)."""

    def __init__(self, paragraphs: list[Paragraph]):
        self._starts = [p.start for p in paragraphs]
        self._ends = [p.end for p in paragraphs]
        self._items: dict[int, list[_Item]] = {}
        self._crossing: list[_Item] = []

    def _paragraph(self, start: int, end: int) -> int:
        """The paragraph that holds ``start``-``end`` whole, or -1."""
        k = bisect.bisect_right(self._starts, start) - 1
        return k if k >= 0 and end <= self._ends[k] else -1

    def add(self, item: _Item, spans: list[Span]) -> None:
        """Keep ``item`` under the paragraph of each of its ``spans`` (once per paragraph)."""
        for k in dict.fromkeys(self._paragraph(s, e) for s, e in spans):
            (self._crossing if k < 0 else self._items.setdefault(k, [])).append(item)

    def add_each(self: ByParagraph[Span], spans: list[Span]) -> None:
        """Keep every span of ``spans`` as an item of its own."""
        for sp in spans:
            self.add(sp, [sp])

    def near(self, start: int, end: int) -> list[_Item]:
        """Every item whose spans may overlap ``start``-``end`` (more, never fewer)."""
        k = self._paragraph(start, end)
        if k < 0:
            return [*(x for v in self._items.values() for x in v), *self._crossing]
        return [*self._items.get(k, []), *self._crossing]


def in_range(keyed: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """The numbers of the (key, number) pairs of sorted ``keyed`` with lo < key < hi, in order of number."""
    a = bisect.bisect_right(keyed, (lo, sys.maxsize))
    b = bisect.bisect_left(keyed, (hi, -1))
    return sorted(n for _, n in keyed[a:b])
