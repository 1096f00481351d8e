"""Blind round 40 (fix40f): a cue form owned by a possessive inside the phrase between a verb and "that" ("warned
in its latest report that C", "said on his weekly call that C") is a noun, like "in a report that": the content
starts after "that". Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_warned_in_its_latest_report_that():
    found = attributions(
        "The audit office, the state's spending watchdog, warned in its latest report that the new hospital "
        "would cost twice the estimate."
    )
    (a,) = [a for a in found if a["cue"] == "warned"]
    assert a["speaker"] == "the audit office"
    assert a["pieces"][0].startswith("that the new hospital would cost")


def test_noted_in_her_weekly_report_that():
    found = attributions("The mayor noted in her weekly report that the bridge would reopen on Friday.")
    (a,) = [a for a in found if a["cue"] == "noted"]
    assert a["pieces"][0].startswith("that the bridge would reopen")
