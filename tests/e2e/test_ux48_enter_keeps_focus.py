"""Keyboard: Tab moves from highlight to highlight (each showing its card), and Enter on one selects its
quotation; when the rerun has drawn the text again, the focus is back on that highlight, not at the page's top."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, url_param, wait_until_idle

pytestmark = pytest.mark.e2e
ARTICLE = "trump-putin-meeting.txt"
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || !e.matches('.ql-quote')) return null;
  const card = e.nextElementSibling;
  return card && card.getAttribute('href') ? new URL(card.getAttribute('href'), location.href).searchParams.get('quote') : '';
}"""


def test_enter_on_a_highlight_keeps_the_focus_there(server, page):
    open_page(page, f"{server.url}/Reader?article={ARTICLE}")
    wait_until_idle(page)
    page.locator(".ql-quote").first.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the third highlight, reached from highlight to highlight
    key = page.evaluate(FOCUSED)
    assert key, "Tab did not move from highlight to highlight"
    assert page.locator(".ql-quote:focus + .ql-card").is_visible()  # its card shows
    for _ in range(40):  # (the script that hears Enter mounts just after the page is drawn: until then, nothing)
        page.keyboard.press("Enter")
        try:
            eventually(lambda: _selected(page, key), timeout=1.5)
            break
        except AssertionError:
            assert page.evaluate(FOCUSED) == key  # an Enter not heard leaves the focus where it was
    _selected(page, key)
    wait_until_idle(page)

    def back_on_it() -> None:
        assert page.evaluate(FOCUSED) == key

    eventually(back_on_it)
    page.keyboard.press("Tab")  # and Tab goes on from there, to the next highlight
    assert page.evaluate(FOCUSED) not in (None, key)


def _selected(page, key: str) -> None:
    assert url_param(page, "quote") == key, page.url
