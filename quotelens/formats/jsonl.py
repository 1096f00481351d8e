"""The scorer's prediction format: one JSON line per attribution (``Article.scorer_records``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotelens.article import Article
from quotelens.formats.stems import Stems


def jsonl_lines(articles: Iterable[Article], stems: Stems | None = None) -> Iterator[str]:
    """Lines for ``score_attributions.py --pred``; each article's ``doc`` is its export stem."""
    stems = stems or Stems()
    for article in articles:
        doc = stems(article.name)
        for record in article.scorer_records(doc=doc):
            yield json.dumps(record, ensure_ascii=False)


def write_jsonl(articles: Iterable[Article], path: str | Path) -> Path:
    """Write the attributions of ``articles`` to ``path`` (one line each); returns the path."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for line in jsonl_lines(articles):
            fh.write(line + "\n")
    return path
