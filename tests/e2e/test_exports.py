"""The downloads a reader takes away: named for what they hold."""

from __future__ import annotations

import csv
import io

import pytest

from tests.e2e.conftest import open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("query", "name", "speakers"),
    [
        ("", "trump-putin-meeting-quotes.csv", 5),  # (the headline's report of Donald Trump is dropped)
        ("&speaker=Vladimir%20Putin", "trump-putin-meeting-Vladimir-Putin-quotes.csv", 1),
    ],
)
def test_the_quotations_download_is_named_for_the_speaker_it_holds(server, browser, query, name, speakers):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        open_page(page, f"{server.url}/Who_said_what?article=trump-putin-meeting.txt{query}")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        assert download.value.suggested_filename == name
        with open(download.value.path(), encoding="utf-8") as f:
            rows = list(csv.DictReader(io.StringIO(f.read())))
        assert len({r["speaker"] for r in rows}) == speakers
    finally:
        context.close()


def test_the_corpus_page_exports_every_table_with_every_column(server, browser):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        open_page(page, f"{server.url}/Corpus")
        page.get_by_text("Export every table").click()
        with page.expect_download() as download:
            page.get_by_role("button", name="quotes.csv").click()
        assert download.value.suggested_filename == "corpus-quotes.csv"
        with open(download.value.path(), encoding="utf-8") as f:
            rows = list(csv.DictReader(io.StringIO(f.read())))
        assert {"article_id", "corpus_speaker", "start", "end", "cue_text"} <= set(rows[0])
        assert {r["article_id"] for r in rows} >= {"trump-putin-meeting", "many"}
    finally:
        context.close()
