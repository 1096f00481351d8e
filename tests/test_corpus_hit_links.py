"""A Corpus search result opens its quotation: a link to the Reader with that article and that quotation
selected (``Reader?article=…&quote=…``), by the key the Reader itself gives the quotation."""

from __future__ import annotations

import pandas as pd

from quotelens import corpusview, pageurls
from quotelens.article import load_article
from quotelens.corpus import extract_corpus, read_corpus, search_quotes
from quotelens.corrections.model import quotation_keys
from tests.conftest import DEFAULT_ARTICLE
from tests.test_pages import app


def test_a_page_url_carries_its_state_and_leaves_out_empty_values():
    assert pageurls.page_url("Reader", {"article": "a b.txt", "quote": "1-2;3-4"}) == (
        "Reader?article=a%20b.txt&quote=1-2%3B3-4"
    )
    assert pageurls.page_url("Reader", {"article": "a.txt", "quote": ""}) == "Reader?article=a.txt"
    assert pageurls.page_url("Corpus", {}) == "Corpus"


def test_each_hit_has_the_key_the_reader_selects_it_by(tmp_path):
    tables = extract_corpus(read_corpus(str(DEFAULT_ARTICLE.parent)))
    quotes = tables.quotes[tables.quotes["article_id"] == DEFAULT_ARTICLE.stem]
    article = load_article(DEFAULT_ARTICLE)
    reader_keys = quotation_keys(a.content for a in article.attributions)
    hits = quotes.drop_duplicates("group")
    assert corpusview.hit_keys(tables.quotes, hits) == [reader_keys[g] for g in hits["group"]]
    assert any("#" in k for k in reader_keys)  # (the same words credited twice: told apart as the Reader does)


def test_a_corrected_quotation_opens_its_article_without_a_stale_key():
    tables = extract_corpus(read_corpus(str(DEFAULT_ARTICLE.parent)))
    hits = tables.quotes.head(2).assign(corrected=[True, False])
    keys = corpusview.hit_keys(tables.quotes, hits)
    assert keys[0] is None and keys[1]


def test_links_only_for_articles_the_reader_can_open(monkeypatch):
    tables = extract_corpus(read_corpus(str(DEFAULT_ARTICLE.parent)))
    hits = search_quotes(tables, "Putin")
    links = corpusview.hit_links(tables, hits, "corpus/")
    assert links and all(link.startswith(f"Reader?article={DEFAULT_ARTICLE.name}&quote=") for link in links)
    assert corpusview.hit_links(tables, hits, "dev-tables") == [None] * len(hits)  # (CLI tables: no file to open)
    table = corpusview.hits_to_read(tables, hits, "corpus/")
    assert table.columns[0] == corpusview.OPEN and table[corpusview.OPEN].tolist() == links


def test_the_corpus_page_lists_a_link_for_each_result():
    at = app("corpus", find="Putin")
    assert not at.exception
    hits: pd.DataFrame = at.dataframe[1].value
    assert list(hits.columns[:2]) == ["open", "article"] and len(hits) > 0
    assert hits["open"].str.contains("&quote=").all()


def test_a_search_without_results_says_so_and_keeps_the_exports():
    at = app("corpus", find="zzqq nowhere")
    assert not at.exception
    assert any("No quotation in this corpus holds" in i.value for i in at.info)
    assert len(at.dataframe) == 1  # (the articles' table only: no empty grid of results)
    assert any(e.label == "Export every table" for e in at.expander)
