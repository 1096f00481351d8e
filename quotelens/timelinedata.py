"""The Speaker timeline's rows, each with the quotation a click on its mark selects.

In: an :class:`~quotelens.article.Article` (its story's quotations, :func:`quotelens.views.body_quotes`).
Out: one row per quotation (speaker, paragraph, kind, words, the quotation cut to 220 characters, its
``group``: the index of its key in :attr:`quotelens.corrections.report.Corrected.keys`, and whether it is
``unsure``: :func:`quotelens.doubt.unsure_mask`), and whether the selected quotation has a mark.

Notes:
    The ``group`` is what a click on a mark sends back (:data:`QUOTE_PARAM`), so that the timeline selects
    the quotation as well as its speaker and the page can lead to it in the Reader, in the same session.
"""

from __future__ import annotations

import pandas as pd

from quotelens import doubt
from quotelens.article import Article
from quotelens.views import body_quotes, quotation_list

QUOTE_PARAM = "quote_pick"  # the timeline's second point selection: the clicked quotation's group
COLUMNS = ["speaker", "paragraph", "kind", "words", "quotation", "group", "unsure"]
SHOWN_CHARACTERS = 220  # of a quotation, in the tooltip


def timeline_data(article: Article) -> pd.DataFrame:
    """One row per quotation of the story, in the text's order, with its ``group``."""
    quotes = body_quotes(article)
    q = quotation_list(quotes)
    if q.empty:
        return pd.DataFrame(columns=COLUMNS)
    # quotation_list keeps one row per group in the order of the groups' first piece: the same order here
    q["group"] = quotes.sort_values("start")["group"].drop_duplicates().to_numpy()
    q["words"] = q["quotation"].map(lambda t: len(str(t).split()))
    q["quotation"] = q["quotation"].str.slice(0, SHOWN_CHARACTERS)
    q["unsure"] = q["group"].isin(doubt.unsure_groups(quotes))  # (the Reader's "(?)": quotelens.doubt decides)
    return q[COLUMNS]


def picked_group(event: object) -> int | None:
    """The quotation (its group) a click on the timeline selected, from its ``on_select`` event."""
    try:
        points = event["selection"][QUOTE_PARAM]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    if isinstance(points, dict):  # (the Vega-Lite store's shape: {"group": [3]})
        values = points.get("group")
        points = [{"group": v} for v in values] if isinstance(values, list) else []
    groups = [p.get("group") for p in points if isinstance(p, dict)]
    found = [int(g) for g in groups if isinstance(g, int | float) and not isinstance(g, bool)]
    return found[0] if found else None


def on_timeline(data: pd.DataFrame, group: int | None) -> bool:
    """Whether the selected quotation (its group) has a mark on the timeline (not another article's, nor the
    headline's own report)."""
    return group is not None and not data.empty and bool((data["group"] == group).any())
