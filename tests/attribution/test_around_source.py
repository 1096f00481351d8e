"""Tests of :mod:`quotelens.attribution.frames.around_source` on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from quotelens import load_article
from tests.attribution.examples import proposals


def test_content_goes_on_after_the_inline_source():
    found = proposals("The vote was delayed by a week, the spokesman said, because the count had not been certified.")
    around = [p for p in found if p[0] == "content-first (around an inline source)"]
    assert around == [
        (
            "content-first (around an inline source)",
            "the spokesman",
            "said",
            ["The vote was delayed by a week", "because the count had not been certified"],
        )
    ]
    # "the spokesman said, because ..." is nobody's content
    assert all(not p[3][0].startswith(("the spokesman", "because")) for p in found)


def test_a_quoted_reason_joins_the_content():
    found = proposals("The talks ran long, Ana Ruiz said, since “neither side wanted to stop.”")
    around = [p for p in found if p[0] == "content-first (around an inline source)"]
    assert [p[3] for p in around] == [["The talks ran long", "since “neither side wanted to stop.”"]]


def test_other_clauses_after_the_source_stay_out():
    found = proposals("The vote was delayed by a week, the spokesman said, and the count went on.")
    assert not any(p[0] == "content-first (around an inline source)" for p in found)


def test_the_default_article_keeps_its_last_attribution():
    art = load_article(Path("corpus/trump-putin-meeting.txt"))
    last = art.quotes.sort_values("start").groupby("group", sort=False)
    texts = [g["text"].tolist() for _, g in last]
    assert any(
        t[0].startswith("The meeting was scheduled") and t[-1].startswith("because “there was just such") for t in texts
    )
