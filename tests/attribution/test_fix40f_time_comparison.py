"""Blind round 40 (fix40f): "as soon as Monday", "as early as next week" after a cue say when, not what: no content
starts there ("could be announced as soon as Monday, the people said" is the people's report, not a passive
report of "as soon as Monday"). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals


def test_a_time_comparison_after_a_passive_cue_is_no_content():
    body = (
        "The merger is close, according to people familiar with the talks. The merger, which would create the "
        "region's largest dairy, could be announced as early as next week, the people said, unless talks stall."
    )
    assert not [p for p in proposals(body) if p[3] and p[3][0].startswith("as early as")]
    found = attributions(body)
    (a,) = [a for a in found if "which would create" in a["pieces"][0]]
    assert a["speaker"] == "people familiar with the talks"


def test_as_soon_as_a_clause_after_said_still_reports():
    found = attributions("The mayor said as soon as the water was safe the schools would reopen.")
    assert [a for a in found if a["cue"] == "said"]


def test_replied_minutes_later_is_no_content():
    found = attributions("The supervisor, Dana Cole, replied 20 minutes later. She told the nurse to wait for help.")
    assert not [a for a in found if a["cue"] == "replied"]


def test_said_a_clause_after_a_relative_time_still_reports():
    found = attributions("The supervisor replied two days later the shift had been covered.")
    assert [a for a in found if a["cue"] == "replied"]
