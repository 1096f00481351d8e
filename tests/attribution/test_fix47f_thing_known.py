"""Blind round 47 (fix47f): "know" and "understand" with a plain noun phrase as their object ("nobody on the
bench understands the offside rule") tell of a thing known, not a proposition: no report, and no quotation
after it is joined to one. With a clause after them ("knows the fixtures are too crowded") they report a
belief. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_thing_known_is_no_report():
    found = attributions(
        "After three seasons, nobody on the bench at Corbel Town understands the offside rule, Osric Pellworth "
        "says. “We give away a goal to it every other Saturday.”"
    )
    assert not [a for a in found if a["cue"] in ("understand", "understands")]


def test_a_clause_known_is_still_a_belief():
    found = attributions("Osric Pellworth says he knows the winter fixtures are too crowded for part-time players.")
    assert [a for a in found if a["cue"] == "knows" and "too crowded" in a["pieces"][0]]
