"""Blind round 44 (fix44f): "told <listener> one of them ...": a number or quantifier and "of" open the clause
told after the listener, as a determiner or a pronoun does; no "that" is needed. Short passages written for
the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_partitive_subject_opens_the_words_after_a_named_listener():
    found = attributions(
        "A hiker, Lena Ortiz, thanked the rescue team. Ortiz told KXAN News two of them carried her down "
        "the ridge in the dark.\n\nThe trail reopened on Sunday."
    )
    (a,) = [a for a in found if any("carried her down" in p for p in a["pieces"])]
    assert a["speaker"] == "Lena Ortiz"
    assert a["kind"] == "indirect"
    assert a["cue"] == "told"
