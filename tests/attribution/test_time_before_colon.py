"""A short time phrase between a cue and a colon is no part of the words (frames/cue_objects.py)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    "text",
    [
        'Ms. Ortiz replied the same day: "Noted. Let\'s not put this in writing again."',
        'Ms. Ortiz added moments later: "Noted. Let\'s not put this in writing again."',
    ],
)
def test_a_time_before_the_colon_leaves_a_direct_quotation(text: str) -> None:
    got = attributions(text)
    assert [(a["kind"], a["pieces"]) for a in got] == [("direct", ['"Noted. Let\'s not put this in writing again."'])]
