"""Which paragraph is the headline, which are the story, and what the story counts: one definition.

In: a paragraphs table and a quotes table, one article's (:class:`~quotelens.article.Article`) or
a batch's stacked, with a column naming each row's article (``by``). Out: masks, paragraph ids and
counts, used alike by the pages (:mod:`quotelens.views`, :mod:`quotelens.readable`,
:mod:`quotelens.markup`) and the corpus tables (:mod:`quotelens.corpus.extract`), so Home and the
Corpus page count an article the same way.

Notes:
    The engine decides which paragraph is the headline (``role == "title"``,
    :func:`quotelens.segment.segment_paragraphs`); this module only reads that role. A report in the
    headline ("Trump Sides With Putin") is the writer's claim about someone, not their words: it is
    shown, but counts nowhere. Page debris is not the story either; every other role is.
"""

from __future__ import annotations

import pandas as pd

HEADLINE = "title"  # the role the engine gives the headline's paragraph
NOT_STORY = frozenset({HEADLINE, "boilerplate"})  # every other paragraph role is part of the story
COUNTS = ("paragraphs", "words", "quotations", "speakers_quoted")


def is_headline(paragraphs: pd.DataFrame) -> pd.Series:
    """Which rows of ``paragraphs`` are the headline."""
    return paragraphs["role"] == HEADLINE


def headline_ids(paragraphs: pd.DataFrame) -> frozenset[int]:
    """The ids of the headline's paragraphs (of one article)."""
    return frozenset(int(i) for i in paragraphs.loc[is_headline(paragraphs), "id"])


def is_story(paragraphs: pd.DataFrame) -> pd.Series:
    """Which rows of ``paragraphs`` are the story: all but the headline and page debris."""
    return ~paragraphs["role"].isin(NOT_STORY)


def _quotes_in(quotes: pd.DataFrame, paragraphs: pd.DataFrame, by: tuple[str, ...]) -> pd.Series:
    """Which rows of ``quotes`` stand in one of ``paragraphs`` (of the same article, when ``by`` names it)."""
    if not by:
        return quotes["paragraph_id"].isin(paragraphs["id"])
    wanted = pd.MultiIndex.from_frame(paragraphs[[*by, "id"]])
    here = pd.MultiIndex.from_frame(quotes[[*by, "paragraph_id"]])
    return pd.Series(here.isin(wanted), index=quotes.index)


def in_story(quotes: pd.DataFrame, paragraphs: pd.DataFrame, by: tuple[str, ...] = ()) -> pd.Series:
    """Which rows of ``quotes`` are quotations of the story (not the headline's report, not page debris)."""
    return _quotes_in(quotes, paragraphs[is_story(paragraphs)], by)


def in_headline(quotes: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.Series:
    """Which rows of ``quotes`` (of one article) are reports in the headline itself."""
    return quotes["paragraph_id"].isin(headline_ids(paragraphs))


def counts(paragraphs: pd.DataFrame, quotes: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per article (the values of ``by``): the story's paragraphs and words, its quotations (groups) and
    the speakers they credit (the unresolved left out). An article with none has no row: reindex."""
    story = paragraphs[is_story(paragraphs)]
    heard = quotes[in_story(quotes, paragraphs, (by,))].groupby(by)
    found = {
        "paragraphs": story.groupby(by).size(),
        "words": story.groupby(by)["words"].sum(),
        "quotations": heard["group"].nunique(),
        "speakers_quoted": heard["speaker"].nunique(),
    }
    return pd.DataFrame(found).fillna(0).astype("int64")


def article_counts(paragraphs: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, int]:
    """:func:`counts` of one article."""
    row = counts(paragraphs.assign(_a=0), quotes.assign(_a=0), "_a").reindex([0], fill_value=0)
    values = row.iloc[0].to_dict()
    return {c: int(values[c]) for c in COUNTS}


def extent(paragraphs: pd.DataFrame) -> tuple[int, int] | None:
    """The first and last paragraph (ids) of the story of one article; None when it has none."""
    ids = paragraphs.loc[is_story(paragraphs), "id"]
    return (int(ids.min()), int(ids.max())) if len(ids) else None
