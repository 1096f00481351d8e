"""Tests of :mod:`quotelens.attribution.passes.trims` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations


def test_as_a_source_reported_leaves_the_main_clause_to_the_report():
    # 'After X said C, Y said D' ends C at Y's report; 'As X reported, C' reports the main clause,
    # so its opener does not count as a subordinator that would end the content there
    from quotelens.attribution.engine import Engine
    from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences

    for opener, subordinate in (("As", False), ("After", True), ("When", True)):
        text = f"Head For The Test\n\n{opener} the Post reported today, the inspector issued subpoenas.\n"
        paras = segment_paragraphs(text)
        engine = Engine(text, paras, find_quote_regions(text, paras), segment_sentences(text, paras))
        assert engine._opens_with_subordinator(text.index("the Post")) is subordinate
