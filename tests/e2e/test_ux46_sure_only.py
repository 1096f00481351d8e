"""Who said what's "Count only sure attributions" in a browser: on, it leaves the unsure quotations out (no
"(unresolved)" anywhere), its download holds the sure rows as they are, named ``…-quotes-sure-only.csv``, and it is
kept in the URL (``&sure=1``) through a trip to the Reader and back."""

from __future__ import annotations

import csv
import io

import pytest

from tests.e2e.conftest import eventually, open_page, screenshot, wait_until_idle

pytestmark = pytest.mark.e2e


def _check(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def _switch_on(page) -> bool:
    return page.get_by_role("switch", name="Count only sure attributions").is_checked()


def test_the_sure_only_switch_leaves_out_downloads_and_persists(server, browser):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        open_page(page, f"{server.url}/Who_said_what?article=trump-putin-meeting.txt")
        assert not _switch_on(page)
        page.get_by_text("Count only sure attributions", exact=True).click()
        wait_until_idle(page)
        eventually(lambda: _check("sure=1" in page.url, True))
        eventually(
            lambda: _check(
                "(unresolved)" in page.locator("section.main, [data-testid='stMain']").first.inner_text(), False
            )
        )
        screenshot(page, "ux46-sure-only")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        assert download.value.suggested_filename == "trump-putin-meeting-quotes-sure-only.csv"
        with open(download.value.path(), encoding="utf-8") as f:
            rows = list(csv.DictReader(io.StringIO(f.read())))
        assert rows and all(r["speaker"] and r["unsure"] == "" and r["speaker_sure"] == "True" for r in rows)
        assert "Vladimir Putin" not in {r["speaker"] for r in rows}  # (his three reports are unsure)
        page.get_by_role("link", name="Reader").first.click()
        wait_until_idle(page)
        eventually(lambda: _check("sure=1" in page.url, True))
        page.get_by_role("link", name="Who said what").first.click()
        wait_until_idle(page)
        eventually(lambda: _check(_switch_on(page), True))
        page.go_back()
        wait_until_idle(page)
        page.go_forward()
        wait_until_idle(page)
        eventually(lambda: _check(_switch_on(page), True))
    finally:
        context.close()
