"""Leaving the Reader with a Search (or Kind) filter set is one browser-history entry, and so is coming back:
the URL said ``?q=`` on the Reader only, so the switch to Home pushed ``/?article=…&q=…`` and Home's own write
pushed ``/?article=…`` after it, and Back needed two presses to reach the Reader."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, rerun, url_param, wait_until_idle

pytestmark = pytest.mark.e2e


def _is(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def _switch(pg, link: str) -> int:
    """Click a page's link in the navigation; the number of history entries it made."""
    before = pg.evaluate("history.length")
    with rerun(pg):
        pg.get_by_role("link", name=link, exact=True).first.click()
    pg.wait_for_timeout(300)  # (a second entry, if any, is pushed by now)
    return int(pg.evaluate("history.length")) - before


def _back(pg, path: str) -> None:
    pg.go_back()
    wait_until_idle(pg)
    eventually(lambda: _is(pg.url.split("?")[0], path))


def _searched(pg) -> str:
    return str(pg.get_by_role("textbox", name="Search in quotations").input_value())


def test_leaving_the_reader_and_coming_back_are_one_entry_each(server, make_page):
    page = make_page()
    open_page(page, f"{server.url}/Reader?article=trump-putin-meeting.txt&q=Russia")  # (as if typed in the box)
    assert _searched(page) == "Russia"
    assert _switch(page, "Home") == 1, "leaving the Reader made more than one history entry"
    assert _switch(page, "Reader") == 1, "coming back to the Reader made more than one history entry"
    eventually(lambda: _is(_searched(page), "Russia"))
    assert url_param(page, "q") == "Russia" and url_param(page, "article") == "trump-putin-meeting.txt"

    _back(page, server.url + "/")  # one Back: Home
    _back(page, server.url + "/Reader")  # and one more: the Reader as it was left, its search set
    eventually(lambda: _is(_searched(page), "Russia"))
