"""Blind round 39 (fix39f): 'C, an idea Israel has rejected.': an indefinite article, a noun that names no person
and a name are a noun with its reduced relative clause (the idea that Israel rejected), not a source that reports
the sentence before; 'C, a spokesman for the firm said.' still is.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_noun_with_a_reduced_relative_clause_reports_nothing():
    found = attributions(
        "A diplomat told reporters that the mediators had proposed a ceasefire along the border, "
        "a plan Moscow has repeatedly rejected."
    )
    assert all(a["mention"] != "a plan Moscow" for a in found)
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["speaker"] == "a diplomat"


def test_a_role_before_a_name_is_still_the_source():
    found = attributions("The mediators had proposed a ceasefire along the border, a spokesman Ivan Petrov said.")
    assert any(a["mention"] and "Ivan Petrov" in a["mention"] for a in found)
