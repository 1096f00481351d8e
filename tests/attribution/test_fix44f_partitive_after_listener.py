"""Blind round 44 (fix44f): "told <listener> three of them ...": a number or quantifier and "of" open the clause
told after the listener, as a determiner or a pronoun does; no "that" is needed. Short passages written for
the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_partitive_subject_opens_the_words_after_a_named_listener():
    found = attributions(
        "The bakery on Mill Lane burned overnight. Its owner, Marta Quill, praised the fire crew. Quill told "
        "Metro Radio three of them stayed until sunrise to watch the ovens.\n\nThe lane reopened at noon."
    )
    (a,) = [a for a in found if any("stayed until sunrise" in p for p in a["pieces"])]
    assert a["speaker"] == "Marta Quill"
    assert a["kind"] == "indirect"
    assert a["cue"] == "told"
