"""The Kind filter is one rule on every page: a link's ``?kind=direct`` narrows Who said what's table and its
download (named for the kind), with the Kind control showing it, and the Speaker timeline's list likewise."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, url_param, wait_until_idle

pytestmark = pytest.mark.e2e


def test_a_link_with_a_kind_narrows_who_said_what_and_the_timeline(server, page):
    open_page(page, server.url + "/Who_said_what?article=trump-putin-meeting.txt&kind=direct")
    wait_until_idle(page)
    eventually(lambda: _has(page.locator('[data-testid="stCaptionContainer"]').all_inner_texts(), "direct quote only"))
    kind = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Kind")
    eventually(lambda: _has([kind.inner_text()], "direct quote"))
    button = page.get_by_role("button", name="Download CSV")
    button.scroll_into_view_if_needed()
    with page.expect_download() as got:
        button.click()
    assert got.value.suggested_filename.endswith("-direct-quotes.csv"), got.value.suggested_filename
    assert url_param(page, "kind") == "direct"
    page.get_by_role("link", name="Speaker timeline").first.click()
    wait_until_idle(page)
    eventually(lambda: _has(page.locator('[data-testid="stCaptionContainer"]').all_inner_texts(), "direct quote only"))
    assert url_param(page, "kind") == "direct"


def _has(texts: list[str], part: str) -> None:
    assert any(part in t for t in texts), (texts, part)
