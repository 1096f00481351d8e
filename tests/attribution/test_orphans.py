"""Tests of :mod:`quotelens.attribution.passes.orphans` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_unclaimed_quotation_goes_to_the_sentence_subject():
    # ("leaned in and boomed: “...”" is now claimed by its own frame, tested below; and a clause, a
    # colon and a quotation closing the sentence by "source-first (clause + colon)", same source and cue)
    (p,) = proposals("Mayor Lena Park then leaned in with a vow: “We will finish this bridge by spring.”")
    assert p == ("source-first (clause + colon)", "Mayor Lena Park", "vow", ["“We will finish this bridge by spring.”"])
    (p,) = proposals("Mayor Lena Park then ended the night with “We will finish this bridge by spring.”")
    assert p == ("orphan quote", "Mayor Lena Park", "ended", ["“We will finish this bridge by spring.”"])


def test_short_unclaimed_quotation_is_a_title_not_speech():
    assert [p for p in proposals("Ms. Park watched “Hawaii Five-0” with her son.") if p[0] == "orphan quote"] == []


def test_show_title_in_quotes_is_not_an_orphan_quotation():
    rows = proposals("Mrs. Lund spoke on “The Late Show With Stephen Colbert Tonight” last month.")
    assert [p for p in rows if p[0] == "orphan quote"] == []
