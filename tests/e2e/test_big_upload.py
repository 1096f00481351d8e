"""An upload over the 5 MB limit of one article is refused on the page, in a sentence, and loses nothing.

Streamlit's own upload limit refuses a file only by a red row in the upload box, with the reason in a
tooltip; the server's limit is set above the article limit so that quotelens reads the size and says it."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import open_page, wait_until_idle

pytestmark = pytest.mark.e2e


def test_an_upload_over_the_article_limit_is_refused_in_words_and_the_article_stays(server, page):
    open_page(page, server.url + "/")
    page.get_by_text("Donald Trump Sides With Vladimir Putin", exact=False).first.wait_for()
    big = b"The council met on Tuesday and said the plan would fail. " * 110_000  # (6.3 MB)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": "whole-archive.txt", "mimeType": "text/plain", "buffer": big}
    )
    page.get_by_text("was not loaded").first.wait_for(timeout=60_000)
    wait_until_idle(page)
    alert = page.locator('[data-testid="stAlert"]', has_text="was not loaded").first.inner_text()
    assert "whole-archive.txt" in alert and "over the 5 MB limit" in alert and "still shown" in alert
    assert page.get_by_text("Donald Trump Sides With Vladimir Putin", exact=False).count() >= 1  # (it stays)
