"""File stems for exported articles: safe as file names, unique within one export.

The stem is the article's name with anything but letters, digits, '.', '_' and '-' replaced by
'_' (a name is data, never a path); a second article of the same stem gets '-2', and so on.
The JSONL ``doc`` of an article is its stem, so that the scorer pairs it with ``<stem>.ann``.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_STEM = 120


def safe_stem(name: str) -> str:
    stem = _UNSAFE.sub("_", name).strip("._")[:MAX_STEM]
    return stem or "article"


class Stems:
    """Hands out unique stems in order (one instance per export)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, name: str) -> str:
        base = safe_stem(name)
        stem, n = base, 1
        while stem.lower() in self.used:  # case-insensitive file systems too
            n += 1
            stem = f"{base}-{n}"
        self.used.add(stem.lower())
        return stem
