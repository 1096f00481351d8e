"""How many words a speaker is quoted for: one count for every page, chart and table.

In: rows of a quotes table (each piece of a quotation on its own row, with its ``words``; one article's,
or a corpus's with ``article_id``). Out: per speaker (or any grouping), the quotations (distinct groups)
and the words of *every* piece of them, as the speakers table's ``quoted_words`` counts them.

Notes:
    A quotation broken by its cue ("We will," she said, "win.") is two rows with one ``group``: counting
    its first row alone (as the Corpus chart once did) gave 186 words where every other page said 226.
"""

from __future__ import annotations

import pandas as pd


def quoted_words(quotes: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Per value of the ``by`` columns of ``quotes``: ``quotations`` (distinct quotations, per article when the
    rows say which) and ``words`` (summed over every piece). Rows whose ``by`` value is missing are left out."""
    if quotes.empty:
        return pd.DataFrame(columns=[*by, "quotations", "words"])
    keys = ["article_id", "group"] if "article_id" in quotes else ["group"]
    one = quotes.assign(_quotation=pd.MultiIndex.from_frame(quotes[keys]).to_flat_index())
    return one.groupby(by, as_index=False, sort=True).agg(quotations=("_quotation", "nunique"), words=("words", "sum"))
