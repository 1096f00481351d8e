"""On a 390 px phone a long speaker's chip ends in "…" inside the column instead of running off the screen
(seen on the Reader: "a sharply worded letter from Defense Minister Yoav Ben-Ami to Prime Minister …")."""

from __future__ import annotations

import pytest

from quotelens import markup
from tests.test_pages_chip_fit import LONG

pytestmark = pytest.mark.e2e


def test_a_long_chip_stays_inside_a_phones_column(make_page):
    page = make_page(width=390)
    chip = markup.speaker_chip(LONG, {}, "#777777")
    page.set_content(  # (the viewport line of every Streamlit page: a phone lays it out 390 px wide)
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<div id="col" style="width:358px;margin:16px;line-height:1.75">Gaza. {chip} said.</div>'
    )
    col = page.locator("#col").bounding_box()
    box = page.locator(".ql-chip").bounding_box()
    assert col and box and box["x"] + box["width"] <= col["x"] + col["width"] + 0.5, (box, col)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
