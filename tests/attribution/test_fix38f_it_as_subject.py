"""fix38f: "it" right after a cue stands for a quotation after a colon only when the words between it and
the colon say how it was put ("put it more bluntly:"); "said it was simple:" is a clause whose subject is
"it", and its words stay in the report. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_it_as_the_subject_of_a_clause_keeps_the_paraphrase():
    found = attributions('The governor said it was easy: "Fund the schools first."\n\nShe spoke on Monday.')
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["kind"] == "mixed"
    assert a["pieces"][0].startswith("it was easy")


def test_it_with_words_of_manner_still_stands_for_the_quotation():
    found = attributions('Governor Ann Kell said it plainly: "Fund the schools first."\n\nShe spoke on Monday.')
    (a,) = [a for a in found if a["pieces"] == ['"Fund the schools first."']]
    assert a["kind"] == "direct"
