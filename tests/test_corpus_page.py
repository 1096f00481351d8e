"""The corpus page under AppTest, on all 924 PolNeAR train+dev articles."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from quotelens.cli import main
from tests.conftest import ROOT, SHARED

# one pytest-xdist worker runs these and the browser test of the same corpus: they share its cache entry
pytestmark = pytest.mark.xdist_group("polnear-924")


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("polnear")
    for split in ("train", "dev"):
        for f in (SHARED / "polnear" / split).glob("*.txt"):
            shutil.copy(f, d / f.name)
    assert (
        main(["extract", str(SHARED / "polnear" / "dev"), "--format", "parquet", "--out", str(d / "dev-tables")]) == 0
    )
    return d


def run(monkeypatch, corpus) -> AppTest:
    """The app from its entry point, then the corpus page (so page switches resolve as in a browser),
    with no correction made yet (other tests' corrections would make it another corpus to extract)."""
    monkeypatch.setenv("QUOTELENS_CORPUS", str(corpus))
    monkeypatch.setenv("QUOTELENS_DB", str(corpus / "no-corrections.sqlite3"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    return at.switch_page("app_pages/corpus.py").run()


def test_corpus_page_on_924_articles(monkeypatch, big_corpus):
    at = run(monkeypatch, big_corpus)
    assert not at.exception, at.exception
    assert int(at.metric[0].value) == 924
    articles = at.dataframe[0].value
    assert len(articles) == 924
    assert "speakers quoted" in articles.columns and "article_id" not in articles.columns
    at.text_input(key="ql_corpus_search").input("emails").run()
    hits = at.dataframe[1].value
    assert list(hits.columns) == ["open", "article", "speaker", "kind", "stance", "words"]
    said = hits["words"].str.contains("emails", case=False) | hits["speaker"].str.contains("emails", case=False)
    assert len(hits) > 0 and said.all()  # (the words, or a speaker's name: "emails" as a document)
    # each result opens its quotation in the Reader (a file of the corpus/ folder)
    assert all(link.startswith("Reader?article=") and "&quote=" in link for link in hits["open"])


def test_corpus_page_reads_cli_parquet_output(monkeypatch, big_corpus):
    at = run(monkeypatch, big_corpus)
    at.selectbox[0].select("dev-tables").run()
    assert not at.exception
    assert int(at.metric[0].value) == 84


def test_open_an_article_in_the_reader(monkeypatch, big_corpus):
    at = run(monkeypatch, big_corpus)
    name = at.selectbox(key="ql_corpus_open").options[3]
    at.selectbox(key="ql_corpus_open").select(name)
    at.button(key="ql_corpus_go").click().run()
    assert not at.exception
    assert at.session_state["ql_article"] == f"corpus:{name}"
    assert any(m.value == "# Reader" for m in at.markdown)


def test_a_restarted_dashboard_opens_a_corpus_it_has_read_without_extracting_it(monkeypatch, tmp_path):
    import streamlit as st

    from quotelens import corpusview
    from tests.conftest import DEFAULT_ARTICLE

    monkeypatch.setenv("QUOTELENS_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(DEFAULT_ARTICLE, folder / DEFAULT_ARTICLE.name)
    (folder / f"{DEFAULT_ARTICLE.stem}.meta.toml").write_text('date = "2017-07-07"\n', encoding="utf-8")
    first = run(monkeypatch, folder)
    st.cache_data.clear()  # what a restart forgets

    def no_extraction(*args, **kwargs):
        raise AssertionError("extracted again")

    monkeypatch.setattr(corpusview, "extract_corpus", no_extraction)
    again = run(monkeypatch, folder)
    assert not again.exception, again.exception
    assert again.metric[1].value == first.metric[1].value
    pd.testing.assert_frame_equal(again.dataframe[0].value, first.dataframe[0].value)
    assert again.dataframe[0].value["date"].tolist() == ["2017-07-07"]


def test_a_byline_the_file_does_not_give_is_not_stated():
    import pandas as pd

    from quotelens import readable

    articles = pd.DataFrame({"article_id": ["a", "b"], "byline": [None, "Jo Lee"], "source": ["The Ledger", None]})
    out = readable.corpus_articles_to_read(articles)
    assert out["byline"].tolist() == [readable.NOT_STATED, "Jo Lee"]
    assert out["source"].tolist() == ["The Ledger", readable.NOT_STATED]
