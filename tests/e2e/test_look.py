"""Issue 22 items 2, 3, 4, 6 and 8 in a real browser: what the charts draw, at 1,400 and 390 px, light and dark."""

from __future__ import annotations

import itertools
import re

import pytest

from quotelens.palette import OKABE_ITO, OTHERS, UNRESOLVED
from tests.e2e.conftest import MANY, chart, open_page, screenshot, wait_until_idle

pytestmark = pytest.mark.e2e


def mark_boxes(chart_locator, label: str) -> list[dict[str, float]]:
    return chart_locator.evaluate(
        """(c, label) => Array.from(c.querySelectorAll('path[aria-label]'))
            .filter(p => p.getAttribute('aria-label').includes(label))
            .map(p => { const b = p.getBoundingClientRect(); return {width: b.width, height: b.height}; })""",
        label,
    )


def fills(chart_locator) -> dict[str, set[str]]:
    rows = chart_locator.evaluate(
        """c => Array.from(c.querySelectorAll('path[aria-label]')).map(p => [p.getAttribute('aria-label'),
            (p.getAttribute('fill') || '').toUpperCase()])"""
    )
    out: dict[str, set[str]] = {}
    for label, fill in rows:
        m = re.search(r"(?:speaker|voice): ([^;]+)", label or "")
        if m:
            out.setdefault(m.group(1).strip(), set()).add(fill)
    return out


@pytest.mark.parametrize("path", ["/", "/Who_said_what"])
def test_whose_words_fill_the_article_draws_bars_with_area(server, page, path):
    open_page(page, server.url + path)
    segments = page.locator(".ql-voice .ql-seg")
    boxes = {s.get_attribute("data-voice"): s.bounding_box() for s in segments.all()}
    assert boxes["Author"]["height"] >= 30 and boxes["Author"]["width"] > 20
    assert boxes["Rex Tillerson"]["height"] >= 30 and boxes["Rex Tillerson"]["width"] > boxes["Author"]["width"]
    bar = page.locator(".ql-voice > div").first.bounding_box()
    assert abs(sum(b["width"] for b in boxes.values()) - bar["width"]) < 4  # the segments fill the bar


@pytest.mark.parametrize(("article", "width"), [("trump-putin-meeting.txt", 1400), ("many.txt", 390)])
def test_every_timeline_row_is_labelled_and_has_room(server, make_page, width, article):
    page = make_page(width=width)
    open_page(page, f"{server.url}/Speaker_timeline?article={article}")
    timeline = chart(page, 0)
    texts = timeline.evaluate(
        """c => Array.from(c.querySelectorAll('text')).map(t => {
            const b = t.getBoundingClientRect(); return [t.textContent, b.left, b.right, b.top, b.bottom]; })"""
    )
    speakers = MANY if article == "many.txt" else ["Rex Tillerson", "Vladimir Putin", "Russian media", "Sergey Lavrov"]
    svg = timeline.locator("svg").first.bounding_box()
    rows = {}
    for text, left, right, top, bottom in texts:
        if text in speakers:
            rows[text] = (top, bottom)
            assert left >= svg["x"] - 1 and right <= svg["x"] + svg["width"] + 1, (text, "cut at the side")
    assert set(rows) == set(speakers)
    tops = sorted(top for top, _ in rows.values())
    assert min(b - a for a, b in itertools.pairwise(tops)) >= 40  # rows never share a line
    # the legend and the axis title are inside the chart, not cut off
    for text in ("paragraph (position in the article)", "kind"):
        box = timeline.get_by_text(text, exact=True).first.bounding_box()
        assert box and box["x"] >= svg["x"] - 1 and box["x"] + box["width"] <= svg["x"] + svg["width"] + 1
    screenshot(page, f"timeline-{article.split('.')[0]}-{width}")


def test_the_timeline_grows_with_the_number_of_speakers(server, page):
    heights = {}
    for article in ("trump-putin-meeting.txt", "many.txt"):
        open_page(page, f"{server.url}/Speaker_timeline?article={article}")
        heights[article] = chart(page, 0).locator("svg").first.bounding_box()["height"]
    assert heights["many.txt"] > heights["trump-putin-meeting.txt"] + 4 * 40


