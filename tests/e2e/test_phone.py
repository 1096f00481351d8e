"""What a reader on a phone (390 px) and on a desk (1,400 px) sees of the Home page's counters and headline."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import open_page, screenshot

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
