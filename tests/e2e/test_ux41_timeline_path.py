"""``/timeline`` opens the Speaker timeline, as ``/reader`` and ``/who_said_what`` open theirs: one page, its own
address shown, no "Page not found"."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import eventually, open_page, url_param

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("typed", ["/timeline", "/Timeline"])
def test_timeline_opens_the_speaker_timeline(server, page, typed):
    open_page(page, f"{server.url}{typed}?article=trump-putin-meeting.txt&speaker=Vladimir%20Putin")
    eventually(lambda: _check(page.locator("h1").first.inner_text(), "Speaker timeline"))
    assert page.get_by_text("Page not found").count() == 0
    assert urlparse(page.url).path == "/Speaker_timeline"
    assert url_param(page, "article") == "trump-putin-meeting.txt" and url_param(page, "speaker") == "Vladimir Putin"


def _check(value: str, part: str) -> None:
    assert part in value, (value, part)
