"""What follows a cue before its words: quotelens/attribution/frames/cue_objects.py (through the engine)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_knowing_about_a_topic_reports_no_words():
    assert attributions("The company's leadership knew about the agency's objections.") == []


def test_knowing_that_still_reports():
    (row,) = attributions("Everybody knew that the plan was dead.")
    assert row["cue"] == "knew"
