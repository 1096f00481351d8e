"""Who said what lists its first-hand and verbs tables in the order of its chart (most quoted words first,
"(unresolved)" last), not alphabetically: a reader goes down the page speaker by speaker."""

from __future__ import annotations

import re

import pytest

from quotelens import bars, charts, views
from quotelens.article import load_article
from tests.test_timeline_marks import STORY


def chart_order(article) -> list[str]:
    order, colours = views.speaker_order(article), views.colours_for(article)
    return charts.who_said_what(views.words_by_speaker(article), order, colours)["encoding"]["y"]["sort"]


def speakers_in(html: str) -> list[str]:
    names = re.findall(r"<tr><td[^>]*>([^<]*)</td>", html)
    return list(dict.fromkeys(__import__("html").unescape(n) for n in names))


@pytest.fixture(scope="module", params=["default", "story", "unresolved"])
def article(request, default_article):
    texts = {
        "story": STORY,
        "unresolved": "Town Votes\n\n“We won,” she said after the vote.\n\nZoe Abbott said the council “did right.”",
    }
    return default_article if request.param == "default" else load_article(texts[request.param])


def test_the_first_hand_table_follows_the_chart(article):
    assert speakers_in(bars.hearing_for(article)) == chart_order(article)


def test_the_verbs_table_follows_the_chart_and_keeps_each_speakers_verbs_together(article):
    listed = speakers_in(bars.stance_for(article))
    assert listed == [s for s in chart_order(article) if s in listed]
    table = bars.in_chart_order(views.stance_table(article), article)
    runs = [s for i, s in enumerate(table["speaker"]) if i == 0 or table["speaker"].iloc[i - 1] != s]
    assert len(runs) == len(set(runs))  # one run of rows per speaker, most used verb first within it
    for _, rows in table.groupby("speaker", sort=False):
        assert rows["times"].is_monotonic_decreasing


def test_unresolved_comes_last_whatever_its_name_sorts_as():
    art = load_article("Town Votes\n\n“We won,” she said after the vote.\n\nZoe Abbott said the council “did right.”")
    assert speakers_in(bars.hearing_for(art))[-1] == views.UNKNOWN
