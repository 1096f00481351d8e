"""The kinds of quotation in a reader's words, one vocabulary for every page.

In: the engine's kind codes (``direct``, ``mixed``, ``indirect``, and any kind it adds later). Out: the words
the pages show for them — "direct quote", "partial quote", "reported speech", as the Reader's legend, the Kind
chips, the cards and the charts' tooltips say them — and tables whose ``kind`` column is written so.

Notes:
    Only what a reader sees is renamed. The URL's ``?kind=``, the CSV and JSON downloads and the CLI keep the
    engine's codes: researchers script against them.
"""

from __future__ import annotations

import pandas as pd

KIND_ORDER = ["direct", "mixed", "indirect"]
KIND_UNDERLINE = {"direct": "solid", "mixed": "dashed", "indirect": "dotted"}
KIND_NAME = {"direct": "direct quote", "mixed": "partial quote", "indirect": "reported speech"}  # short, everywhere
KIND_LABEL = {  # (in brackets, the engine's word: the downloads' and the URL's ?kind=)
    "direct": "direct quote (direct): the speaker's own words in quotation marks (solid underline)",
    "mixed": "partial quote (mixed): a paraphrase holding some of the speaker's words in quotes (dashed)",
    "indirect": "reported speech (indirect): the speaker's words told by the writer, no quotation marks (dotted)",
}


def kind_name(kind: object) -> str:
    """A kind as the pages name it; a kind the engine added later keeps its own word, a missing one is ""."""
    if kind is None or (isinstance(kind, float) and pd.isna(kind)):
        return ""
    return KIND_NAME.get(str(kind), str(kind))


def with_kind_names(table: pd.DataFrame, column: str = "kind") -> pd.DataFrame:
    """A copy of a table to read whose ``column`` says each kind in words (the table itself is not changed;
    a table without the column is returned as it is)."""
    if column not in table.columns:
        return table
    return table.assign(**{column: table[column].map(kind_name).astype(object)})
