"""The article pages on an article with no quotation: they say so once, and offer no empty table or filter advice."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from quotelens import readable
from tests.test_pages import PAGES, app, text_of

QUIET = (
    "Quiet Day in Town\n\nNothing happened in the town on Monday. The shops opened at nine.\n\nThe weather was mild."
)


def pasted(page: str, text: str = QUIET) -> AppTest:
    at = app()
    at.text_area(key="ql_paste").input(text)
    at.button(key="ql_paste_go").click().run()
    if page != "home":
        at.switch_page(PAGES[page]).run()
    assert not at.exception, at.exception
    return at


def headings(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("#")]


@pytest.mark.parametrize("page", ["home", "reader", "wsw"])
def test_an_article_without_quotations_says_so_once(page):
    at = pasted(page)
    assert str(at.session_state["ql_article"]).startswith("upload:")  # the pasted article is the one shown
    assert [i.value for i in at.info] == [readable.NO_QUOTATION]


def test_the_reader_gives_no_filter_advice_and_no_empty_evidence_when_nothing_is_quoted():
    at = pasted("reader")
    text = text_of(at)
    assert "Change a filter" not in text and "matches these filters" not in text and "0 of 0" not in text
    assert "#### Evidence for each attribution" not in headings(at)
    assert any("no quotation to correct" in c.value for c in at.caption)
    assert "The weather was mild" in text  # the article itself is still there to read


def test_who_said_what_draws_no_empty_tables_or_downloads_when_nothing_is_quoted():
    at = pasted("wsw")
    shown = headings(at)
    assert "#### The author's voice and each source's share" in shown  # 100 % the writer's: worth a look
    assert not [h for h in shown if h.startswith(("#### First-hand", "#### The verbs", "#### Quotations"))]
    assert not at.get("download_button") and not at.dataframe


def test_who_said_what_still_lists_everything_when_something_is_quoted():
    at = pasted("wsw", "Town Votes\n\n“We won,” said Mayor Jo Park after the vote.")
    shown = headings(at)
    assert "#### First-hand or second-hand" in shown and "#### Quotations (1)" in shown
    assert len(at.get("download_button")) == 2 and readable.NO_QUOTATION not in [i.value for i in at.info]
