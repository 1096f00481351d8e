"""CSV that a spreadsheet opens as text: one rule for every CSV quotelens writes.

In: a table or a cell. Out: the same with each text a spreadsheet would run as a formula (one that
starts with = + - @, a tab or a carriage return) behind a ``'``, which spreadsheets show as text and
do not run (OWASP's "CSV injection"). JSON and Parquet keep every text as written.

Used by the pages' downloads (:func:`quotelens.views.to_csv_bytes`), the corrections CSV
(:mod:`quotelens.corrections.files`, which reads the ``'`` back off) and the command line's CSV
(:mod:`quotelens.cli`, :mod:`quotelens.corpus.writers`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is a text a spreadsheet would run as a formula."""
    return f"'{value}" if isinstance(value, str) and value.startswith(TRIGGERS) else value


def restored_cell(value: Any) -> Any:
    """The inverse of :func:`inert_cell`, for a CSV read back: ``'=1+1`` is ``=1+1``."""
    return value[1:] if isinstance(value, str) and value.startswith("'") and value[1:].startswith(TRIGGERS) else value


def inert_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with :func:`inert_cell` applied to every text column (others as they are)."""
    texts = df.select_dtypes(include=["object", "string"]).columns
    return df.assign(**{c: df[c].map(inert_cell) for c in texts}) if len(texts) else df
