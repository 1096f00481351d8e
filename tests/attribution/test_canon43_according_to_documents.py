"""Issue 18 (canon43): "according to a <document> <post-modifier>" credits the document phrase whole ("a council
report on Monday", "a recent poll of Ohio voters", "a new poll that shows C": up to its "that"), never the day,
the place or the name inside it; "a study by X" still speaks through X. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Road spending rose 12 percent, according to a council report on Monday.", "a council report on Monday"),
        ("Ms. Ibekwe leads by nine points, according to a recent poll of Ohio voters.", "a recent poll of Ohio voters"),
        (
            "Two challengers would beat the mayor, according to a new poll that shows voters view Mr. Dale unfavorably.",
            "a new poll",
        ),
        ("Turnout fell, according to the exit polls in Maine.", "the exit polls in Maine"),
    ],
)
def test_the_document_phrase_is_the_source(body, mention):
    (a,) = attributions(body)
    assert a["mention"] == mention
    assert a["cue"] == "according to"


def test_a_study_by_a_named_author_still_speaks_through_the_author():
    (a,) = attributions("Tariffs cost jobs, according to a 2019 study by economists Ann Lee and Jo Pell.")
    assert a["mention"] == "Ann Lee and Jo Pell"
