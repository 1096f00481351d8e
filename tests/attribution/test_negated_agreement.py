"""A negated agreement reports no words (attribution/frames/not_reports.py)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    "text",
    [
        'The Greens would not agree to "a single euro" of cuts, party leaders said.',
        "The states still have not agreed on how to split the river.",
    ],
)
def test_a_negated_agreement_is_no_report(text: str) -> None:
    assert all(not (a["cue"] or "").lower().startswith("agree") for a in attributions(text))


def test_an_agreement_still_reports() -> None:
    got = attributions("The states agreed on Tuesday that the river would be split.")
    assert [a["cue"] for a in got] == ["agreed"]
