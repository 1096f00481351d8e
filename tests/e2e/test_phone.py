"""What a reader on a phone (390 px) and on a desk (1,400 px) sees of the Home page's counters and headline."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, pick, rerun, screenshot
from tests.e2e.test_sessions import upload

pytestmark = pytest.mark.e2e


def _counters(pg) -> list[dict[str, float]]:
    metrics = pg.get_by_test_id("stMetric")
    assert metrics.count() == 5
    return [m.bounding_box() for m in metrics.all()]


@pytest.mark.parametrize("path", ["/", "/Corpus"])
@pytest.mark.parametrize(("width", "rows"), [(390, 2), (1400, 1)])
def test_the_counters_sit_side_by_side(server, make_page, width, rows, path):
    page = make_page(width=width)
    open_page(page, server.url + path)
    boxes = _counters(page)
    assert len({round(b["y"]) for b in boxes}) == rows, boxes  # five stacked rows on a phone were a long scroll
    assert all(b["x"] >= 0 and b["x"] + b["width"] <= width for b in boxes)
    cut = page.get_by_test_id("stMetric").evaluate_all(
        "ms => ms.some(m => Array.from(m.querySelectorAll('*')).some(e => e.scrollWidth > e.clientWidth + 1))"
    )
    assert not cut  # no label or number is cut short
    screenshot(page, f"counters{path.replace('/', '-')}-{width}")


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/Who_said_what", "Quotations (16)"), ("/Speaker_timeline", "16 quotations")],
)
def test_a_tables_heading_comes_before_the_picker_that_filters_it(server, page, path, heading):
    open_page(page, server.url + path)
    title = page.get_by_role("heading", name=heading).bounding_box()
    picker = page.get_by_role("combobox", name="Speaker").bounding_box()
    table = page.get_by_test_id("stDataFrame").last.bounding_box()
    assert title["y"] < picker["y"] < table["y"]


def test_the_headline_is_smaller_on_a_phone(server, make_page):
    sizes = {}
    for width in (390, 1400):
        page = make_page(width=width)
        open_page(page, server.url + "/")
        sizes[width] = page.locator(".ql-headline").evaluate("h => parseFloat(getComputedStyle(h).fontSize)")
    assert sizes[1400] == 32 and 21 <= sizes[390] <= 26  # six lines of 32 px type filled a phone's first screen


def test_the_readers_headline_is_set_as_a_headline(server, make_page):
    page = make_page(width=390)
    open_page(page, server.url + "/Reader")
    title = page.locator('.ql-para[data-role="title"]')
    size, height = title.evaluate("h => [parseFloat(getComputedStyle(h).fontSize), getComputedStyle(h).lineHeight]")
    assert float(height.removesuffix("px")) <= 1.4 * size  # 1.75 spaced its five lines apart as a paragraph's


def _sidebar_open(pg) -> bool:
    return pg.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "false"


def _open_is(pg, expected: bool) -> None:
    assert _sidebar_open(pg) == expected


def test_on_a_phone_the_sidebar_closes_on_the_article_uploaded_or_chosen_there(server, make_page):
    # (Streamlit closes it after a tap on a page's name, not after a choice in it: the new article stayed
    # behind the sidebar, which covers three quarters of a phone, and a tap on a chart landed in the sidebar)
    page = make_page(width=390)
    open_page(page, server.url + "/")
    assert not _sidebar_open(page)
    page.get_by_test_id("stExpandSidebarButton").tap()
    eventually(lambda: _open_is(page, True))
    with rerun(page):
        upload(page, "harbour.txt", "Harbour Opens\n\n“At last,” Chief Omar Diaz said.\n".encode())
    eventually(lambda: _open_is(page, False))  # it stayed open over the upload
    eventually(lambda: _is_seen(page, page.locator(".ql-headline")))
    page.get_by_test_id("stExpandSidebarButton").tap()
    eventually(lambda: _open_is(page, True))
    pick(page, "trump-putin-meeting.txt", label="Article")
    eventually(lambda: _open_is(page, False))  # and over the article chosen
    assert "Donald Trump Sides" in page.locator(".ql-headline").inner_text()
    page.get_by_test_id("stExpandSidebarButton").tap()  # a run for the same article leaves it as it is
    eventually(lambda: _open_is(page, True))
    with rerun(page):  # (this browser's user agent is a desktop's: Streamlit itself closes it on a phone's)
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Reader").tap()
    page.get_by_role("heading", name="Reader").wait_for()
    assert _sidebar_open(page)


def _is_seen(pg, locator) -> None:
    box, sidebar = locator.bounding_box(), pg.get_by_test_id("stSidebar").bounding_box()
    assert box is not None and box["x"] >= sidebar["x"] + sidebar["width"], (box, sidebar)
