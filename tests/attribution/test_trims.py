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


def test_a_content_opening_a_paragraph_starts_after_its_dateline():
    from tests.attribution.examples import proposals

    for dateline in ("NEW ORLEANS (AP) — ", "JACKSON, Miss. — ", "WASHINGTON -- "):
        rows = proposals(dateline + "A storm cut power to 200,000 homes on Tuesday, officials said.")
        assert ("officials", "said", ["A storm cut power to 200,000 homes on Tuesday"]) in [r[1:] for r in rows]
    rows = proposals("A storm cut power to 200,000 homes, officials said.")  # no dateline: the same start
    assert ("officials", "said", ["A storm cut power to 200,000 homes"]) in [r[1:] for r in rows]
