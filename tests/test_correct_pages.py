"""Correcting an attribution in the Reader under AppTest: it shows on every page, with its history.

Each test has its own corrections database (a temporary SQLite file through ``QUOTELENS_DB``).
"""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from quotelens.corrections.choices import ANONYMOUS, NEW_SPEAKER
from quotelens.corrections.model import KINDS
from tests.test_pages import PAGES, app, html_of, text_of


@pytest.fixture(autouse=True)
def own_database(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "corrections.sqlite3"))
    main = sys.modules["__main__"]
    yield tmp_path / "corrections.sqlite3"
    sys.modules["__main__"] = main


def _reader() -> AppTest:
    return app("reader")


def _select(at: AppTest, label: str):
    return next(s for s in at.selectbox if s.label == label)


def _save(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Save the correction").click().run()
    assert not at.exception, at.exception
    return at


def _quotation_of(at: AppTest, speaker: str) -> int:
    """The place of ``speaker``'s first quotation in the chooser (its options are the labels)."""
    return next(i for i, label in enumerate(_select(at, "Quotation to correct").options) if f"· {speaker}: " in label)


def _choose(at: AppTest, index: int) -> AppTest:
    _select(at, "Quotation to correct").select_index(index).run()
    return at


def _group_label(at: AppTest) -> str:
    box = _select(at, "Quotation to correct")
    return box.options[box.index]


def test_a_new_speaker_shows_on_every_page_with_its_history(own_database):
    at = _reader()
    assert "Jo Park" not in text_of(at)
    _choose(at, _quotation_of(at, "Rex Tillerson"))
    _select(at, "Who said it").set_value(NEW_SPEAKER)
    next(t for t in at.text_input if t.label.startswith("New speaker's name")).input("Jo Park")
    _save(at)
    assert own_database.is_file()
    assert any("Saved: `speaker Jo Park`" in i.value for i in at.info)
    evidence = at.dataframe[0].value
    fixed = evidence[evidence["speaker"] == "Jo Park"]
    assert len(fixed) == 1 and fixed["evidence"].iat[0].startswith("corrected by a reader: speaker Jo Park")
    assert "Jo Park" in html_of(at)  # the highlights' legend
    assert _group_label(at).endswith("✎") and "Jo Park" in _group_label(at)
    history = next(d.value for d in at.dataframe if "change" in d.value.columns)
    assert history["change"].tolist() == ["speaker Jo Park"]
    assert any(c.value.startswith("The engine said: `Rex Tillerson`") for c in at.caption)
    for page in ("timeline", "wsw", "home"):
        at.switch_page(PAGES[page]).run()
        assert not at.exception, (page, at.exception)
        tables = [d.value for d in at.dataframe]
        assert any("Jo Park" in {*t.get("speaker", []), *t.get("name", [])} for t in tables), page
        if page != "timeline":  # (the timeline is a chart and a table)
            assert "Jo Park" in html_of(at), page  # the bars and their legends


def test_a_second_session_sees_the_correction_and_can_revert_it():
    at = _reader()
    g = _quotation_of(at, "Rex Tillerson")
    _choose(at, g)
    _select(at, "Who said it").set_value("Vladimir Putin")
    _save(at)
    other = _reader()  # a new session on the same database
    _choose(other, g)
    assert _select(other, "Who said it").value == "Vladimir Putin"
    next(b for b in other.button if b.label == "Back to the engine's attribution").click().run()
    assert not other.exception
    assert _select(other, "Who said it").value == "Rex Tillerson"
    history = next(d.value for d in other.dataframe if "change" in d.value.columns)
    assert history["change"].tolist() == ["speaker Vladimir Putin", "back to the engine's attribution"]
    assert history["latest"].tolist() == [False, True]


def test_saving_several_times_in_a_row_keeps_every_change():
    """Speaker, then kind, then anonymous, on two quotations, without leaving the page."""
    at = _reader()
    first = _select(at, "Quotation to correct").index
    _select(at, "Who said it").set_value("Donald Trump")
    _save(at)
    kind = _select(at, "Kind of quotation")
    other_kind = next(k for k in KINDS if k != kind.value)  # (its options are the kinds' names, in words)
    kind.set_value(other_kind)
    _save(at)
    assert _select(at, "Who said it").value == "Donald Trump" and _select(at, "Kind of quotation").value == other_kind
    _choose(at, first + 1)
    _select(at, "Who said it").set_value(ANONYMOUS)
    _save(at)
    assert _select(at, "Who said it").value == ANONYMOUS
    _choose(at, first)
    assert _select(at, "Who said it").value == "Donald Trump" and _select(at, "Kind of quotation").value == other_kind
    assert int(at.dataframe[0].value["evidence"].str.startswith("corrected by a reader").sum()) >= 2


def test_not_a_quotation_removes_it_everywhere_and_can_be_restored():
    at = _reader()
    before = len(_select(at, "Quotation to correct").options)
    next(c for c in at.checkbox if c.label == "Not a quotation").check()
    _save(at)
    assert len(_select(at, "Quotation to correct").options) == before - 1
    restore = [b for b in at.button if b.label.startswith("Restore “")]
    assert len(restore) == 1
    restore[0].click().run()
    assert len(_select(at, "Quotation to correct").options) == before


def test_unchanged_or_bad_picks_save_nothing():
    at = _reader()
    _save(at)
    assert any("Nothing was changed" in i.value for i in at.info)
    speaker = _select(at, "Who said it").value
    _select(at, "Who said it").set_value(NEW_SPEAKER)
    _save(at)
    assert any("type the speaker's name" in e.value for e in at.error)
    _select(at, "Who said it").set_value(speaker)
    start = _select(at, "Content starts at word")
    _select(at, "Content ends at word").select_index(0)
    start.select_index(len(start.options) - 1)
    _save(at)
    assert any("cannot start" in e.value for e in at.error)
    assert "corrected by a reader" not in " ".join(at.dataframe[0].value["evidence"])


def test_the_corpus_page_counts_the_corrected_rows():
    at = _reader()
    _select(at, "Who said it").set_value("Sergey Lavrov")
    _save(at)
    at.switch_page(PAGES["corpus"]).run()
    assert not at.exception
    metric = next(m for m in at.metric if m.label == "Rows corrected by readers")
    assert int(metric.value) >= 1


def test_an_exported_corrections_file_imported_into_another_database_reapplies(monkeypatch, tmp_path):
    """Export -> import through the Reader: a fresh database given the file shows the correction."""
    from quotelens.corrections import CorrectionStore, engine_for, files

    at = _reader()
    _choose(at, _quotation_of(at, "Rex Tillerson"))
    _select(at, "Who said it").set_value("Sergey Lavrov")
    _save(at)
    exported = files.to_csv(CorrectionStore(engine_for(str(tmp_path / "corrections.sqlite3"))).all())
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "elsewhere.sqlite3"))
    fresh = _reader()
    assert "corrected by a reader" not in " ".join(fresh.dataframe[0].value["evidence"])
    uploader = next(u for u in fresh.get("file_uploader") if "corrections file" in u.label)
    uploader.upload("team.csv", exported.encode("utf-8"), "text/csv").run()
    assert not fresh.exception
    assert any("team.csv" in i.value and "1 new, 1 of them for this article" in i.value for i in fresh.info)
    evidence = fresh.dataframe[0].value
    assert evidence.loc[evidence["evidence"].str.startswith("corrected by a reader"), "speaker"].tolist() == [
        "Sergey Lavrov"
    ]
    uploader = next(u for u in fresh.get("file_uploader") if "corrections file" in u.label)
    uploader.upload("junk.json", b"{not json", "application/json").run()
    assert any("junk.json" in e.value and "was not imported" in e.value for e in fresh.error)


