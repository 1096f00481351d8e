"""Typed tables from column lists (quotelens.schema.build_table): the same dtypes and values as pd.array."""

from __future__ import annotations

import pandas as pd

from quotelens.schema import SCHEMAS, build_table, pandas_dtype, validate


def _reference(name: str, columns: dict[str, list[object]]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.array(columns[c], dtype=pandas_dtype(k)) for c, k, _ in SCHEMAS[name]})


def test_build_table_matches_pd_array_with_missing_values() -> None:
    cols: dict[str, list[object]] = {
        "id": [0, 1],
        "name": ["Ann Lee", "the union"],
        "type": ["person", "group"],
        "aliases": ["Lee", ""],
        "roles": ["", ""],
        "mentions": [3, 1],
        "members": ["", ""],
        "quotes": [2, 0],
        "quoted_words": [40, 0],
        "headline_reports": [0, 0],
        "first_paragraph": [1, None],  # nullable Int64
    }
    got = build_table("speakers", cols)
    validate(got, "speakers")
    pd.testing.assert_frame_equal(got, _reference("speakers", cols))
    assert got["first_paragraph"].isna().tolist() == [False, True]


def test_build_table_of_no_rows_is_typed() -> None:
    cols: dict[str, list[object]] = {c: [] for c, _, _ in SCHEMAS["quotes"]}
    got = build_table("quotes", cols)
    validate(got, "quotes")
    pd.testing.assert_frame_equal(got, _reference("quotes", cols))


def test_optional_text_keeps_missing_as_na() -> None:
    cols: dict[str, list[object]] = {c: [] for c, _, _ in SCHEMAS["quotes"]}
    row: dict[str, object] = dict.fromkeys(cols)
    row.update(id=0, group=0, paragraph_id=0, start=0, end=3, text="abc", kind="direct", stance="neutral")
    row.update(resolution="unresolved", speaker_sure=False, evidence="e", rule="r", confidence=0.5, words=1)
    row.update(corrected=False)
    got = build_table("quotes", {c: [row[c]] for c in cols})
    pd.testing.assert_frame_equal(got, _reference("quotes", {c: [row[c]] for c in cols}))
    assert got["cue_text"].isna().all() and got["cue_start"].isna().all()
