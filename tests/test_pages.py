"""Every page under streamlit.testing.v1.AppTest, on the default article."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = [
    "dashboard.py",
    "pages/1_Reader.py",
    "pages/2_Speaker_timeline.py",
    "pages/3_Who_said_what.py",
    "pages/4_Corpus.py",
]


def run(page: str, **query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    return at.run()


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(page):
    at = run(page)
    assert not at.exception, at.exception
    assert not at.error


def test_home_shows_headline_and_counts():
    at = run("dashboard.py")
    html = " ".join(m.value for m in at.markdown)
    assert "Donald Trump Sides With Vladimir Putin" in html
    assert int(at.metric[1].value) >= 10


def test_reader_speaker_filter_filters_the_evidence_table():
    at = run("pages/1_Reader.py")
    before = len(at.dataframe[0].value)
    speaker = next(s for s in at.selectbox if s.label == "Speaker")
    speaker.select("Sergey Lavrov").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert set(table["speaker"]) == {"Sergey Lavrov"}
    assert len(table) < before
    assert at.query_params["speaker"] == ["Sergey Lavrov"] or at.query_params["speaker"] == "Sergey Lavrov"


def test_speaker_in_the_url_selects_it_on_every_page():
    for page in PAGES[1:4]:  # the article pages (the corpus page has no per-article speaker)
        at = run(page, speaker="Rex Tillerson")
        assert not at.exception
        speaker = next(s for s in at.selectbox if s.label == "Speaker")
        assert speaker.value == "Rex Tillerson"


def test_timeline_list_follows_the_speaker_choice():
    at = run("pages/2_Speaker_timeline.py")
    speaker = next(s for s in at.selectbox if s.label == "Speaker")
    speaker.select("Russian media").run()
    assert set(at.dataframe[0].value["speaker"]) == {"Russian media"}


def test_upload_replaces_the_default_article():
    at = run("dashboard.py")
    at.file_uploader[0].set_value(
        ("council.txt", "Council Votes\n\n“We did it,” Mayor Ann Lee said.".encode(), "text/plain")
    )
    at.run()
    assert not at.exception
    html = " ".join(m.value for m in at.markdown)
    assert "Council Votes" in html
    assert "Donald Trump Sides" not in html


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("empty.txt", b"", "empty"), ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG")],
)
def test_bad_upload_gives_a_clear_error_and_the_app_keeps_working(name, data, message):
    at = run("dashboard.py")
    at.file_uploader[0].set_value((name, data, "text/plain"))
    at.run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert message.lower() in errors.lower() and name in errors
    assert "Donald Trump Sides" in " ".join(m.value for m in at.markdown)


def test_path_escaping_article_link_is_refused():
    at = run("dashboard.py", article="../../etc/passwd")
    assert not at.exception
    assert any("not a file name in corpus" in e.value for e in at.error)
    assert "Donald Trump Sides" in " ".join(m.value for m in at.markdown)


def test_pasted_text_is_read():
    at = run("dashboard.py")
    at.text_area(key="ql_paste").input("Pasted Story\n\n“Hello there,” Chief Omar Diaz said.")
    at.button(key="ql_paste_go").click()
    at.run()
    assert not at.exception
    assert "Pasted Story" in " ".join(m.value for m in at.markdown)


def test_article_link_without_its_extension_opens_the_article():
    at = run("dashboard.py", article="trump-putin-meeting")
    assert not at.exception
    assert not at.error  # no "not in corpus" message
    assert "Donald Trump Sides" in " ".join(m.value for m in at.markdown)
