"""Find attributions (who is credited with which words) in an article's body.

In: the article text, its paragraphs and quoted regions (:mod:`quotelens.segment`).
Out: a list of :class:`Attribution` records, each with its content fragments, cue,
source mention and the rule ("frame") that found it. Speakers are resolved later,
by :mod:`quotelens.speakers`; this module only says *where* the source is.

How:
    Each sentence of a body paragraph is scanned for cues: a speech or cognition
    verb from :mod:`quotelens.lexicon`, or "according to". Each cue is tried
    against a short list of frames, in order:

    ``according-to``   "According to X, C." / "C, according to X."
    ``content-first``  "C, X said." / "C," said X. / "C," X said, "C2."
    ``source-first``   "X said (that) C." / "X told reporters that C." / "X said: C"
    ``participle``     "..., adding that C" (the subject of the sentence speaks)

    A verb outside the lexicon is tried too when a quotation and a speaker stand
    beside it ('"C," reacted Trump.') or a that-clause follows it. The headline is
    scanned the same way, with title-case cues ("Sanders Says ...").

    Then quoted sentences with no cue are joined to the attribution before them
    in the paragraph ("...," he said. "More."), a paragraph that opens a quote
    right after an attributed one continues that quotation as one more piece of it,
    and a quotation no frame claimed goes to the subject of its sentence ("orphan
    quote": '"He called her “third-rate”"'). Contents start at their complementiser
    ("that the bill would fail"), as PolNeAR marks them; where a reported clause
    ends is chosen among its break points by :mod:`quotelens.boundary` (the rules'
    end is one candidate and one feature), and a second report coordinated after a
    content (", and three in ten said ...") ends it.

    Finally :mod:`quotelens.confidence` scores every proposal and drops the unlikely.

Notes:
    Every decision is kept on the record (``rule``, ``confidence``) so the reader
    view can show why a passage was credited to someone.
"""

from __future__ import annotations

from quotelens.attribution.engine import Engine
from quotelens.attribution.frames.headline import headline_sentences
from quotelens.attribution.record import Attribution, QuoteKind, Span
from quotelens.segment import (
    Paragraph,
    QuoteRegion,
    Sentence,
    find_quote_regions,
    segment_paragraphs,
    segment_sentences,
)


def find_attributions(
    text: str,
    paragraphs: list[Paragraph],
    regions: list[QuoteRegion],
    sentences: list[Sentence] | None = None,
    use_model: bool = True,
    use_boundary: bool = True,
) -> list[Attribution]:
    """All attributions in the body paragraphs, sorted by position (see the module docstring).

    ``sentences`` (from :func:`~quotelens.segment.segment_sentences`) is computed when not given.
    ``use_model=False`` keeps every proposal of the frames (for training the confidence model);
    ``use_boundary=False`` ends contents where the rules do (for training :mod:`quotelens.boundary`).
    """
    if sentences is None:
        sentences = segment_sentences(text, paragraphs)
    # Headlines speak too ("Sanders Says He Will Stay In The Race"): their sentences go first.
    headline = headline_sentences(text, paragraphs)
    return Engine(text, paragraphs, regions, headline + sentences, use_model, use_boundary).run()


def attributions_in(text: str, use_model: bool = True, use_boundary: bool = True) -> list[Attribution]:
    """:func:`find_attributions` of a whole text: paragraphs (the first line a headline), quoted
    regions and sentences found here (``segment`` -> ``regions`` -> ``find_attributions``, written once
    for the tools, benchmarks and tests; :func:`quotelens.load_article` also applies input roles)."""
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    return find_attributions(
        text, paragraphs, regions, segment_sentences(text, paragraphs), use_model=use_model, use_boundary=use_boundary
    )


def first_per_content(atts: list[Attribution], skip_reader_only: bool = True) -> list[int]:
    """Indexes of the attributions written in the flat, one-row-per-content formats (the scorer's
    JSONL): the first attribution found for each content, without the reader-only ones."""
    seen: set[tuple[Span, ...]] = set()
    out = []
    for n, att in enumerate(atts):
        key = tuple(att.content)
        if key in seen or (skip_reader_only and att.reader_only):
            continue
        seen.add(key)
        out.append(n)
    return out


__all__ = ["Attribution", "QuoteKind", "Span", "attributions_in", "find_attributions", "first_per_content"]
