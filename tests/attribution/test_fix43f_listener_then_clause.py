"""Blind round 43 (fix43f): after "told" a listener is one noun phrase ("told the committee"); a second
article opens the reported clause that follows without "that" ("told the committee the rule covers
boats — not canoes — only"), so the words after the listener are content, not the writer's circumstance,
and the words before the subject are not taken for the content. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_thatless_clause_after_a_listener_with_a_dash_aside():
    found = attributions(
        "The council met again. Arguing for the port on Friday, harbour master Tom Avery told the committee "
        "the rule covers boats — not canoes or kayaks — rather than ships."
    )
    (a,) = [a for a in found if any("the rule covers boats" in p for p in a["pieces"])]
    assert a["speaker"] == "Tom Avery"
    assert a["kind"] == "indirect"


def test_a_listener_with_its_own_noun_still_ends_the_report():
    found = attributions("“We are done here,” the chairman told the committee on Monday.")
    (a,) = [a for a in found if "We are done here" in a["pieces"][0]]
    assert a["speaker"] == "the chairman"
