"""The browser's Back and Forward buttons undo and redo picks (speaker, article), as the URL does."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, pick, picked, rerun, url_param, wait_until_idle
from tests.e2e.test_sessions import upload

pytestmark = pytest.mark.e2e


def _shows(pg, speaker: str, article: str = "trump-putin-meeting.txt") -> None:
    def agree() -> None:
        assert picked(pg) == speaker
        assert url_param(pg, "speaker") == (None if speaker == "All speakers" else speaker)
        assert picked(pg, "Article") == article and url_param(pg, "article") == article

    eventually(agree)


def _history(pg, step: str) -> None:
    pg.go_back() if step == "back" else pg.go_forward()
    wait_until_idle(pg)


def test_back_undoes_each_pick_and_forward_redoes_it(server, page):
    open_page(page, f"{server.url}/Reader?article=trump-putin-meeting.txt")
    picks = ["Rex Tillerson", "Vladimir Putin", "Sergey Lavrov"]
    for name in picks:
        pick(page, name)
        _shows(page, name)
    for name in ["Vladimir Putin", "Rex Tillerson", "All speakers"]:
        _history(page, "back")
        _shows(page, name)
    _history(page, "forward")
    _shows(page, "Rex Tillerson")
    pick(page, "Russian media")  # a pick after going back works as any other, and is undone the same way
    _shows(page, "Russian media")
    _history(page, "back")
    _shows(page, "Rex Tillerson")


def test_back_undoes_an_article_choice(server, page):
    open_page(page, f"{server.url}/?article=trump-putin-meeting.txt")
    pick(page, "unresolved.txt", label="Article")
    eventually(lambda: _article_is(page, "unresolved.txt"))
    _history(page, "back")
    eventually(lambda: _article_is(page, "trump-putin-meeting.txt"))
    assert "Donald Trump Sides" in page.locator(".ql-headline").inner_text()


def _article_is(pg, name: str) -> None:
    assert picked(pg, "Article") == name and url_param(pg, "article") == name


@pytest.mark.parametrize(
    "link", ["/", "/Reader", "/?article=trump-putin-meeting", "/Reader?article=trump-putin-meeting.txt"]
)
def test_back_from_the_first_page_leaves_the_dashboard_at_once(server, page, link):
    page.goto("about:blank")
    open_page(page, server.url + link)
    page.go_back()
    eventually(lambda: _is(page.url, "about:blank"))


def test_back_to_the_opening_link_after_a_pick_shows_what_it_showed(server, page):
    open_page(page, server.url + "/Reader")
    pick(page, "Rex Tillerson")
    _shows(page, "Rex Tillerson")
    _history(page, "back")
    eventually(lambda: _is(picked(page), "All speakers"))
    assert url_param(page, "speaker") is None
    page.go_back()
    eventually(lambda: _is(page.url, "about:blank"))


def _is(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def _on(pg, path: str) -> None:
    """An assertion, so that ``eventually`` waits for a navigation still loading (``pytest.fail`` is no
    AssertionError: it failed at the first look, before the browser had left the page, on a loaded machine)."""
    assert path in pg.url, pg.url


def test_one_back_after_the_reader_link_returns_to_who_said_what(server, page):
    # (the link carries the Reader's query string, so arriving on the Reader adds no second history entry)
    open_page(page, f"{server.url}/Who_said_what?article=trump-putin-meeting.txt&speaker=Rex+Tillerson")
    link = page.get_by_role("link", name="Read them in the article (Reader)")
    assert link.get_attribute("href").startswith("Reader?")
    link.click()
    wait_until_idle(page)
    eventually(lambda: _on(page, "/Reader"))
    _shows(page, "Rex Tillerson")
    _history(page, "back")
    eventually(lambda: _on(page, "/Who_said_what"))
    assert url_param(page, "speaker") == "Rex Tillerson"


def test_coming_back_from_an_upload_to_the_opening_article_puts_it_in_the_url(server, page, browser):
    # (opened on a bare link, the default article needs no ?article=; after an upload, which has none, a bare
    # URL no longer says which article is shown, so the link copied from the address bar must name it)
    open_page(page, server.url + "/")
    upload(page, "harbour.txt", "Harbour Opens\n\n“At last,” Chief Omar Diaz said.\n".encode())
    page.get_by_text("Harbour Opens").first.wait_for()
    wait_until_idle(page)
    with rerun(page):
        page.get_by_role("link", name="Reader").first.click()
    pick(page, "trump-putin-meeting.txt", label="Article")
    eventually(lambda: _article_is(page, "trump-putin-meeting.txt"))
    shared = browser.new_context().new_page()  # the link, opened by someone else
    open_page(shared, page.url)
    assert "Donald Trump Sides" in shared.locator('[data-testid="stMain"]').inner_text()
    shared.context.close()
