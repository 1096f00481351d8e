"""One notion of "unsure" (quotelens.doubt): on the same article, the quotations the Reader draws lighter with
"(?)" are the ones Who said what counts as unsure, the ones its switch leaves out, the ones its table marks and the
ones its downloads give a reason in the column ``unsure`` — a close-call speaker or a low confidence alike."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from quotelens import derived, doubt, exports, views
from quotelens.article import load_article
from tests.test_pages import PAGES, ROOT, app, html_of
from tests.test_views import SHARED_SURNAME

PUTIN = (ROOT / "corpus" / "trump-putin-meeting.txt").read_text(encoding="utf-8")


def _open(text: str | None, page: str) -> AppTest:
    if text is None:  # the corpus article, by its URL
        return app(page, article="trump-putin-meeting.txt")
    at = app()
    at.text_area(key="ql_paste").input(text)
    at.button(key="ql_paste_go").click().run()
    return at.switch_page(PAGES[page]).run()


def _lighter(at: AppTest) -> set[int]:
    spans = re.findall(r'<span class="ql-quote[^"]*"[^>]*>', html_of(at))
    return {int(re.search(r'data-group="(\d+)"', s).group(1)) for s in spans if " ql-low" in s}


@pytest.mark.parametrize("text", [None, SHARED_SURNAME], ids=["low-confidence", "close-call"])
def test_the_reader_and_who_said_what_call_the_same_quotations_unsure(text):
    article = load_article(PUTIN if text is None else text)
    unsure = doubt.unsure_groups(views.body_quotes(article))
    assert unsure  # (each article has some: a close call in one, low confidences in the other)

    reader = _open(text, "reader")
    assert not reader.exception
    assert _lighter(reader) == doubt.unsure_groups(article.quotes) >= unsure
    assert "ql-legend-unsure" in html_of(reader)

    wsw = _open(text, "wsw")
    assert not wsw.exception
    said = " ".join(c.value for c in wsw.caption)
    assert f"{len(unsure)} unsure quotation{'s' if len(unsure) != 1 else ''} " in said
    table = wsw.dataframe[-1].value  # the quotations, each marked as the Reader marks it
    marked = table["how the speaker was found"].str.contains("unsure")
    assert marked.sum() == doubt.unsure_mask(views.body_quotes(article)).sum()

    download = exports.for_download(views.quotes_for(article, None))
    assert set(download.loc[download["unsure"] != "", "group"]) == unsure
    assert download["kind"].tolist() == views.quotes_for(article, None)["kind"].tolist()  # (codes kept)

    wsw.toggle(key="ql_sure_only").set_value(True).run()
    assert not wsw.exception and f"{len(unsure)} unsure quotation" in " ".join(c.value for c in wsw.caption)
    sure = derived.only_sure(article)
    assert not unsure & set(sure.quotes["group"])  # left out: their rows dropped, credited to nobody
    assert set(wsw.dataframe[-1].value["speaker"]) == set(views.body_quotes(sure)["speaker"].fillna(views.UNKNOWN))
    assert len(wsw.dataframe[-1].value) == len(views.body_quotes(sure))