def test_unresolved_quotations_have_marks_in_a_neutral_colour(server, page):
    open_page(page, f"{server.url}/Speaker_timeline?article=unresolved.txt")
    assert fills(chart(page, 0)).get("(unresolved)") == {UNRESOLVED}
    open_page(page, f"{server.url}/Who_said_what?article=unresolved.txt")
    bars = mark_boxes(chart(page, 0), "speaker: (unresolved)")
    assert bars and all(b["width"] > 2 and b["height"] > 10 for b in bars)
    assert fills(chart(page, 0))["(unresolved)"] == {UNRESOLVED}


def test_seven_speakers_get_distinct_colours_and_the_rest_are_others(server, page):
    open_page(page, f"{server.url}/Who_said_what?article=many.txt")
    colours = fills(chart(page, 0))
    top, rest = MANY[:7], MANY[7:]
    assert sorted(c for name in top for c in colours[name]) == sorted(OKABE_ITO)
    assert {c for name in rest for c in colours[name]} == {OTHERS}
    legend = page.locator(".ql-legend").first.inner_text()
    assert "others (2)" in legend
    # the app's accent is no speaker's colour
    accent = page.evaluate(
        '() => getComputedStyle(document.querySelector(\'[data-testid="stSidebarNav"] a[aria-current="page"]\') '
        "|| document.body).color"
    )
    assert all(_rgb(c) != accent for c in OKABE_ITO)


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_the_kind_legend_tells_the_kinds_apart(server, page):
    open_page(page, f"{server.url}/Who_said_what")
    swatches = page.locator(".ql-swatches").first.evaluate(
        """s => Array.from(s.querySelectorAll('span > span')).map(b => {
            const st = getComputedStyle(b); return [st.backgroundColor, st.borderTopStyle]; })"""
    )
    assert len(swatches) == 3 and len({bg for bg, _ in swatches}) == 3 and len({b for _, b in swatches}) == 3


def test_counts_are_whole_numbers(server, page):
    open_page(page, f"{server.url}/Who_said_what")
    labels = chart(page, 0).evaluate(
        "c => Array.from(c.querySelectorAll('.role-axis-label text')).map(t => t.textContent)"
    )
    numbers = [t for t in labels if re.fullmatch(r"[0-9.,]+", t)]
    assert numbers and all("." not in t for t in numbers), labels
    counts = page.locator(".ql-mentioned .ql-count, .ql-via .ql-count").all_inner_texts()
    assert counts and all(re.fullmatch(r"\d+", c) for c in counts), counts


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_follows_the_browsers_theme_and_every_chart_reads_on_it(server, make_page, scheme):
    page = make_page(scheme=scheme, height=1400)
    open_page(page, f"{server.url}/Speaker_timeline")
    background = _luminance(page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor"))
    assert (background < 0.1) if scheme == "dark" else (background > 0.9)
    assert_every_chart_text_contrasts(page, background)
    open_page(page, f"{server.url}/Who_said_what")
    assert_every_chart_text_contrasts(page, background)
    for selector in (".ql-count", ".ql-table td", ".ql-swatches"):  # the HTML charts' numbers and labels too
        colour = page.locator(selector).first.evaluate("e => getComputedStyle(e).color")
        assert abs(_luminance(colour) - background) > 0.3, (selector, colour)
    screenshot(page, f"who-said-what-{scheme}")


def assert_every_chart_text_contrasts(page, background: float) -> None:
    """Every label, number and title a Vega chart draws stands out from the page."""
    for i in range(page.locator('[data-testid="stVegaLiteChart"]').count()):
        fills = chart(page, i).evaluate(
            "c => Array.from(c.querySelectorAll('svg text')).filter(t => t.textContent.trim())"
            ".map(t => [t.textContent, getComputedStyle(t).fill, parseFloat(getComputedStyle(t).opacity)])"
        )
        assert fills
        for text, fill, opacity in fills:
            assert abs(_luminance(fill) - background) * opacity > 0.3, (text, fill)


def test_a_dark_theme_can_be_asked_for_in_the_link(server, page):
    open_page(page, f"{server.url}/?embed_options=dark_theme")
    background = _luminance(page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor"))
    assert background < 0.1


def test_the_menu_offers_the_theme(server, page):
    open_page(page, server.url + "/")
    page.get_by_test_id("stMainMenu").click()
    wait_until_idle(page)
    assert page.get_by_text(re.compile("theme|System|Dark", re.I)).count() >= 1


def _luminance(css: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"[\d.]+", css)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
