"""Issue 19 item 6 in a real browser: no page breaks on a crafted link or upload, and visitor text stays text."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import open_page, wait_until_idle

pytestmark = pytest.mark.e2e

CRAFTED = "[Log in here](http://evil.invalid/login)![x](http://evil.invalid/pixel.png)"
LEAKS = ("Traceback", "File name too long", "OSError", "/work/", "site-packages", "/tmp/")


def watch_requests(page) -> list[str]:
    """The hosts the page fetches anything from."""
    from urllib.parse import urlparse

    hosts: list[str] = []
    page.on("request", lambda r: hosts.append(urlparse(r.url).hostname or ""))
    return hosts


def assert_nothing_leaks(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.locator('[data-testid="stApp"]').inner_text()
    for leak in LEAKS:
        assert leak not in text, leak


@pytest.mark.parametrize("path", ["", "Reader", "Speaker_timeline", "Who_said_what", "Corpus"])
def test_a_link_longer_than_a_file_name_breaks_no_page(server, page, path):
    open_page(page, f"{server.url}/{path}?article={'a' * 300}.txt")
    assert_nothing_leaks(page)
    assert "not in the collection" in page.locator('[data-testid="stAlert"]').first.inner_text()


def test_a_crafted_link_is_shown_as_text(server, page):
    requests = watch_requests(page)
    open_page(page, f"{server.url}/Reader?article={CRAFTED}")
    alert = page.locator('[data-testid="stAlert"]').first
    assert "[Log in here](http://evil.invalid/login)" in alert.inner_text()
    assert page.locator('a[href*="evil.invalid"], img[src*="evil.invalid"]').count() == 0
    assert "evil.invalid" not in requests
    assert_nothing_leaks(page)


def test_a_crafted_upload_name_is_shown_as_text(server, page):
    requests = watch_requests(page)
    open_page(page, server.url + "/")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": CRAFTED + ".txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n\x00\x00"}
    )
    page.get_by_text("was not loaded").first.wait_for()
    wait_until_idle(page)
    alert = page.locator('[data-testid="stAlert"]', has_text="was not loaded").first
    assert "[Log in here](http://evil.invalid/login)" in alert.inner_text()
    assert page.locator('a[href*="evil.invalid"], img[src*="evil.invalid"]').count() == 0
    assert "evil.invalid" not in requests
    assert_nothing_leaks(page)


def test_an_unknown_speaker_in_the_link_is_said(server, page):
    open_page(page, f"{server.url}/Reader?speaker=Nobody+Atall")
    assert "Nobody called Nobody Atall is quoted" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert page.get_by_role("combobox", name="Speaker").input_value() == "All speakers"
