"""Issue 22 items 5 and 8 in a real browser: filters, evidence without hover, tables, navigation, the corpus."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, rerun, url_param, wait_until_idle

pytestmark = pytest.mark.e2e


def test_clearing_every_kind_shows_none_and_says_so(server, page):
    open_page(page, server.url + "/Reader")
    assert page.locator(".ql-quote").count() >= 10
    kinds = page.locator('[data-testid="stMultiSelect"]')
    clear = kinds.get_by_role("button", name="Clear all")
    if clear.count() == 0:
        clear = kinds.locator('[aria-label*="Clear"], [title*="Clear"]')
    with rerun(page):
        clear.first.click()
    eventually(lambda: _is(page.locator(".ql-quote").count(), 0))
    assert "No kind of quotation is selected" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "15 of 15" not in page.content()


@pytest.mark.parametrize("width", [390, 1400])
def test_a_tap_on_a_highlight_shows_its_evidence_without_moving_the_text(server, make_page, width):
    page = make_page(width=width, height=900)
    open_page(page, server.url + "/Reader")
    quote = page.locator('.ql-quote[data-speaker="Vladimir Putin"]').first
    quote.scroll_into_view_if_needed()
    paragraph = quote.locator("xpath=ancestor::p[1]")
    following = paragraph.locator("xpath=following-sibling::p[1]")
    boxes = [quote.bounding_box(), paragraph.bounding_box(), following.bounding_box()]
    evidence = quote.locator("xpath=following-sibling::*[1]")  # the card (a link that selects the quotation)
    assert not evidence.is_visible()
    quote.tap() if width < 600 else quote.click()
    page.wait_for_timeout(300)
    assert evidence.is_visible()
    card = evidence.evaluate(
        "e => { const s = getComputedStyle(e); return [e.innerText, s.position, s.backgroundColor, e.textContent]; }"
    )
    # the speaker, the verb that introduced the words (named in words: verb “…”), how it was found (on a phone
    # folded under "Why: how it was found", round 39: in the card, shown on a tap, tests/e2e/test_ux39_card_and_paths.py)
    assert "Vladimir Putin" in card[0] and "verb “" in card[0] and "found by" in card[3], card[3]
    rest = evidence.locator(".ql-rest").bounding_box()  # folded on a phone: clipped to a pixel, out of sight (a
    assert rest is not None and (rest["width"] > 1) == (width >= 600), rest  # screen reader still reads it)
    assert card[1] == "absolute" and card[2] not in ("rgba(0, 0, 0, 0)", "transparent")  # an opaque card, laid over
    # the sentence, its paragraph and the next paragraph stay where they were: nothing reflows
    assert [quote.bounding_box(), paragraph.bounding_box(), following.bounding_box()] == boxes


def table_text(table) -> tuple[list[str], str]:
    """A data frame's column headers and all its cells' text (the grid draws on a canvas; its table is for screen readers)."""
    table.locator("table").first.wait_for(state="attached")
    return (
        table.evaluate("t => Array.from(t.querySelectorAll('th[role=columnheader]')).map(h => h.textContent.trim())"),
        table.evaluate("t => t.querySelector('table').textContent"),
    )


def test_the_tables_start_with_speaker_cue_and_words(server, page):
    """A row reads as a sentence: "Vladimir Putin · denied · Russian involvement" (the words alone after the
    speaker credited Putin with "Russian involvement", a new user's review found)."""
    open_page(page, server.url + "/Reader")
    header, _ = table_text(page.locator('[data-testid="stDataFrame"]').first)
    assert header[:3] == ["speaker", "cue", "words"]
    open_page(page, server.url + "/Who_said_what")
    header, _ = table_text(page.locator('[data-testid="stDataFrame"]').last)
    assert header[:3] == ["speaker", "cue", "words"] and "cue_text" not in header  # in words, as the Reader's


def test_the_go_deeper_links_are_whole(server, page):
    open_page(page, server.url + "/")
    links = page.locator('[data-testid="stPageLink"]')
    assert links.count() == 4
    for i in range(4):
        cut = links.nth(i).evaluate(
            "l => Array.from(l.querySelectorAll('*')).some(e => e.scrollWidth > e.clientWidth + 1)"
        )
        assert not cut, links.nth(i).inner_text()


def test_the_corpus_page_keeps_the_article_and_shows_dates_and_sources(server, page):
    open_page(page, server.url + "/?article=unresolved.txt")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Corpus").click()
    wait_until_idle(page)
    eventually(lambda: _is(url_param(page, "article"), "unresolved.txt"))
    _, text = table_text(page.locator('[data-testid="stDataFrame"]').first)
    assert "2017-07-07" in text and "unknown (not stated" in text
    page.locator('[data-testid="stSidebarNav"] a', has_text="Reader").click()
    wait_until_idle(page)
    eventually(lambda: _is(page.get_by_role("combobox", name="Article").input_value(), "unresolved.txt"))


def _is(value: object, expected: object) -> None:
    assert value == expected, (value, expected)
