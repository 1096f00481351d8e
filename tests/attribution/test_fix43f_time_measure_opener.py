"""Blind round 43 (fix43f): a measure of time before "later", "earlier", "ago" or "after" opening a
sentence ("Three weeks later, ...", "Two days earlier, ...") is an adverbial, not the subject that the
descriptions after it describe ("Three weeks later, her coach, Pia Storm, said": the name set off by commas
speaks). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_time_measure_opener_is_no_subject():
    found = attributions("Three weeks later, her coach and mentor, Pia Storm, said the decision was harsh.")
    (a,) = [a for a in found if any("the decision was harsh" in p for p in a["pieces"])]
    assert a["speaker"] == "Pia Storm"
