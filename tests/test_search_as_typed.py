"""The Reader's search finds what a keyboard types: a straight apostrophe or quotation mark finds the curly one
the article prints ("didn't" finds “didn’t”), a hyphen finds a dash, and spacing and case do not matter."""

from __future__ import annotations

import re

import pytest

from quotelens import views
from tests.test_pages import app


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("didn't interfere", "didn’t interfere"),
        ("Putin's claim", "Putin’s claim"),
        ('"pressed"', "“pressed”"),
        ("Russian-U.S.", "Russian-U.S."),
        ("  THE two   LEADERS ", "The two leaders"),
    ],
)
def test_what_is_typed_finds_what_is_printed(default_article, typed, printed):
    found = views.filtered(default_article, search=typed)
    assert not found.empty
    assert found.equals(views.filtered(default_article, search=printed))


def test_a_search_still_narrows(default_article):
    everything = default_article.quotes["group"].nunique()
    assert 0 < views.filtered(default_article, search="didn't")["group"].nunique() < everything
    assert views.filtered(default_article, search="no such words here").empty
    assert views.filtered(default_article, search="’").equals(views.filtered(default_article, search="'"))


def test_the_reader_finds_a_search_typed_with_a_straight_apostrophe():
    at = app("reader")
    at.text_input(key="ql_search").input("didn't interfere").run()
    assert not at.exception
    caption = " ".join(c.value for c in at.caption)
    shown = re.search(r"(\d+) of (\d+) quotations shown", caption)
    assert shown and int(shown.group(1)) > 0, caption
