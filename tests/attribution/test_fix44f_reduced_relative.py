"""Blind round 44 (fix44f): '"C," a loophole he said no one foresaw': a determiner, a noun and a personal
pronoun after a quotation are a noun and the subject of its reduced relative clause ("a loophole [that] he
said ..."), not the quotation's source, and the words before a name there are no title of it. The cue
earlier in the sentence ("He wrote that ...") keeps the quotation. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_reduced_relative_after_a_quotation_is_no_source():
    found = attributions(
        "The league's head of referees, Omar Lindell, reviewed the cup match on Friday. He wrote that the rule "
        "let a keeper hold the ball “for as long as he likes, with no penalty at all,” a loophole he said the "
        "rules board had never foreseen.\n\nThe rule changes next season."
    )
    (a,) = [a for a in found if any("with no penalty at all" in p for p in a["pieces"])]
    assert a["speaker"] == "Omar Lindell"
    assert a["kind"] == "mixed"
    assert a["cue"] == "wrote"
