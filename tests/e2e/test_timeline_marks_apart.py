"""In the browser, the speaker timeline draws one visible mark per quotation: a speaker's quotations in one
paragraph stand side by side (the default article has two such pairs), none hidden under another."""

from __future__ import annotations

import pytest

from quotelens import views
from tests.e2e.conftest import chart, open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [1400, 390])
def test_every_quotation_has_a_mark_of_its_own(server, make_page, default_article, width):
    data = views.timeline_data(default_article)
    assert data.duplicated(["speaker", "paragraph"]).any()  # the case this is about
    page = make_page(width=width)
    open_page(page, f"{server.url}/Speaker_timeline?article=trump-putin-meeting.txt")
    marks = chart(page, 0).evaluate(
        """c => Array.from(c.querySelectorAll('path[aria-label*="speaker: "]')).map(p => {
            const b = p.getBoundingClientRect();
            return [p.getAttribute('aria-label'), b.left + b.width / 2, b.top + b.height / 2]; })"""
    )
    assert len(marks) == len(data)
    centres = {(round(x), round(y)) for _, x, y in marks}
    assert len(centres) == len(marks)  # no two marks drawn at one place
    rows: dict[float, list[float]] = {}
    for _, x, y in marks:
        rows.setdefault(round(y), []).append(x)
    nearest = min(b - a for xs in rows.values() for a, b in zip(sorted(xs), sorted(xs)[1:], strict=False))
    assert nearest >= 6  # px: apart enough to see two marks, also on a phone
