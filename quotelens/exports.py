"""The "Export every table" downloads of Home and the Corpus page: a CSV and a JSON of each table.

In: tables by name and a file name's stem. Out: download buttons; each file is built on click
(:func:`quotelens.views.to_csv_bytes`, formula-safe; :func:`quotelens.views.to_json_bytes`).
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from quotelens import readable, views


def export_tables(tables: dict[str, pd.DataFrame], stem: str) -> None:
    """A CSV and a JSON download of each table, every column as the engine names it (built on click)."""
    for name, table in tables.items():
        c1, c2 = st.columns(2)
        csv, data = f"{stem}-{name}.csv", partial(views.to_csv_bytes, table)
        c1.download_button(f"{name}.csv", data, csv, "text/csv", on_click="ignore", help=readable.CSV_HELP)
        c2.download_button(
            f"{name}.json",
            partial(views.to_json_bytes, table),
            f"{stem}-{name}.json",
            "application/json",
            on_click="ignore",
        )
