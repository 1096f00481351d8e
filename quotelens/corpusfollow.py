"""Following one speaker across a corpus: a click on a "Most quoted" bar selects them (``?speaker=``, the
selection every page shares), and the Corpus page lists their quotations, each a link to the Reader at it.

In: :class:`~quotelens.corpus.CorpusTables` and the speaker selected (a corpus speaker's name, as the chart
and the ``speaker`` column of the search results give it). Out: the chart's selection handler, and one row per
quotation of that speaker (its pieces' words joined), laid out as the search results are
(:func:`quotelens.corpusview.hits_to_read`).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from quotelens import charts, ui
from quotelens.corpus import CorpusTables
from quotelens.story import in_story

CHART = "ql_corpus_top"  # the "Most quoted" chart's widget key
GAP = " … "  # between the pieces of one quotation


def chart_key(following: str | None) -> str:
    """The chart's widget key: drawn afresh, its selection as the URL says, when the selection changes."""
    return f"{CHART}:{following or ''}"


def bar_picked(key: str) -> None:
    """A click on a bar of the chart keyed ``key`` selects its speaker (a click beside the bars, none)."""
    picked = charts.selected_speakers(st.session_state.get(key))
    ui.select_speaker(picked[0] if picked else None)


def speaker_quotations(tables: CorpusTables, speaker: str) -> pd.DataFrame:
    """The story's quotations credited to corpus speaker ``speaker``, one row each (its first piece's row, with
    the words of every piece), article by article in the corpus's order, then in reading order."""
    q = tables.quotes
    if q.empty or "corpus_speaker" not in q:
        return q.head(0)
    mine = q[(q["corpus_speaker"] == speaker) & in_story(q, tables.paragraphs, ("article_id",))]
    mine = mine.sort_values(["article_id", "group", "start"], kind="stable")
    words = mine.groupby(["article_id", "group"], sort=False)["text"].agg(lambda t: GAP.join(map(str, t)))
    first = mine.drop_duplicates(["article_id", "group"]).copy()
    first["text"] = [words[(a, g)] for a, g in zip(first["article_id"], first["group"], strict=True)]
    return first.reset_index(drop=True)


def quotations_note(speaker: str, rows: pd.DataFrame) -> str:
    """The caption over a speaker's list: how many quotations in how many articles, and how to undo the pick."""
    n, articles = len(rows), rows["article_id"].nunique() if len(rows) else 0
    return (
        f"{n} quotation{'s' if n != 1 else ''} in {articles} article{'s' if articles != 1 else ''}; "
        "click the bar again (or beside the bars) to stop following this speaker."
    )
