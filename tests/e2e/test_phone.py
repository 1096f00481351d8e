"""What a reader on a phone (390 px) and on a desk (1,400 px) sees of the Home page's counters and headline."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import open_page, screenshot

pytestmark = pytest.mark.e2e


def _counters(pg) -> list[dict[str, float]]:
    metrics = pg.get_by_test_id("stMetric")
    assert metrics.count() == 5
    return [m.bounding_box() for m in metrics.all()]


@pytest.mark.parametrize(("width", "rows"), [(390, 2), (1400, 1)])
def test_the_home_counters_sit_side_by_side(server, make_page, width, rows):
    page = make_page(width=width)
    open_page(page, server.url + "/")
    boxes = _counters(page)
    assert len({round(b["y"]) for b in boxes}) == rows, boxes  # five stacked rows on a phone were a long scroll
    assert all(b["x"] >= 0 and b["x"] + b["width"] <= width for b in boxes)
    cut = page.get_by_test_id("stMetric").evaluate_all(
        "ms => ms.some(m => Array.from(m.querySelectorAll('*')).some(e => e.scrollWidth > e.clientWidth + 1))"
    )
    assert not cut  # no label or number is cut short
    screenshot(page, f"home-counters-{width}")
