"""Selecting a quotation through a highlight's evidence card keeps the Reader's Kind and Search filters."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import eventually, open_page, rerun, url_param, wait_until_idle

pytestmark = pytest.mark.e2e


NAME = {"direct quote": "direct", "partial quote": "mixed", "reported speech": "indirect"}  # the chips' words


def _kinds(pg) -> list[str]:
    """The kinds the Kind filter's chips show, in the engine's words (a chip saying anything else fails)."""
    box = pg.locator('[data-testid="stMultiSelect"]').first
    labels = box.locator("[data-tag]").evaluate_all("ts => ts.map(t => t.getAttribute('aria-label'))")
    return [NAME.get(str(t), f"chip {t!r}") for t in labels]


def _equals(value: object, expected: object) -> None:
    assert value == expected, (value, expected)


@pytest.mark.parametrize("width", [1400, 390])
def test_a_card_link_keeps_kind_and_search(server, make_page, width):
    page = make_page(width=width)
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    with rerun(page):
        page.get_by_role("button", name="Remove reported speech").click()  # the chip's ×, as a visitor takes a kind away
    eventually(lambda: _equals(_kinds(page), ["direct", "mixed"]))
    search = page.get_by_role("textbox", name="Search in quotations")
    search.fill("Russia")
    with rerun(page):
        search.press("Enter")
    eventually(lambda: _equals(page.locator(".ql-quote.ql-indirect").count(), 0))
    wait_until_idle(page)  # (the filters' run is over: no later run replaces the card as it is clicked)
    highlight = page.locator(".ql-quote", has_text="raising the concerns").first
    highlight.tap() if width < 600 else highlight.click()
    card = highlight.locator("xpath=following-sibling::*[1]")
    with rerun(page):  # (the card's click selects the quotation: the run it asks for is waited for)
        card.tap() if width < 600 else card.click()
    eventually(lambda: _equals(bool(url_param(page, "quote")), True))
    eventually(lambda: _equals(page.locator('.ql-quote[aria-current="true"]').count() > 0, True))
    assert _kinds(page) == ["direct", "mixed"]
    assert page.get_by_role("textbox", name="Search in quotations").input_value() == "Russia"
    assert page.locator(".ql-quote.ql-indirect").count() == 0
    assert "raising the concerns" in page.get_by_role("combobox", name="Quotation to correct").input_value()
