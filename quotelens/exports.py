"""The downloads of the pages: "Export every table" on Home and the Corpus page (a CSV and a JSON of each table),
and the tables Who said what offers, as their files are written.

In: tables by name and a file name's stem. Out: download buttons; each file is built on click
(:func:`quotelens.views.to_csv_bytes`, formula-safe; :func:`quotelens.views.to_json_bytes`) from
:func:`for_download`: every column as the engine names it and codes it (a kind is ``direct``, ``mixed`` or
``indirect``), but the ``evidence`` a reader reads in words, beside its codes, and a quotation's ``unsure`` reason.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from quotelens import doubt, readable, reasons, views
from quotelens.doubt import UNSURE_COLUMN

EVIDENCE_CODES = "evidence_codes"  # the engine's evidence as written: its rule and feature names, stable for scripts


def for_download(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as a download writes it: its ``evidence`` said as the Reader's evidence card says it ("“according
    to” and who said it come first, then the words; …; Why this is kept: its verb usually introduces speech
    (+1.2)": :func:`quotelens.reasons.card_evidence`), and right after it ``evidence_codes``, the engine's evidence
    as written ("according-to (before content); …; model: cue_in_lexicon (+1.2)"), whose rule and feature names
    are stable codes, as the ``rule`` column is. A table without evidence is returned as it is."""
    table = with_unsure(table)
    if "evidence" not in table.columns or EVIDENCE_CODES in table.columns:
        return table
    codes = table["evidence"]
    out = table.assign(evidence=codes.map(lambda e: reasons.card_evidence(e) if isinstance(e, str) else e))
    out.insert(list(out.columns).index("evidence") + 1, EVIDENCE_CODES, codes)
    return out


def with_unsure(table: pd.DataFrame) -> pd.DataFrame:
    """A quotes table with, right after its ``confidence``, the column ``unsure``: why the pages call the row
    unsure, in words (:func:`quotelens.doubt.reasons`: a close-call speaker, a confidence below the model's
    threshold), "" when it is sure. Any other table, or one that has the column, is returned as it is."""
    if UNSURE_COLUMN in table.columns or not {"speaker", "speaker_sure", "confidence"} <= set(table.columns):
        return table
    out = table.copy()
    out.insert(list(out.columns).index("confidence") + 1, UNSURE_COLUMN, doubt.reasons(table).to_numpy())
    return out


def csv_bytes(table: pd.DataFrame) -> bytes:
    """The CSV a page's download gives (:func:`for_download`, formula-safe)."""
    return views.to_csv_bytes(for_download(table))


def json_bytes(table: pd.DataFrame) -> bytes:
    """The JSON a page's download gives (:func:`for_download`, every text as written)."""
    return views.to_json_bytes(for_download(table))


def export_tables(tables: dict[str, pd.DataFrame], stem: str) -> None:
    """A CSV and a JSON download of each table, every column as the engine names it (built on click)."""
    for name, table in tables.items():
        c1, c2 = st.columns(2)
        c1.download_button(
            f"{name}.csv",
            partial(csv_bytes, table),
            f"{stem}-{name}.csv",
            "text/csv",
            on_click="ignore",
            help=readable.CSV_HELP,
        )
        c2.download_button(
            f"{name}.json",
            partial(json_bytes, table),
            f"{stem}-{name}.json",
            "application/json",
            on_click="ignore",
        )
