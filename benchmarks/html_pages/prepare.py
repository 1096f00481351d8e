"""Copy a saved page into this folder, smaller: scripts (except JSON-LD metadata), styles,
comments and inline SVG drawings removed; nothing else changed.

python benchmarks/html_pages/prepare.py SOURCE.html NAME.html

Both extractors in ``benchmarks/html_extraction.py`` read the same prepared file, so the comparison is fair;
what was removed is never article text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_DROP = [
    re.compile(r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL),
    re.compile(r"<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL),
    re.compile(r"<!--.*?-->", re.DOTALL),
    re.compile(r"(<svg\b[^>]*>).*?(</svg\s*>)", re.IGNORECASE | re.DOTALL),
]


def prepare(data: bytes) -> bytes:
    text = data.decode("latin-1")  # byte-transparent: the page's own encoding is kept as it was
    for pattern in _DROP:
        text = pattern.sub(lambda m: (m.group(1) + m.group(2)) if m.lastindex == 2 else "", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return text.encode("latin-1")


if __name__ == "__main__":
    src, name = Path(sys.argv[1]), sys.argv[2]
    out = Path(__file__).parent / name
    out.write_bytes(prepare(src.read_bytes()))
    print(f"{src.name}: {src.stat().st_size:,} -> {out.stat().st_size:,} bytes")
