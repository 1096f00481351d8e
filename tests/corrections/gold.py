"""Corrections that turn the engine's reading of a PolNeAR article into its gold annotation.

What an annotation team would do in the Reader: every engine quotation that matches a gold
attribution gets that attribution's content and source words; the others are "not a quotation";
the gold attributions the engine missed are added. Built from the gold ``.ann`` by the shared
scorer's own reader, so nothing here knows the expected scores.
"""

from __future__ import annotations

from typing import Any

from quotelens.article import Article
from quotelens.corrections import Correction, Op, Words, article_digest, quotation_keys
from quotelens.corrections.model import offsets_key


def _ranges(words: Words, frags: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out = [words.range_of(s, e) for s, e in frags]
    ranges = sorted({r for r in out if r is not None})
    merged: list[tuple[int, int]] = []
    for a, b in ranges:  # fragments that touch the same words become one piece
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e, f) - max(s, t)) for s, e in a for t, f in b)


def corrections_to_gold(article: Article, gold: list[Any]) -> list[Correction]:
    """Corrections making ``article`` say what ``gold`` (the scorer's GoldAttribution list) says."""
    words = Words(article.text)
    digest = article_digest(article.text)
    keys = quotation_keys(a.content for a in article.attributions)
    pairs = sorted(
        (
            (_overlap(g.content, a.content), gi, ai)
            for gi, g in enumerate(gold)
            for ai, a in enumerate(article.attributions)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}  # engine attribution -> gold
    for inter, gi, ai in pairs:
        if inter and ai not in matched and gi not in matched.values():
            matched[ai] = gi
    out = []
    for ai, key in enumerate(keys):
        if ai not in matched:
            out.append(Correction(digest, key, not_quote=True, author="gold"))
            continue
        g = gold[matched[ai]]
        source = _ranges(words, g.source[:1]) if g.source else ()
        out.append(Correction(digest, key, content_words=_ranges(words, g.content), source_words=source, author="gold"))
    for gi in sorted(set(range(len(gold))) - set(matched.values())):
        g = gold[gi]
        content = _ranges(words, g.content)
        source = _ranges(words, g.source[:1]) if g.source else ()
        key = offsets_key(words.pieces(content))
        out.append(Correction(digest, key, op=Op.ADD, content_words=content, source_words=source, author="gold"))
    return out
