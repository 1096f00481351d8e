"""Home says where an article comes from when its page says it (outlet, byline, date, address): what a
journalist cites it by. The page's words stay text: the address is never a link."""

from __future__ import annotations

import re

from quotelens.headline_panel import source_line_html
from tests.test_pages import app, upload

PAGE = b"""<html><head><title>Mayor quits after vote | The Gazette</title>
<meta property="og:site_name" content="The Gazette"><meta name="author" content="Sam Lee">
<meta property="article:published_time" content="2026-11-30T09:00:00Z">
<link rel="canonical" href="https://gazette.example/news/mayor-quits"></head>
<body><article><h1>Mayor Quits After Vote</h1>
<p>\xe2\x80\x9cI am done,\xe2\x80\x9d said Mayor Jo Park on Friday, after the council rejected her budget again.</p>
<p>The council said it would pick a successor next week.</p></article></body></html>"""


def visible(html: str) -> str:
    import html as h

    return h.unescape(re.sub(r"<[^>]+>", "", html))


def test_the_source_line_says_outlet_byline_date_and_address_in_that_order():
    meta = {"outlet": "The Gazette", "byline": "Sam Lee", "date": "2026-11-30", "url": "https://g.example/a"}
    assert visible(source_line_html(meta)) == "The Gazette · by Sam Lee · 2026-11-30 · https://g.example/a"
    assert visible(source_line_html({"date": "2017-07-07", "headline": "x"})) == "2017-07-07"


def test_a_byline_as_printed_is_not_given_a_second_by():
    assert visible(source_line_html({"byline": "By ZEKE MILLER and MATT O'BRIEN"})) == "By ZEKE MILLER and MATT O'BRIEN"
    assert visible(source_line_html({"byline": "by Jo Hale"})) == "by Jo Hale"
    assert visible(source_line_html({"byline": "Bylines Ltd"})) == "by Bylines Ltd"


def test_nothing_is_said_when_the_page_says_nothing():
    assert source_line_html({}) == source_line_html(None) == source_line_html({"outlet": "  ", "byline": ""}) == ""


def test_the_pages_words_stay_text():
    meta = {"outlet": "<script>alert(1)</script>", "url": "javascript:alert(1)", "byline": "[x](http://evil.invalid)"}
    line = source_line_html(meta)
    assert "<script" not in line and "<a" not in line and "](" not in line
    assert "javascript" in visible(line) and "alert(1)" in visible(line)


def test_home_shows_where_an_uploaded_page_comes_from():
    at = upload(app(), "mayor.html", PAGE)
    assert not at.exception
    page = " ".join(h.value for h in at.get("html"))
    assert "Mayor Quits After Vote" in visible(page)
    assert "The Gazette · by Sam Lee · 2026-11-30 · https://gazette.example/news/mayor-quits" in visible(page)


def test_a_pasted_text_has_no_source_line():
    at = app()
    at.text_area(key="ql_paste").input("Town Votes\n\n“We won,” said Mayor Jo Park.")
    at.button(key="ql_paste_go").click().run()
    assert not at.exception and "Town Votes" in " ".join(h.value for h in at.get("html"))
    assert 'class="ql-source"' not in " ".join(h.value for h in at.get("html"))
