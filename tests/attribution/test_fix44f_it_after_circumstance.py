"""Blind round 44 (fix44f): "said in a statement (later Wednesday) it would ...": after a cue's circumstance
"it" before a finite verb opens the reported clause, as "they" and "he" do; no "that" is needed.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_it_opens_the_clause_after_in_a_statement_and_a_time():
    found = attributions(
        "The teachers' union rejected the offer on Tuesday.\n\nThe union said in a statement late Thursday "
        "it would ask members to vote on a strike next month."
    )
    (a,) = [a for a in found if any("ask members to vote" in p for p in a["pieces"])]
    assert a["mention"] == "The union"
    assert a["kind"] == "indirect"
    assert a["cue"] == "said"
