"""Dates and datelines: quotelens/speakers/datelines.py."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.datelines import dateline


def test_a_dateline_ends_at_its_dash():
    toks = tokenize("JACKSON, Miss. — A federal judge blocked the law.")
    assert toks[dateline(toks)].text == "—"
    toks = tokenize("NEW YORK (AP) — The jury was chosen.")
    assert toks[dateline(toks)].text == "—"


def test_capitals_without_a_dash_are_no_dateline():
    assert dateline(tokenize("FBI, CIA and NSA officials said so.")) == 0
    assert dateline(tokenize("A judge said so — and meant it.")) == 0
