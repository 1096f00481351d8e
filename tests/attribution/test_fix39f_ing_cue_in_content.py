"""Blind round 39 (fix39f): a content that ends in a name and a cue's -ing form ('"next month, God willing."')
does not end in a parenthetical attribution: "Hebert said" is finite, "God willing" is no one's report.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_quoted_ending_with_an_ing_cue_form_stays_in_the_report():
    found = attributions(
        "Mayor Ana Ruiz spoke to reporters on Monday. She added that she hoped to open the bridge "
        "“by the end of the month, God willing.”"
    )
    (a,) = [a for a in found if a["cue"] == "added"]
    assert a["speaker"] == "Ana Ruiz"
    assert a["kind"] == "mixed"
    assert a["pieces"][0].startswith("that she hoped to open the bridge")


def test_a_parenthetical_attribution_still_ends_no_content():
    found = attributions("The plan, she said, was sound, the mayor said.")
    assert all(not p.endswith("the mayor said.") for a in found for p in a["pieces"])
