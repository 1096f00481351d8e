"""The Corpus page on the corpora that used to break it: no speakers, and an unfinished output folder."""

from __future__ import annotations

import html

import pytest
from streamlit.testing.v1 import AppTest

from quotelens.corpus import run_corpus
from tests.conftest import ROOT
from tests.corpus.test_tables import NO_SPEAKERS


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    for n, text in enumerate(NO_SPEAKERS):
        (tmp_path / f"calm-{n}.txt").write_text(text, encoding="utf-8")
    run_corpus([tmp_path], tmp_path / "calm-tables")
    run_corpus([tmp_path], tmp_path / "unfinished")
    (tmp_path / "unfinished" / "manifest.json").unlink()  # what an interrupted run of the old CLI left
    monkeypatch.setenv("QUOTELENS_CORPUS", str(tmp_path))
    return tmp_path


def _corpus_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    return at.switch_page("app_pages/corpus.py").run()


def test_corpus_page_with_no_speakers(corpus):
    at = _corpus_page()
    assert not at.exception, at.exception
    assert [m.value for m in at.metric][:3] == ["2", "0", "0"]
    at.selectbox[0].select("calm-tables").run()
    assert not at.exception, at.exception
    assert [m.value for m in at.metric][:3] == ["2", "0", "0"]


def test_corpus_page_refuses_an_unfinished_output(corpus):
    at = _corpus_page()
    at.selectbox[0].select("unfinished").run()
    assert not at.exception, at.exception
    assert [html.unescape(e.value) for e in at.error] == [  # (the page escapes what it quotes)
        "This corpus could not be read: unfinished: not a finished corpus output (no manifest.json: the run was interrupted, is still running, "
        "or was written by an older quotelens); run `quotelens extract` again."
    ]
