"""Look-ups over an article's mentions sorted by start: near a span, inside it, before a position, how
often and where an entity was mentioned before, and whether a position lies inside reported content.

:class:`MentionLookups` is the base of :class:`quotelens.speakers.mentions.Cast`, which fills the lists it
reads (``mentions``, ``starts``, ``entity_starts``); every look-up is a binary search, never a scan of the
article. Moved here from ``mentions.py``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quotelens.speakers.model import Mention


class MentionLookups:
    """The mentions of one article, sorted by start, and the look-ups on them."""

    mentions: list[Mention]
    starts: list[int]  # (the mentions' starts, in the same order)
    entity_starts: dict[int, list[int]]  # entity -> the starts of its mentions, sorted
    _content_starts: list[int]
    _content_ends: list[int]

    def count_before(self, entity: int, pos: int) -> int:
        """How often the entity was mentioned (named or referred to) before ``pos``."""
        return bisect.bisect_left(self.entity_starts.get(entity, []), pos)

    def last_mention(self, entity: int, pos: int) -> Mention | None:
        """The entity's nearest mention starting before ``pos``."""
        starts = self.entity_starts.get(entity, [])
        k = bisect.bisect_left(starts, pos)
        if k == 0:
            return None
        j = bisect.bisect_left(self.starts, starts[k - 1])
        while j < len(self.mentions) and self.mentions[j].entity != entity:
            j += 1
        return self.mentions[j] if j < len(self.mentions) else None

    def set_contents(self, spans: list[tuple[int, int]]) -> None:
        """The reported contents of the article's attributions (merged), for :meth:`in_content`."""
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._content_starts = [a for a, _ in merged]
        self._content_ends = [b for _, b in merged]

    def in_content(self, pos: int) -> bool:
        """Is ``pos`` inside what someone is reported to have said (not who said it)?"""
        k = bisect.bisect_right(self._content_starts, pos) - 1
        return k >= 0 and pos < self._content_ends[k]

    def near(self, start: int, end: int, longest: int = 200) -> list[Mention]:
        """Mentions that may overlap [start, end)."""
        lo = bisect.bisect_left(self.starts, start - longest)
        hi = bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def inside(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.near(start, end) if m.start >= start and m.end <= end]

    def before(self, pos: int, limit: int = 400) -> list[Mention]:
        """Mentions ending at or before ``pos``, nearest first."""
        return list(self.iter_before(pos, limit))

    def iter_before(self, pos: int, limit: int = 400) -> Iterator[Mention]:
        """:meth:`before`, one at a time (for a caller that stops early)."""
        mentions = self.mentions
        k = bisect.bisect_left(self.starts, pos)
        for j in range(k - 1, (k - limit if k > limit else 0) - 1, -1):
            m = mentions[j]
            if m.end <= pos:
                yield m

    def add(self, m: Mention) -> None:
        k = bisect.bisect_right(self.starts, m.start)
        self.starts.insert(k, m.start)
        self.mentions.insert(k, m)
        bisect.insort(self.entity_starts.setdefault(m.entity, []), m.start)
