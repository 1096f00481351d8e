"""What the searches compare: text as a keyboard types it.

In: a search as typed and a column of quotation texts. Out: which texts contain it, whatever the case, the
runs of spaces and the marks (' for ‘’, " for “”«», - for en and em dashes): "didn't" finds “didn’t”.
The Reader's filters (:func:`quotelens.views.filter_quotes`) and the corpus search
(:func:`quotelens.corpus.search_quotes`) both read it here.
"""

from __future__ import annotations

import pandas as pd

_AS_TYPED = str.maketrans("‘’‛′“”„‟″«»–—‐‑", '\'\'\'\'"""""""----')  # what a keyboard types for each mark


def contains_typed(texts: pd.Series, search: str) -> pd.Series:
    """For each text, does it contain ``search`` as a keyboard types both (a boolean Series, same index)?"""
    needle = " ".join(search.translate(_AS_TYPED).casefold().split())
    typed = texts.fillna("").str.translate(_AS_TYPED).str.casefold().str.replace(r"\s+", " ", regex=True)
    return typed.str.contains(needle, regex=False)
