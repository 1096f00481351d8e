"""Blind round 43 (fix43f): a colon after the circumstance of a cue ("wrote on Instagram: "C"", "said in a
statement: "C"") introduces what follows, as a colon right after the cue does, so the report does not end
there and the words before its subject are no content ("C, X said" does not apply). Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_post_after_a_colon_is_one_direct_quotation():
    found = attributions(
        "The race was called off because of fog. That evening, the team's manager, Ivo Lanz, wrote on Instagram: "
        "“Months of training. One cloud. Unbelievable.”\n\nHe removed the message the next day."
    )
    (a,) = [a for a in found if any("One cloud" in p for p in a["pieces"])]
    assert a["speaker"] == "Ivo Lanz"
    assert a["kind"] == "direct"
