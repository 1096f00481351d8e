"""Following a speaker across the corpus (ux48 item 2): a bar click selects them and lists their quotations
with links to the Reader; the search finds speakers' names; the tables fit their rows; the Reader opened from
the Corpus page carries the Reader's parameters only."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from quotelens import charts, corpusfollow, corpusview, tablelayout, views
from quotelens.corpus import extract_corpus, read_corpus, search_quotes, top_speakers
from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("ux48-follow")
ARTICLES = ("blind-ap_scotus_trucks.txt", "blind-reuters_lancet_heart.txt", "blind-local_hs_football.txt")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("follow")
    shutil.copy(ROOT / "corpus" / "trump-putin-meeting.txt", d)
    for name in ARTICLES:
        shutil.copy(ROOT / "tests" / "blind_outlets" / name, d)
    return d


@pytest.fixture(scope="module")
def tables(folder):
    return extract_corpus(read_corpus(str(folder)))


def test_a_speakers_quotations_one_row_each_with_every_piece(tables):
    top = top_speakers(tables, 5).iloc[0]
    rows = corpusfollow.speaker_quotations(tables, top["speaker"])
    assert len(rows) == top["quotations"]
    assert rows["text"].str.split().map(len).sum() >= top["words"]  # (the gaps " … " add no word)
    assert "quotation" in corpusfollow.quotations_note(top["speaker"], rows)


def test_the_chart_selects_a_speaker_and_draws_the_selected_one(tables):
    top = top_speakers(tables, 5)
    name = top["speaker"].iloc[1]
    spec = charts.top_speakers(top, name)
    assert spec["params"][0]["name"] == views.SELECT_PARAM
    assert spec["params"][0]["value"] == [{"speaker": name}]
    assert "value" not in charts.top_speakers(top, "Nobody Here")["params"][0]


def test_the_search_finds_a_speakers_name(tables):
    top = top_speakers(tables, 5)
    last_name = top["speaker"].iloc[0].split()[-1]
    hits = search_quotes(tables, last_name.lower())
    assert len(hits) >= top["quotations"].iloc[0]


def test_tables_fit_their_rows():
    assert tablelayout.fit_height(6) > tablelayout.HEADER + 6 * tablelayout.ROW
    assert tablelayout.fit_height(500) == tablelayout.fit_height(tablelayout.FIT_CAP)
    assert corpusview.picked_article(["a.txt", "b.txt"], {"selection": {"rows": [1]}}) == "b.txt"
    assert corpusview.picked_article(["a.txt"], {"selection": {"rows": []}}) is None


def run(monkeypatch, folder) -> AppTest:
    monkeypatch.setenv("QUOTELENS_CORPUS", str(folder))
    monkeypatch.setenv("QUOTELENS_DB", str(folder / "no-corrections.sqlite3"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180).run()
    return at.switch_page("app_pages/corpus.py").run()


def test_the_page_lists_the_selected_speakers_quotations(monkeypatch, folder, tables):
    at = run(monkeypatch, folder)
    name = top_speakers(tables, 5)["speaker"].iloc[0]
    at.session_state["ql_speaker"] = name
    at.run()
    assert not at.exception
    assert any(m.value.startswith("#### Quotations of") for m in at.markdown)
    listed = at.dataframe[0].value
    assert len(listed) == top_speakers(tables, 5)["quotations"].iloc[0]
    assert all(link.startswith("Reader?article=") and "&quote=" in link for link in listed["open"])


def test_the_reader_opened_from_the_corpus_drops_the_search(monkeypatch, folder):
    at = run(monkeypatch, folder)
    at.text_input(key="ql_corpus_search").input("court").run()
    assert at.query_params.get("find") in (["court"], "court")
    name = at.selectbox(key="ql_corpus_open").options[0]
    at.selectbox(key="ql_corpus_open").select(name)
    at.button(key="ql_corpus_go").click().run()
    assert not at.exception
    assert any(m.value == "# Reader" for m in at.markdown)
    assert "find" not in at.query_params
    at.switch_page("app_pages/corpus.py").run()  # back on the Corpus page: the search is as it was
    assert at.text_input(key="ql_corpus_search").value == "court"


def test_a_click_on_a_bar_selects_its_speaker_in_the_url(monkeypatch, folder, tables):
    import streamlit as st

    name = top_speakers(tables, 5)["speaker"].iloc[0]
    key = corpusfollow.chart_key(None)
    st.session_state[key] = {"selection": {views.SELECT_PARAM: [{"speaker": name}]}}
    picked = []
    monkeypatch.setattr(corpusfollow.ui, "select_speaker", picked.append)
    corpusfollow.bar_picked(key)
    assert picked == [name]


def test_wrapped_rows_are_fitted_as_tall_as_drawn():
    plain = tablelayout.fitted("corpus articles", ["article", "date"], 6)
    wrapped = tablelayout.fitted("corpus hits", ["open", "words"], 6)
    assert plain["height"] == tablelayout.fit_height(6)
    assert wrapped["height"] >= tablelayout.HEADER + 6 * wrapped["row_height"]
