"""Selecting a row of the Reader's evidence table opens the correction form on its quotation."""

from __future__ import annotations

import pytest

from quotelens.tablelayout import WRAPPED_ROW
from tests.e2e.conftest import eventually, open_page, rerun, url_param, wait_until_idle

pytestmark = pytest.mark.e2e
ROW = 35  # st.dataframe's header height, in CSS pixels (the evidence's rows wrap: WRAPPED_ROW each)


def _form_on(pg) -> str:
    return str(pg.get_by_role("combobox", name="Quotation to correct").input_value())


def _select_row(pg, n: int) -> None:
    grid = pg.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    pg.mouse.click(box["x"] + 16, box["y"] + ROW + WRAPPED_ROW * n + WRAPPED_ROW / 2)  # the row's selection box
    wait_until_idle(pg)


def test_a_row_picked_in_the_evidence_opens_the_form_on_its_quotation(server, page):
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    assert _form_on(page).startswith("1 · ")
    # rows 3, 4 and 0 of the evidence: Putin's "Russian involvement", Tillerson's "pressed", the first again
    # (Tillerson's "the two spoke about ...": the headline's report is dropped)
    for row, expected in [(3, "· Vladimir Putin: Russian involvement"), (4, "“pressed”"), (0, "1 · Rex Tillerson")]:
        for _ in range(2):  # the same row twice in a row: selected, then unselected; the form stays
            _select_row(page, row)
            eventually(lambda expected=expected: _contains(_form_on(page), expected))
            assert url_param(page, "quote")
    page.go_back()  # Back undoes the last pick
    wait_until_idle(page)
    eventually(lambda: _contains(_form_on(page), "“pressed”"))


def _contains(value: str, part: str) -> None:
    assert part in value, (value, part)


@pytest.mark.parametrize("width", [1400, 390])
def test_a_click_on_a_highlight_selects_its_quotation(server, make_page, width):
    page = make_page(width=width)
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    words = "that Russia did not interfere"
    highlight = page.locator(".ql-quote", has_text=words).first
    highlight.tap() if width < 600 else highlight.click()  # its evidence opens, a link to select it
    card = highlight.locator("xpath=following-sibling::*[1]")
    card.tap() if width < 600 else card.click()
    wait_until_idle(page)
    eventually(lambda: _contains(_form_on(page), "· Vladimir Putin: that Russia did not interfere"))
    assert url_param(page, "quote") and url_param(page, "article") == "trump-putin-meeting.txt"
    assert page.locator(".ql-selected").inner_text() == words
    page.get_by_role("link", name="show it in the text").click()  # the page opened at its top: down to it
    eventually(lambda: _contains(str(page.locator(".ql-selected").is_visible()), "True"))
    page.get_by_role("link", name="correct it").click()
    eventually(lambda: _contains(str(page.get_by_role("combobox", name="Quotation to correct").is_visible()), "True"))
    for _ in range(3):  # Back over the two jumps inside the page, then to the article before the click
        page.go_back()
        wait_until_idle(page)
    eventually(lambda: _contains(_form_on(page), "1 · "))


def test_a_card_link_selects_in_place_without_a_new_session(server, page):
    """A plain click on "Select this quotation" keeps the page (no navigation: the reader stays where they
    were, the session and its state too); the URL still follows, and the evidence table ticks the row."""
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    page.evaluate("window.__qlSamePage = 'yes'")  # a navigation would drop it
    for words, expected in [
        ("that Russia did not interfere", "· Vladimir Putin: that Russia did not interfere"),
        ("pressed", "“pressed”"),
        ("that Russia did not interfere", "· Vladimir Putin: that Russia did not interfere"),
    ]:
        highlight = page.locator(".ql-quote", has_text=words).first
        highlight.scroll_into_view_if_needed()
        highlight.click()
        with rerun(page):
            highlight.locator("xpath=following-sibling::*[1]").click()
        eventually(lambda expected=expected: _contains(_form_on(page), expected))
        assert page.evaluate("window.__qlSamePage") == "yes"
        assert url_param(page, "quote") and url_param(page, "article") == "trump-putin-meeting.txt"
        eventually(lambda words=words: _contains(" ".join(page.locator(".ql-selected").all_inner_texts()), words))
        assert _on_screen(page, page.locator(".ql-selected").first)  # the reader is where they clicked
        first = page.locator(".ql-selected").first.inner_text().strip()
        eventually(lambda first=first: _contains(_ticked_row(page), first))  # the same quotation is ticked


def _on_screen(page, locator) -> bool:
    box, height = locator.bounding_box(), page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def _ticked_row(page) -> str:
    """The words of the evidence table's selected row (Glide marks it aria-selected)."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    rows = grid.locator('[role="row"][aria-selected="true"]')
    return " ".join(rows.all_inner_texts())


def test_a_quotation_is_selected_with_the_keyboard_alone(server, page):
    # (Tab reaches each highlight and opens its evidence, but the card's link hides as the highlight loses the
    # focus, so Tab went from a highlight to nowhere and a keyboard could never select a quotation)
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    kinds = page.locator('[data-testid="stMultiSelect"]').first  # the filters' last row: the Kind box
    kinds.get_by_role("button", name="Clear all").focus()  # (its last control)
    page.keyboard.press("Tab")  # the first highlight, after the filters
    focused = page.evaluate("() => document.activeElement.className + ' ' + document.activeElement.innerText")
    assert focused.startswith("ql-quote") and "Moscow’s election meddling" in focused, focused
    page.keyboard.press("Tab")  # the next highlight at once (it took two presses, through an empty stop)
    focused, card = page.evaluate(
        "() => [document.activeElement.innerText, getComputedStyle(document.activeElement.nextElementSibling).display]"
    )
    assert focused.startswith("that Trump opened the conversation") and card == "block", (focused, card)
    with rerun(page):
        page.keyboard.press("Enter")
    eventually(lambda: _contains(_form_on(page), "· Rex Tillerson: that Trump opened the conversation"))
    assert url_param(page, "quote") and "raising the concerns" in page.locator(".ql-selected").inner_text()
