"""Corrections: keys, checks, and how a quotation's history adds up."""

from __future__ import annotations

import pytest

from quotelens.corrections import Correction, Op, effective, quotation_keys
from quotelens.corrections.model import as_row, from_row, parse_key, parse_ranges

D = "d" * 64


def test_keys_are_offsets_with_a_number_for_repeated_words():
    keys = quotation_keys([[(1, 5)], [(7, 9), (12, 20)], [(1, 5)], [(1, 5)]])
    assert keys == ["1-5", "7-9;12-20", "1-5#1", "1-5#2"]
    assert parse_key("7-9;12-20") == [(7, 9), (12, 20)]
    assert parse_key("1-5#2") == [(1, 5)]
    with pytest.raises(ValueError, match="not 'start-end"):
        parse_key("here")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "quoted"}, "kind 'quoted'"),
        ({"speaker_type": "robot"}, "speaker type 'robot'"),
        ({"speaker": "  "}, "cannot be empty"),
        ({"source_words": ((1, 2), (4, 5))}, "one range"),
        ({"op": Op.ADD}, "needs its content words"),
        ({"op": "rewrite"}, "rewrite"),
    ],
)
def test_a_correction_that_does_not_check_out_is_refused(fields, message):
    with pytest.raises(ValueError, match=message):
        Correction(D, "1-5", **fields)


def _at(t: str, **fields) -> Correction:
    return Correction(D, fields.pop("quote", "1-5"), created_at=f"2025-01-01T00:00:0{t}+00:00", **fields)


def test_later_corrections_win_for_what_they_set():
    got = effective([_at("1", speaker="A", kind="direct"), _at("2", kind="mixed"), _at("3", speaker="B")])
    assert (got["1-5"].speaker, got["1-5"].kind) == ("B", "mixed")


def test_the_speaker_its_type_and_source_words_go_together():
    got = effective([_at("1", speaker="Ana Ruiz", source_words=((3, 4),)), _at("2", speaker_type="anonymous")])
    c = got["1-5"]
    assert (c.speaker, c.speaker_type, c.source_words) == (None, "anonymous", None)


def test_order_is_time_then_row_number_whatever_the_input_order():
    a = _at("1", speaker="A")
    b = _at("1", speaker="B", seq=2)
    later = _at("2", kind="indirect")
    assert effective([later, b, a])["1-5"].speaker == "B"


def test_a_revert_forgets_what_came_before():
    got = effective([_at("1", speaker="A"), _at("2", op=Op.REVERT), _at("3", kind="direct")])
    c = got["1-5"]
    assert (c.op, c.speaker, c.kind) == (Op.FIX, None, "direct")


def test_an_addition_stays_an_addition_when_corrected_again():
    got = effective([_at("1", quote="5-9", op=Op.ADD, content_words=((1, 2),)), _at("2", quote="5-9", speaker="C")])
    assert (got["5-9"].op, got["5-9"].speaker, got["5-9"].content_words) == (Op.ADD, "C", ((1, 2),))


def test_corrections_of_different_quotations_do_not_mix():
    got = effective([_at("1", speaker="A"), _at("2", quote="8-9", speaker="B")])
    assert {k: c.speaker for k, c in got.items()} == {"1-5": "A", "8-9": "B"}


def test_rows_round_trip():
    c = Correction(D, "1-5;7-9", speaker="X", source_words=(), content_words=((1, 2), (4, 4)), not_quote=False)
    row = as_row(c)
    assert row["source_words"] == "none" and row["content_words"] == "1-2;4-4" and row["op"] == "fix"
    assert from_row(row) == c
    assert from_row({**row, "unknown": 1}) == c
    assert parse_ranges("") is None and parse_ranges("none") == ()


def test_changes_say_what_was_corrected():
    c = Correction(D, "1-5", speaker="Ana Ruiz", kind="direct", content_words=((3, 9),), not_quote=False)
    assert c.changes() == ["speaker Ana Ruiz", "kind direct", "a quotation after all", "content words 3-9"]
    assert Correction(D, "1-5", op=Op.REVERT).changes() == ["back to the engine's attribution"]
