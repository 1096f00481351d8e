"""Blind round 44 (fix44f): '"C," an outcome she said no one wanted': a determiner, a noun and a personal
pronoun after a quotation are a noun and the subject of its reduced relative clause ("an outcome [that]
she said ..."), not the quotation's source, and the words before a name there are no title of it. The
cue earlier in the sentence ("She wrote that ...") keeps the quotation. Short passages written for the
test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_reduced_relative_after_a_quotation_is_no_source():
    found = attributions(
        "Judge Ruth Calder ruled against the county on Monday. She wrote that the ordinance would let "
        "officials close a shelter “at will, with no hearing of any kind,” a result she said the council "
        "never meant to allow.\n\nThe county plans to appeal."
    )
    (a,) = [a for a in found if any("with no hearing of any kind" in p for p in a["pieces"])]
    assert a["speaker"] == "Ruth Calder"
    assert a["kind"] == "mixed"
    assert a["cue"] == "wrote"
