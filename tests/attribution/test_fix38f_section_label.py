"""fix38f: a section's label opening a sentence ("Driving the news:", "The big picture:") is no part of
the content credited by a trailing "according to X": the content starts after the colon. Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_section_label_stays_out_of_an_according_to_content():
    found = attributions("Why it matters: Two ferries ran aground in the bay last month, according to coast guard logs.")
    (a,) = [a for a in found if a["cue"] == "according to"]
    assert a["pieces"] == ["Two ferries ran aground in the bay last month"]


def test_a_plain_opening_phrase_stays_in_the_content():
    found = attributions("Two ferries ran aground in the bay last month, according to coast guard logs.")
    (a,) = [a for a in found if a["cue"] == "according to"]
    assert a["pieces"] == ["Two ferries ran aground in the bay last month"]
