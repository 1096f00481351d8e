"""One vocabulary for kinds: every table a reader sees says "direct quote", "partial quote", "reported speech"
as the legend, the chips and the cards do; the downloads keep the engine's codes (direct, mixed, indirect)."""

from __future__ import annotations

import pandas as pd

from quotelens import readable, views
from quotelens.kinds import KIND_NAME, kind_name, with_kind_names
from tests.test_pages import app

WORDS = set(KIND_NAME.values())
CODES = set(KIND_NAME)


def test_kind_names_keep_a_new_kind_and_leave_the_table_as_it_was():
    table = pd.DataFrame({"kind": ["mixed", "transcript", None], "text": ["a", "b", "c"]})
    named = with_kind_names(table)
    assert named["kind"].tolist() == ["partial quote", "transcript", ""]
    assert table["kind"].tolist()[:2] == ["mixed", "transcript"]  # (a copy: the cached table is shared)
    assert with_kind_names(table[["text"]]).equals(table[["text"]]) and kind_name("indirect") == "reported speech"


def test_every_table_to_read_says_kinds_in_words_and_the_downloads_keep_the_codes(default_article):
    assert set(default_article.quotes["kind"]) == CODES  # the default article has all three
    for table in (
        views.evidence_for(default_article, None, None, ""),
        readable.quotation_list_for(default_article, None),
        readable.quotes_to_read(default_article, None),
    ):
        assert set(table["kind"]) == WORDS, table.columns
    assert set(views.quotes_for(default_article, None)["kind"]) == CODES  # Who said what's CSV/JSON
    hits = pd.DataFrame({"article_id": ["a"], "corpus_speaker": ["Ann Lee"], "kind": ["mixed"], "text": ["we"]})
    assert readable.corpus_hits_to_read(hits).iloc[0].tolist() == ["a", "Ann Lee", "partial quote", "we"]


def test_the_pages_tables_say_kinds_in_words():
    for page in ("reader", "timeline", "wsw"):
        at = app(page)
        assert not at.exception
        kinds = set().union(*(set(d.value["kind"]) for d in at.dataframe if "kind" in d.value.columns))
        assert kinds and kinds <= WORDS, (page, kinds)
