"""An empty paste is said where a reader looks: on a short window the form's own message (in the sidebar,
under the box) can be below the fold, so the message also comes as a toast over the page."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import SCREENSHOTS, TIMEOUT_MS, open_page, wait_until_idle

pytestmark = pytest.mark.e2e

EMPTY = "The pasted text is empty: paste an article first."


def test_an_empty_paste_is_said_in_sight_on_a_short_window(server, make_page):
    from playwright.sync_api import expect

    pg = make_page(width=1280, height=600)
    open_page(pg, server.url + "/")
    pg.get_by_text("…or paste text").click()
    pg.get_by_label("Article text", exact=True).fill("  \n\n  ")  # (the form is open and takes input)
    pg.get_by_role("button", name="Read pasted text").click()
    wait_until_idle(pg)
    toast = pg.locator('[data-testid="stToast"]', has_text=EMPTY)  # (the run may start after the click: waited for)
    expect(toast).to_be_in_viewport(timeout=TIMEOUT_MS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / "empty_paste_1280x600.png"))  # the window as the reader sees it
    expect(pg.locator('[data-testid="stSidebar"] [data-testid="stAlert"]', has_text=EMPTY)).to_have_count(1, timeout=TIMEOUT_MS)
