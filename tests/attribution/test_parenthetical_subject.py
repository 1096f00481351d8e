"""'Russia, he said, “is more isolated ...”': the subject of the reported clause before an attribution set off
by commas, and its predicate after it, are the content's two pieces (PolNeAR marks both; blind set b of
other outlets had three such sentences read as the quotation alone)."""

from __future__ import annotations

import pytest

from quotelens.article import load_article


def _pieces(sentence: str) -> list[str]:
    q = load_article("Talks\n\n" + sentence).quotes
    return list(q.sort_values("start")["text"])


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        (
            "Russia, he said, “is more isolated today than ever.”",
            ["Russia", "“is more isolated today than ever.”"],
        ),
        (
            "Such meetings, he said, had become “a parade of photographs.”",
            ["Such meetings", "had become “a parade of photographs.”"],
        ),
        ("The Europeans, Smith said, were wrong about the talks.", ["The Europeans", "were wrong about the talks."]),
        ("The goal, he said, is to forge a durable cease-fire.", ["The goal", "is to forge a durable cease-fire."]),
    ],
)
def test_the_subject_before_and_the_predicate_after_the_attribution(sentence: str, pieces: list[str]) -> None:
    assert _pieces(sentence) == pieces


def test_an_adverbial_before_the_attribution_stays_out() -> None:
    assert _pieces("On Friday, he said, “is the day.”") == ["“is the day.”"]


def test_a_subject_before_the_attribution_is_not_taken_without_a_predicate_after_it() -> None:
    assert "Later" not in _pieces("Later, he said, “we will see.”")
