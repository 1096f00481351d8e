"""Round 37, item 1, in the browser: a click on a timeline mark selects its speaker and that quotation, and
"Read it in the Reader" opens the Reader on it, in the same session; Back returns to the timeline."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from quotelens import views
from quotelens.corrections.model import quotation_keys
from tests.e2e.conftest import chart, eventually, open_page, rerun

pytestmark = pytest.mark.e2e


def _check(url: str, key: str, path: str = "/Speaker_timeline") -> None:
    query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    assert urlparse(url).path.endswith(path), url
    assert query.get("speaker") == "Rex Tillerson" and query.get("quote") == key, query


@pytest.mark.parametrize("width", [1400, 390])
def test_a_mark_leads_to_its_quotation_in_the_reader(server, make_page, default_article, width):
    data = views.timeline_data(default_article)
    tillerson = data[data["speaker"] == "Rex Tillerson"]
    keys = quotation_keys(a.content for a in default_article.attributions)
    page = make_page(width=width)
    open_page(page, f"{server.url}/Speaker_timeline?article=trump-putin-meeting.txt")
    marks = chart(page, 0).locator('path[aria-label*="speaker: Rex Tillerson"]')
    assert marks.count() == len(tillerson)
    for n in (1, 3):  # two clicks in a row on one speaker's marks: each selects its own quotation
        with rerun(page):
            marks.nth(n).click()
        wanted = keys[int(tillerson["group"].iloc[n])]
        eventually(lambda wanted=wanted: _check(page.url, wanted))
    link = page.get_by_role("link", name="Read it in the Reader")
    with rerun(page):
        link.click()
    eventually(lambda: _check(page.url, wanted, "/Reader"))
    eventually(lambda: _selected_in_reader(page))
    with rerun(page):
        page.go_back()
    eventually(lambda: _check(page.url, wanted))


def _selected_in_reader(page) -> None:
    assert urlparse(page.url).path.endswith("/Reader"), page.url
    assert page.locator('[data-testid="stMarkdown"]', has_text="Selected: Rex Tillerson").count() >= 1
