"""A Corpus search result opens its quotation: its link opens the Reader, in a new tab, with that article and
that quotation selected."""

from __future__ import annotations

import pytest

from quotelens.tablelayout import WRAPPED_ROW
from tests.e2e.conftest import eventually, open_page, wait_until_idle

pytestmark = pytest.mark.e2e
ROW = 35  # st.dataframe's header height, in CSS pixels


def test_a_search_result_opens_the_reader_on_its_quotation(server, page):
    open_page(page, server.url + "/Corpus?find=Russian%20involvement")
    results = page.locator('[data-testid="stDataFrame"]').nth(1)  # (the first: the articles)
    results.scroll_into_view_if_needed()
    wait_until_idle(page)
    box = results.bounding_box()
    x, y = box["x"] + 50, box["y"] + ROW + WRAPPED_ROW / 2  # the first result's link (its text, mid-row)
    reader = _click_link(page, x, y)
    wait_until_idle(reader)
    assert "/Reader?" in reader.url and "quote=" in reader.url and "article=trump-putin-meeting.txt" in reader.url
    # the first result: Tillerson's "Putin denied Russian involvement" (Putin's own denial nests inside it)
    eventually(lambda: _has(" ".join(reader.locator(".ql-selected").all_inner_texts()), "Putin denied"))
    form = reader.get_by_role("combobox", name="Quotation to correct")
    eventually(lambda: _has(str(form.input_value()), "Rex Tillerson: Putin denied"))


def _click_link(page, x: float, y: float):
    """The tab a click on the grid's link at (x, y) opens (the grid, drawn on a canvas, takes a first click made
    while it still lays itself out as a click on no cell: a few tries)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        page.mouse.move(x, y)
        page.wait_for_timeout(500)  # (the grid shows a link as one under the pointer)
        try:
            with page.context.expect_page(timeout=10_000) as opened:
                page.mouse.click(x, y)
            return opened.value
        except PlaywrightTimeout:
            continue
    raise AssertionError("no tab opened from the result's link")


def _has(value: str, part: str) -> None:
    assert part in value, (value, part)
