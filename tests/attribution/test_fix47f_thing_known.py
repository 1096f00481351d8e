"""Blind round 47 (fix47f): "know" and "understand" with a plain noun phrase as their object ("how well the
crew understands the engine") tell of a thing known, not a proposition: no report, and no quotation after it
is joined to one. With a clause after them ("knows the rules are unfair") they report a belief. Short
passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_thing_known_is_no_report():
    found = attributions(
        "Ysolde Garroway says the real test is how well the crew understands the new autopilot itself. “If the "
        "checks fail, the whole fleet stays grounded.”"
    )
    assert not [a for a in found if a["cue"] in ("understand", "understands")]


def test_a_clause_known_is_still_a_belief():
    found = attributions("Ysolde Garroway says she knows the new rules are unfair to small airlines.")
    assert [a for a in found if a["cue"] == "knows" and "unfair" in a["pieces"][0]]
