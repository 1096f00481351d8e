"""A pasted or uploaded article is in no link (ux48 item 4): where a link is offered, the page says so; a link
that names no article says which article it shows."""

from __future__ import annotations

from quotelens.linknotes import UPLOAD_LINK_NOTE
from tests.test_pages import app, text_of

PASTED = "Harbour Plan Approved\n\n“We will build it this year,” Mayor Jo Park said on Monday.\n"


def test_home_says_its_links_cannot_carry_a_pasted_article():
    at = app()
    assert UPLOAD_LINK_NOTE not in text_of(at)  # a file of the collection is in every link
    at.text_area(key="ql_paste").input(PASTED)
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    assert "Harbour Plan Approved" in text_of(at)
    assert UPLOAD_LINK_NOTE in [c.value for c in at.caption]


def test_a_link_without_an_article_says_which_article_it_shows():
    at = app(speaker="Rex Tillerson")
    assert not at.exception
    said = [c.value for c in at.caption]
    assert any("names no article" in s and "trump-putin-meeting.txt" in s for s in said), said


def test_the_dashboards_own_address_says_nothing_of_it():
    at = app()
    assert not any("names no article" in c.value for c in [*at.caption, *at.info])
