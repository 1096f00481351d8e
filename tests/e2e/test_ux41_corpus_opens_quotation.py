"""A Corpus search result opens its quotation: its link opens the Reader, in a new tab, with that article and
that quotation selected."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, wait_until_idle

pytestmark = pytest.mark.e2e
ROW = 35  # st.dataframe's row height (and its header's), in CSS pixels


def test_a_search_result_opens_the_reader_on_its_quotation(server, page):
    open_page(page, server.url + "/Corpus?find=Russian%20involvement")
    results = page.locator('[data-testid="stDataFrame"]').nth(1)  # (the first: the articles)
    results.scroll_into_view_if_needed()
    wait_until_idle(page)
    box = results.bounding_box()
    x, y = box["x"] + 50, box["y"] + ROW + ROW / 2  # the first result's link, in the column "open"
    page.mouse.move(x, y)
    with page.context.expect_page() as opened:
        page.mouse.click(x, y)
    reader = opened.value
    wait_until_idle(reader)
    assert "/Reader?" in reader.url and "quote=" in reader.url and "article=trump-putin-meeting.txt" in reader.url
    eventually(lambda: _has(reader.locator(".ql-selected").first.inner_text(), "Russian involvement"))
    form = reader.get_by_role("combobox", name="Quotation to correct")
    eventually(lambda: _has(str(form.input_value()), "Russian involvement"))


def _has(value: str, part: str) -> None:
    assert part in value, (value, part)
