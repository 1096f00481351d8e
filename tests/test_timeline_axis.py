"""The speaker timeline's axis spans the story's paragraphs: no tick on the headline's paragraph 0 (a stray "0"
on every article with a headline), and the paragraphs after the last quotation are on it too."""

from __future__ import annotations

import json

from quotelens import charts, story, views
from quotelens.article import load_article
from tests.test_pages import app

TAIL = "Bus Lane Approved\n\n“We did it,” said Mayor Jo Park.\n\nThe lane opens in May.\n\nWork starts in March.\n"


def domain(article, with_extent: bool = True) -> list[float]:
    extent = story.extent(article.paragraphs) if with_extent else None
    spec = charts.timeline(
        views.timeline_data(article), views.speaker_order(article), views.colours_for(article), None, extent
    )
    return spec["encoding"]["x"]["scale"]["domain"]


def test_the_axis_starts_at_the_story_not_the_headline(default_article):
    first, last = story.extent(default_article.paragraphs)
    assert first == 1 and domain(default_article)[0] == 1.0  # paragraph 0 is the headline
    assert domain(default_article)[1] >= last


def test_the_axis_runs_to_the_story_s_end():
    art = load_article(TAIL)
    assert story.extent(art.paragraphs) == (1, 3)
    assert domain(art) == [1.0, 3.0]
    assert domain(art, with_extent=False) == [0.5, 1.5]  # one paragraph: its one tick in the middle


def test_a_story_without_a_headline_starts_at_0():
    art = load_article(TAIL, has_title=False)
    assert domain(art)[0] == 0.0


def test_the_page_draws_it_so():
    at = app("timeline")
    assert not at.exception
    (spec,) = [
        json.loads(c.proto.spec) for c in at.main.children.values() if getattr(c, "type", "") == "vega_lite_chart"
    ]
    assert spec["encoding"]["x"]["scale"]["domain"][0] == 1.0
