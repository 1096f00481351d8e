"""The Reader arrived at with a quotation selected (a shared ``?quote=`` link, "Read it in the Reader") opens at
that quotation, not at its top; a selection made in the Reader leaves the page where the reader is."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, wait_until_idle

pytestmark = pytest.mark.e2e
ARTICLE = "trump-putin-meeting.txt"


def test_a_link_to_a_late_quotation_opens_the_reader_there(server, page):
    open_page(page, f"{server.url}/Reader?article={ARTICLE}")
    wait_until_idle(page)
    href = page.locator("a.ql-card[href]").last.get_attribute("href")  # the article's last quotation
    assert href and "quote=" in href
    open_page(page, f"{server.url}/Reader{href}")
    wait_until_idle(page)
    eventually(lambda: _in_view(page))


def _in_view(page) -> None:
    box = page.locator("h3#ql-quote").bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"], box
