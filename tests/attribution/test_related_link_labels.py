"""A related-link rubric before a colon is no speaker label (attribution/words.py NOT_LABELS)."""

from __future__ import annotations

import pytest

from quotelens import load_article


@pytest.mark.parametrize("rubric", ["Also Read", "See also", "Must Read"])
def test_a_related_link_rubric_is_no_speaker(rubric: str) -> None:
    text = f"Headline For The Test\n\nThe talks began on Sunday.\n\n{rubric}: Drone strikes test the patience of the region\n\nThe vote is in May."
    assert load_article(text).quotes.empty
