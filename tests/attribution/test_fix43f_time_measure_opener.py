"""Blind round 43 (fix43f): a measure of time before "later", "earlier", "ago" or "after" opening a
sentence ("An hour later, ...", "Two days earlier, ...") is an adverbial, not the subject that the
descriptions after it describe ("An hour later, his sister, Ana Kovac, said": the name set off by commas
speaks). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_time_measure_opener_is_no_subject():
    found = attributions("Two days earlier, his sister and agent, Ana Kovac, said the ruling was unfair.")
    (a,) = [a for a in found if any("the ruling was unfair" in p for p in a["pieces"])]
    assert a["speaker"] == "Ana Kovac"
