"""An inverted unnamed source keeps the phrase that places it (frames/content_first_sources.py)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The country used to lead the world in this," says one diplomat in the capital.',
            "one diplomat in the capital",
        ),
        ('"He has bet a lot on this," says a senator from his own party.', "a senator from his own party"),
        (
            '"Nobody believes this is the last word," said an analyst at a London-based fund, who asked not to be named.',
            "an analyst at a London-based fund",
        ),
    ],
)
def test_the_place_of_an_inverted_unnamed_source_stays(text: str, speaker: str) -> None:
    assert [a["speaker"] for a in attributions(text)] == [speaker]


def test_a_time_after_the_source_is_no_part_of_it() -> None:
    assert [a["speaker"] for a in attributions('"We will win," said an official in the capital on Tuesday.')] == [
        "an official"
    ]
