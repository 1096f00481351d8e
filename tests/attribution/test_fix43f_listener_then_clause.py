"""Blind round 43 (fix43f): after "told" a listener is one noun phrase ("told the panel"); a second
article opens the reported clause that follows without "that" ("told the panel the ban covers
tractors — not mowers — only"), so the words after the listener are content, not the writer's circumstance,
and the words before the subject are not taken for the content. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_thatless_clause_after_a_listener_with_a_dash_aside():
    found = attributions(
        "The inquiry sat again. Speaking for the farmers on Tuesday, union secretary Dora Pennick told the panel "
        "the ban covers tractors — not quad bikes or mowers — rather than lorries."
    )
    (a,) = [a for a in found if any("the ban covers tractors" in p for p in a["pieces"])]
    assert a["speaker"] == "Dora Pennick"
    assert a["kind"] == "indirect"


def test_a_listener_with_its_own_noun_still_ends_the_report():
    found = attributions("“That is all for today,” the judge told the jury on Friday.")
    (a,) = [a for a in found if "That is all for today" in a["pieces"][0]]
    assert a["speaker"] == "the judge"
