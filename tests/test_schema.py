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


def _quotes_rows(n: int) -> dict[str, list[object]]:
    cols: dict[str, list[object]] = {c: [] for c, _, _ in SCHEMAS["quotes"]}
    for i in range(n):
        row: dict[str, object] = dict.fromkeys(cols)
        row.update(id=i, group=i // 2, paragraph_id=i, start=10 * i, end=10 * i + 5, text=f"t{i}", kind="direct")
        row.update(stance="neutral", resolution="explicit", speaker_sure=i % 2 == 0, evidence="e", rule="r")
        row.update(confidence=0.25 * i, words=i, corrected=False, cue_start=i if i % 2 else None, speaker="A")
        for c in cols:
            cols[c].append(row[c])
    return cols


def test_build_table_is_laid_out_as_the_dict_constructor_lays_it_out() -> None:
    """The frame assembled from blocks is the one ``pd.DataFrame(dict, copy=False)`` makes: the same
    column index, the same range index, one block per column in schema order."""
    cols = _quotes_rows(3)
    got = build_table("quotes", cols)
    ref = _reference("quotes", cols)
    pd.testing.assert_frame_equal(got, ref)
    assert got.columns.dtype == ref.columns.dtype and isinstance(got.index, pd.RangeIndex)
    assert [list(b.mgr_locs) for b in got._mgr.blocks] == [[n] for n in range(len(SCHEMAS["quotes"]))]
    assert got.to_csv() == ref.to_csv()


def test_tables_from_build_table_do_not_share_what_they_are_built_from() -> None:
    """Frames built from the same lists stay independent when one is changed or sorted."""
    cols = _quotes_rows(4)
    a, b = build_table("quotes", cols), build_table("quotes", cols)
    a.loc[0, "start"] = 99
    a.loc[1, "speaker"] = "B"
    assert b["start"].tolist() == [0, 10, 20, 30] and b["speaker"].tolist() == ["A"] * 4
    assert cols["start"] == [0, 10, 20, 30]
    s = b.sort_values("confidence", ascending=False, kind="stable").reset_index(drop=True)
    assert s["id"].tolist() == [3, 2, 1, 0] and s["cue_start"].isna().tolist() == [False, True, False, True]