def test_without_a_database_the_pages_show_the_engines_article_and_say_so(monkeypatch, tmp_path):
    (tmp_path / "a-file").write_text("in the way")
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "a-file" / "corrections.sqlite3"))  # cannot be created
    for page in ("reader", "wsw"):
        at = app(page)
        assert not at.exception and not at.error, [e.value for e in at.error]
        assert any("corrections cannot be read right now" in w.value for w in at.warning), page
    assert any("Corrections are not available" in i.value for i in app("reader").info)


def _chart_colours(at: AppTest) -> dict[str, str]:
    from tests.test_pages import _chart_specs

    scale = _chart_specs(at)[0]["encoding"]["color"]["scale"]
    return dict(zip(scale["domain"], scale["range"], strict=True))


def test_a_correction_moves_no_speaker_colour():
    at = app("wsw")
    before = _chart_colours(at)
    at.switch_page(PAGES["reader"]).run()
    _choose(at, _quotation_of(at, "Rex Tillerson"))  # his first quotation, the article's first
    _select(at, "Who said it").set_value("Sergey Lavrov")  # Lavrov is now heard first
    _save(at)
    _choose(at, _quotation_of(at, "Vladimir Putin"))
    _select(at, "Who said it").set_value(NEW_SPEAKER)
    next(t for t in at.text_input if t.label.startswith("New speaker's name")).input("Jo Park")
    _save(at)
    at.switch_page(PAGES["wsw"]).run()
    after = _chart_colours(at)
    assert {s: after[s] for s in before if s in after} == {s: before[s] for s in before if s in after}
    assert after["Jo Park"] not in before.values()  # a new speaker takes a colour nobody has


def _downloads_note(at: AppTest) -> str:
    return next(c.value for c in at.caption if "of this article" in c.value or c.value.startswith("No corrections"))


def test_the_corrections_downloads_say_how_many_in_words_and_start_empty():
    at = _reader()
    note = _downloads_note(at)
    assert note.startswith("No corrections yet: correct a quotation with the form above")
    assert "(s)" not in text_of(at) and "rows corrected" not in text_of(at)
    assert not [b for b in at.get("download_button") if b.proto.label.startswith("Corrections (")]  # no empty files
    first = _select(at, "Quotation to correct").index
    _select(at, "Who said it").set_value("Donald Trump")
    _save(at)
    assert _downloads_note(at) == "1 correction of this article so far; 1 quotation stands corrected now."
    assert [b.proto.label for b in at.get("download_button") if b.proto.label.startswith("Corrections (")] == [
        "Corrections (JSON)",
        "Corrections (CSV)",
    ]
    _choose(at, first + 1)
    _select(at, "Who said it").set_value("Vladimir Putin")
    _save(at)
    assert _downloads_note(at) == "2 corrections of this article so far; 2 quotations stand corrected now."
    _choose(at, first)
    next(b for b in at.button if b.label == "Back to the engine's attribution").click().run()
    assert _downloads_note(at) == "3 corrections of this article so far; 1 quotation stands corrected now."
