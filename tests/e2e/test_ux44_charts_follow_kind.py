"""The charts follow the Kind filter as the lists do: a link's ``?kind=direct`` draws Who said what's bars of
direct quotes only, the Speaker timeline the same, each saying under its heading which kinds it counts; and a
speaker the link names who is not in the article is said in a sentence."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import chart, eventually, mark_opacities, open_page, screenshot, wait_until_idle

pytestmark = pytest.mark.e2e

ARTICLE = "article=trump-putin-meeting.txt"
NAMES = {"direct": "direct quote", "mixed": "partial quote", "indirect": "reported speech"}


def _kinds_drawn(chart_locator) -> set[str]:
    labels = chart_locator.evaluate(
        "c => Array.from(c.querySelectorAll('path[aria-label]')).map(p => p.getAttribute('aria-label'))"
    )
    kinds = {m.group(1).strip() for label in labels if (m := re.search(r"kind: ([^;]+)", label or ""))}
    return {NAMES.get(k, k) for k in kinds}  # (a chart's label says the engine's code or the legend's words)


def _check(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


def _captions(page) -> str:
    return " ".join(page.locator('[data-testid="stCaptionContainer"]').all_inner_texts())


@pytest.mark.parametrize("path", ["/Who_said_what", "/Speaker_timeline"])
def test_a_link_with_a_kind_narrows_the_chart_and_says_so(server, page, path):
    open_page(page, f"{server.url}{path}?{ARTICLE}&kind=direct")
    wait_until_idle(page)
    eventually(lambda: _check(set(mark_opacities(chart(page, 0))), {"Rex Tillerson"}))
    eventually(lambda: _check(_kinds_drawn(chart(page, 0)), {"direct quote"}))
    assert "Counting direct quote only" in _captions(page)
    screenshot(page, f"ux44-kind-direct-{path.strip('/').lower()}")
    open_page(page, f"{server.url}{path}?{ARTICLE}")
    wait_until_idle(page)
    eventually(lambda: _check(_kinds_drawn(chart(page, 0)), {"direct quote", "partial quote", "reported speech"}))
    assert "Counting every kind" in _captions(page)


def test_a_speaker_not_in_the_article_is_said(server, page):
    open_page(page, f"{server.url}/Who_said_what?{ARTICLE}&speaker=Nobody")
    wait_until_idle(page)
    eventually(lambda: _check("Nobody called" in page.locator('[data-testid="stAlert"]').first.inner_text(), True))
    assert set(mark_opacities(chart(page, 0))) >= {"Rex Tillerson", "Vladimir Putin"}
