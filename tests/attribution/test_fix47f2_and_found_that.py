"""Blind round 47 (fix47f2): a past form that is never a noun ("found", "shown", "thought") after "and" and
before "that" is a verb sharing the subject before it ("inspected the hull and found that C"), so its content
is reported, not dropped between two readings. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_and_found_that_reports_its_clause():
    found = attributions(
        'The harbour authority inspected the ferry\'s hull and found that the welds had "partly come apart" '
        "below the waterline."
    )
    (a,) = [a for a in found if "partly come apart" in " ".join(a["pieces"])]
    assert a["speaker"] == "the harbour authority"
    assert a["kind"] == "mixed"

