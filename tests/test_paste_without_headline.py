"""A text pasted without its headline: Home's "The first line is the headline", off, reads its first paragraph
as the story's (``load_article(..., has_title=False)``), where it was read as the headline and counted nowhere."""

from __future__ import annotations

from quotelens import markup, readable, story, views
from quotelens.article import load_article
from tests.test_pages import app, html_of

BODY_FIRST = (
    "The city council voted 7-2 on Tuesday night to approve a bus lane on Harbour Street.\n\n"
    "“This is the biggest improvement in a generation,” said Mayor Linda Osei.\n\n"
    "Shop owners said they would lose trade."
)


def test_load_article_can_be_told_there_is_no_headline():
    titled, untitled = load_article(BODY_FIRST), load_article(BODY_FIRST, has_title=False)
    assert titled.title and not untitled.title
    assert not story.headline_ids(untitled.paragraphs)
    assert views.overview(untitled)["paragraphs"] == views.overview(titled)["paragraphs"] + 1
    assert readable.headline_doubt(untitled) == ""
    reader = markup.reader_for(untitled, None, ("direct", "mixed", "indirect"), "", ("title", "body"))
    assert "<h2" not in reader


def test_home_reads_a_paste_without_its_headline():
    at = app()
    at.text_area(key="ql_paste").input(BODY_FIRST)
    assert at.checkbox(key="ql_paste_titled").value is True  # on by default
    at.checkbox(key="ql_paste_titled").uncheck()
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    html = html_of(at)
    assert "was read as the headline" not in html and "ql-headline" not in html
    assert at.metric[0].label == "Paragraphs" and at.metric[0].value == "3"


def test_home_reads_the_first_line_as_the_headline_by_default():
    at = app()
    at.text_area(key="ql_paste").input(BODY_FIRST)
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    assert "ql-headline" in html_of(at) and at.metric[0].value == "2"
