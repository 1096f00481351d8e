"""Blind round 44 (fix44f): "said in an email (early Saturday) it would ...": after a cue's circumstance "it"
before a finite verb opens the reported clause, as "they" and "he" do; no "that" is needed. Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_it_opens_the_clause_after_in_a_statement_and_a_time():
    found = attributions(
        "Flood water reached the museum's east wing in March.\n\nThe museum board said in an email early Saturday "
        "it would reopen the wing before the summer holidays."
    )
    (a,) = [a for a in found if any("reopen the wing" in p for p in a["pieces"])]
    assert a["mention"] == "The museum board"
    assert a["kind"] == "indirect"
    assert a["cue"] == "said"
