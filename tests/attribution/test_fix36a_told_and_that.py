"""Blind round 36 (fix36a): "told us C1 and that C2": the "that" of a second conjunct does not open the
content; the words start right after the listener, both conjuncts. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_told_us_then_a_clause_and_that_keeps_both_clauses():
    (a,) = attributions(
        "The band's label tells us the spring dates are not affected by the move and that a new record is"
        " still on track for May."
    )
    assert a["pieces"][0].startswith("the spring dates are not affected")


def test_told_reporters_that_still_starts_after_that():
    (a,) = attributions("The mayor told reporters on Monday that the budget would pass.")
    assert a["pieces"] == ["that the budget would pass."]
