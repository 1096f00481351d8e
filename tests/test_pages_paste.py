"""An empty paste is said twice: beside the box, and as a toast that a short window cannot hide below the fold
(the e2e test tests/e2e/test_paste_message.py looks at it at 1280x600)."""

from __future__ import annotations

from tests.test_pages import app, text_of

EMPTY = "The pasted text is empty: paste an article first. Nothing was read."


def test_an_empty_paste_comes_as_a_toast_too():
    at = app()
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    assert EMPTY in [t.value for t in at.toast]
    assert EMPTY in [e.value for e in at.sidebar.error]  # (and still beside the box)
    assert "Donald Trump Sides" in text_of(at)


def test_a_blank_paste_too():
    at = app()
    at.text_area(key="ql_paste").input("  \n\n   \n")
    at.button(key="ql_paste_go").click().run()
    assert EMPTY in [t.value for t in at.toast]
