"""Blind round 37 (fix37c): 'For most of my career I have given them the same answer: “C”': an opening
phrase without its comma still leaves the pronoun after it as the sentence's subject, whose words the
clause and the colon introduce (passes/colon_clauses.py). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_pronoun_after_an_opening_phrase_without_a_comma_speaks_the_colon_quotation():
    found = attributions(
        "Parents who bring a child to the ward ask the same thing. For most of my career I have given them"
        " one careful answer: “Most of them get better, but nobody can yet say which ones.”"
    )
    (a,) = [a for a in found if "get better" in " ".join(a["pieces"])]
    assert (a["mention"], a["kind"]) == ("I", "direct")
    found = attributions(
        "Ruth Obi met the harbour board on Monday. In the end she had a short message for them: “We are not"
        " selling the harbour to anyone this year.”"
    )
    (a,) = [a for a in found if "selling the harbour" in " ".join(a["pieces"])]
    assert (a["mention"], a["speaker"], a["kind"]) == ("she", "Ruth Obi", "direct")
