"""Round 39, item 2, in the browser: after clicks on marks of the Speaker timeline, the selected quotation's mark
stands out from its speaker's others (thicker outline, full opacity; the others faded), on the light and the
dark theme, and each new click moves it."""

from __future__ import annotations

import pytest

from quotelens import charts, views
from tests.e2e.conftest import chart, eventually, open_page, rerun, screenshot

pytestmark = pytest.mark.e2e


def _drawn(page) -> dict[str, tuple[float, float]]:
    """(opacity, stroke width) of each of Rex Tillerson's marks, by its label (the chosen one is drawn last)."""
    rows = chart(page, 0).evaluate(
        """c => Array.from(c.querySelectorAll('path[aria-label*="speaker: Rex Tillerson"]')).map(p => [
            p.getAttribute('aria-label'),
            parseFloat(p.getAttribute('opacity') ?? getComputedStyle(p).opacity),
            parseFloat(p.getAttribute('stroke-width') ?? getComputedStyle(p).strokeWidth)])"""
    )
    return {label: (round(o, 2), round(w, 2)) for label, o, w in rows}


def _stands_out(page, label: str, count: int) -> None:
    drawn = _drawn(page)
    assert len(drawn) == count, drawn
    assert drawn[label] == (1.0, charts.CHOSEN_STROKE), drawn
    assert all(o < 0.6 and w < charts.CHOSEN_STROKE for k, (o, w) in drawn.items() if k != label), drawn


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_clicked_mark_stands_out_from_its_speakers_others(server, make_page, default_article, scheme):
    count = int((views.timeline_data(default_article)["speaker"] == "Rex Tillerson").sum())
    page = make_page(width=1400, scheme=scheme)
    open_page(page, f"{server.url}/Speaker_timeline?article=trump-putin-meeting.txt")
    labels = list(_drawn(page))
    for n in (1, 3, 0):  # clicks in a row: each moves the mark that stands out
        with rerun(page):
            chart(page, 0).locator(f'path[aria-label="{labels[n]}"]').click()
        eventually(lambda n=n: _stands_out(page, labels[n], count))
    screenshot(page, f"ux39-chosen-mark-{scheme}")
    with rerun(page):
        page.go_back()  # Back: the previous quotation is the selected one again
    eventually(lambda: _stands_out(page, labels[3], count))
