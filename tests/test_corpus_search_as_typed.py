"""The Corpus page's search over every quotation finds what a keyboard types, as the Reader's does:
"didn't" finds “didn’t”, and each piece is found on its own, in every article."""

from __future__ import annotations

import re

import pandas as pd

from quotelens.article import load_article
from quotelens.corpus.query import pieces_matching
from tests.test_pages import app


def corpus_quotes(default_article) -> pd.DataFrame:
    other = load_article("Town Votes\n\n“We didn’t lose,” said Mayor Jo Park.\n\nPark said they won.")
    parts = [default_article.quotes.assign(article_id="trump"), other.quotes.assign(article_id="town")]
    return pd.concat(parts, ignore_index=True)  # (group numbers repeat from one article to the next)


def test_a_straight_apostrophe_finds_the_curly_one_in_every_article(default_article):
    quotes = corpus_quotes(default_article)
    hits = pieces_matching(quotes, "didn't")
    curly = quotes[quotes["text"].str.contains("didn’t", regex=False)]
    assert set(hits["article_id"]) == {"trump", "town"}
    assert hits.index.tolist() == curly.index.tolist()  # every piece with it, and only those


def test_pieces_are_found_alone_and_the_limit_holds(default_article):
    quotes = corpus_quotes(default_article)
    hits = pieces_matching(quotes, "Putin")
    assert hits["text"].str.contains("Putin").all()
    assert len(pieces_matching(quotes, "e", limit=3)) == 3
    assert pieces_matching(quotes, "  ").empty and pieces_matching(quotes.head(0), "x").empty


def test_the_corpus_page_finds_a_search_typed_with_a_straight_apostrophe():
    at = app("corpus")
    at.text_input(key="ql_corpus_search").input("didn't interfere").run()
    assert not at.exception
    found = re.search(r"(\d+) match(?:es)? in the quotations", " ".join(c.value for c in at.caption))
    assert found and int(found.group(1)) > 0


def test_the_library_s_corpus_search_is_the_page_s(tmp_path):
    from quotelens.corpus import extract_corpus, read_corpus, search_quotes

    (tmp_path / "town.txt").write_text("Town Votes\n\n“We didn’t lose,” said Mayor Jo Park.\n", encoding="utf-8")
    tables = extract_corpus(read_corpus(tmp_path))
    assert search_quotes(tables, "DIDN'T  lose")["text"].tolist() == ["“We didn’t lose,”"]
    assert search_quotes(tables, "didn't").equals(pieces_matching(tables.quotes, "didn't"))
