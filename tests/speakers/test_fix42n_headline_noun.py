"""A common noun that opens a line with no final stop is a headline's "the hospital", not a name: a live page's
entry "School says pupils are safe" names no organisation "School". In a sentence, "Parliament voted." keeps its
name."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs


def _names(sentence: str) -> list[list[str]]:
    return [r.words for r in name_runs(tokenize(sentence), 0, 0)]


def test_a_headline_line_opened_by_a_common_noun_names_no_one():
    assert _names("Hospital says condition of injured driver has improved") == []
    assert _names("School says pupils will return on Monday") == []


def test_a_sentence_keeps_its_bodys_name():
    assert _names("Parliament voted on the bill.") == [["Parliament"]]
