"""The Reader's Kind and Search in a real browser: the address says them as they change, a copied address
opens the same view in a new session, and Back and Forward undo and redo them as they do a speaker's pick."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, rerun, url_param, wait_until_idle
from tests.e2e.test_filters_kept import _equals, _kinds

pytestmark = pytest.mark.e2e
ALL = ["direct", "mixed", "indirect"]


def _shows(pg, kinds: list[str], search: str) -> None:
    def agree() -> None:
        _equals(_kinds(pg), kinds)
        _equals(pg.get_by_role("textbox", name="Search in quotations").input_value(), search)
        _equals(url_param(pg, "kind"), None if kinds == ALL else ",".join(kinds))
        _equals(url_param(pg, "q"), search or None)

    eventually(agree)


def test_the_address_keeps_the_filters_and_history_walks_them(server, make_page):
    page = make_page()
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    _shows(page, ALL, "")
    with rerun(page):
        page.get_by_role("button", name="Remove reported speech").click()
    _shows(page, ["direct", "mixed"], "")
    search = page.get_by_role("textbox", name="Search in quotations")
    search.fill("Russia")
    with rerun(page):
        search.press("Enter")
    _shows(page, ["direct", "mixed"], "Russia")

    copied = make_page()  # the address, pasted in another browser: a new session
    open_page(copied, page.url)
    _shows(copied, ["direct", "mixed"], "Russia")
    eventually(lambda: _equals(copied.locator(".ql-quote.ql-indirect").count(), 0))

    page.go_back()
    wait_until_idle(page)
    _shows(page, ["direct", "mixed"], "")
    page.go_back()
    wait_until_idle(page)
    _shows(page, ALL, "")
    page.go_forward()
    wait_until_idle(page)
    _shows(page, ["direct", "mixed"], "")
