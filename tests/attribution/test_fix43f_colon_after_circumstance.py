"""Blind round 43 (fix43f): a colon after the circumstance of a cue ("posted on X: "C"", "said in a
statement: "C"") introduces what follows, as a colon right after the cue does, so the report does not end
there and the words before its subject are no content ("C, X said" does not apply). Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_post_after_a_colon_is_one_direct_quotation():
    found = attributions(
        "The match ended on a time violation. An hour later, his sister and agent, Ana Kovac, posted on X: "
        "“Ten seconds. Three hours of football. Shameful.”\n\nThe post was deleted soon after."
    )
    (a,) = [a for a in found if any("Three hours of football" in p for p in a["pieces"])]
    assert a["speaker"] == "Ana Kovac"
    assert a["kind"] == "direct"
