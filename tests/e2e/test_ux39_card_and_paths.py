"""Round 39, items 4 and 5, in the browser: on a phone the evidence card shows its first lines and its link, and
"Why: how it was found" unfolds the rest without selecting (on a desk the rest is read at once); a page's address
typed in lower case (/reader, /who_said_what, /who-said-what) opens that page, in its own spelling."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import eventually, open_page, screenshot, url_param

pytestmark = pytest.mark.e2e

WORDS = "that Russia did not interfere"


def _check(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def _shown(locator) -> bool:
    """Seen by eyes: a folded rest is a 1-pixel clip (kept for screen readers), not hidden."""
    box = locator.bounding_box()
    return locator.is_visible() and box is not None and box["width"] > 1 and box["height"] > 1


def test_on_a_phone_the_card_folds_its_rest_and_unfolds_it_without_selecting(server, make_page):
    page = make_page(width=390, height=844)
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    highlight = page.locator(".ql-quote", has_text=WORDS).first
    highlight.tap()
    card = highlight.locator("xpath=following-sibling::*[1]")
    eventually(lambda: _check(card.is_visible(), True))
    assert "· confidence " in card.inner_text() and card.locator(".ql-go").is_visible()
    assert not _shown(card.locator(".ql-rest")) and card.locator(".ql-why").is_visible()
    paragraph = highlight.locator("xpath=ancestor::p[1]")
    assert paragraph.count() == 1  # the card stays inside its paragraph (a block in it would close the <p>)
    card.locator(".ql-why").tap()
    eventually(lambda: _check(_shown(card.locator(".ql-rest")), True))
    assert "found by:" in card.inner_text() and url_param(page, "quote") is None
    assert card.is_visible() and not card.locator(".ql-why").is_visible()
    screenshot(page, "ux39-card-phone-open")


def test_on_a_desk_the_card_reads_at_once(server, page):
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    highlight = page.locator(".ql-quote", has_text=WORDS).first
    highlight.click()
    card = highlight.locator("xpath=following-sibling::*[1]")
    eventually(lambda: _check(_shown(card.locator(".ql-rest")), True))
    assert "found by:" in card.inner_text() and not card.locator(".ql-why").is_visible()


@pytest.mark.parametrize(
    ("typed", "path", "title"),
    [
        ("/reader", "/Reader", "Reader"),
        ("/who_said_what", "/Who_said_what", "Who said what"),
        ("/who-said-what", "/Who_said_what", "Who said what"),
    ],
)
def test_a_page_typed_in_lower_case_opens(server, page, typed, path, title):
    open_page(page, f"{server.url}{typed}?article=trump-putin-meeting.txt")
    eventually(lambda: _check(page.locator("h1").first.inner_text(), title))
    assert page.get_by_text("Page not found").count() == 0
    assert urlparse(page.url).path == path and url_param(page, "article") == "trump-putin-meeting.txt"
