"""Questions asked of corpus tables, answered in pandas before any chart (one row per speaker or period).

In: :class:`~quotelens.corpus.tables.CorpusTables`. Out: small DataFrames for the Corpus page.
"""

from __future__ import annotations

import pandas as pd

from quotelens.corpus.tables import CorpusTables
from quotelens.quotedwords import quoted_words
from quotelens.story import in_story
from quotelens.typed import contains_typed


def top_speakers(tables: CorpusTables, n: int = 20) -> pd.DataFrame:
    """The most quoted named speakers across the corpus: quotations, articles and words each, counted as every
    article page and the speakers table count them (the story's quotations, every piece's words:
    :func:`quotelens.quotedwords.quoted_words`)."""
    columns = ["speaker", "quotations", "articles", "words"]
    q = tables.quotes
    if q.empty:
        return pd.DataFrame(columns=columns)
    q = q[in_story(q, tables.paragraphs, ("article_id",)) & q["corpus_speaker"].notna()]
    named = q[~q["speaker_type"].isin(["anonymous"])]
    if named.empty:
        return pd.DataFrame(columns=columns)
    out = quoted_words(named, ["corpus_speaker"]).set_index("corpus_speaker")
    out["articles"] = named.groupby("corpus_speaker")["article_id"].nunique()
    return (
        out.sort_values(["quotations", "articles"], ascending=False, kind="stable")
        .head(n)
        .reset_index()
        .rename(columns={"corpus_speaker": "speaker"})[columns]
    )


def quotes_over_time(tables: CorpusTables, freq: str = "W") -> pd.DataFrame:
    """Quotations per period, when articles have dates."""
    a = tables.articles
    if a.empty or a["date"].isna().all():
        return pd.DataFrame(columns=["period", "quotations"])
    dates = pd.to_datetime(a["date"], errors="coerce")
    df = a.assign(period=dates.dt.to_period(freq).dt.start_time).dropna(subset=["period"])
    return df.groupby("period", as_index=False).agg(quotations=("quotations", "sum"))


def search_quotes(tables: CorpusTables, needle: str, limit: int = 200) -> pd.DataFrame:
    """Pieces of quotations containing ``needle`` as a keyboard types it, or said by a speaker whose name
    contains it ("Tillerson"), at most ``limit`` (:func:`pieces_matching` of the corpus's quotes)."""
    q = tables.quotes
    if q.empty or not needle.strip():
        return q.head(0)
    named = pd.Series(False, index=q.index)
    for column in ("corpus_speaker", "speaker"):
        if column in q:
            named |= contains_typed(q[column].fillna("").astype(str), needle)
    return q[named | contains_typed(q["text"], needle)].head(limit)


def pieces_matching(quotes: pd.DataFrame, needle: str, limit: int = 200) -> pd.DataFrame:
    """The rows of ``quotes`` (each piece of a quotation on its own) containing ``needle`` whatever the case,
    the spacing and the marks typed ("didn't" finds “didn’t”: :mod:`quotelens.typed`), at most ``limit``."""
    if quotes.empty or not needle.strip():
        return quotes.head(0)
    return quotes[contains_typed(quotes["text"], needle)].head(limit)


def named_speakers(tables: CorpusTables) -> int:
    """Distinct named (not anonymous) speakers across the corpus."""
    s = tables.speakers
    return int(s.loc[s["type"] != "anonymous", "corpus_speaker"].nunique())


def quoted_speakers(tables: CorpusTables) -> int:
    """Distinct named (not anonymous) speakers quoted at least once across the corpus (the article
    pages' "speakers quoted"; :func:`named_speakers` also counts the ones only mentioned)."""
    s = tables.speakers
    return int(s.loc[(s["type"] != "anonymous") & (s["quotes"] > 0), "corpus_speaker"].nunique())
