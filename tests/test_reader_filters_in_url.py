"""The Reader's Kind and Search are in the URL (``?kind=``, ``?q=``) as they change, so that a copied link
reopens the same view; they stay while the reader visits other pages, whose URLs carry them too (so that a page
switch is one history entry: tests/e2e/test_leaving_the_reader.py), and a link whose kinds the article lacks is
mended in the URL too."""

from __future__ import annotations

from tests.test_pages import PAGES, app, text_of


def params(at) -> dict[str, str]:
    return {
        k: at.query_params[k][0] if isinstance(at.query_params[k], list) else at.query_params[k]
        for k in at.query_params
    }


def test_the_url_says_the_filters_as_they_change():
    at = app("reader", article="trump-putin-meeting.txt")
    assert "kind" not in params(at) and "q" not in params(at)  # every kind, no search: nothing to say
    at.multiselect(key="ql_kinds").set_value(["direct", "mixed"]).run()
    assert params(at)["kind"] == "direct,mixed"
    at.text_input(key="ql_search").input("Russia").run()
    assert params(at) | {} == {"article": "trump-putin-meeting.txt", "kind": "direct,mixed", "q": "Russia"}
    at.multiselect(key="ql_kinds").set_value(["direct", "mixed", "indirect"]).run()
    at.text_input(key="ql_search").input("").run()
    assert "kind" not in params(at) and "q" not in params(at)


def test_a_copied_link_reopens_the_same_view():
    at = app("reader", article="trump-putin-meeting.txt")
    at.multiselect(key="ql_kinds").set_value(["indirect"]).run()
    at.text_input(key="ql_search").input("Russia").run()
    copied = params(at)
    opened = app("reader", **copied)  # a new session
    assert not opened.exception
    assert opened.multiselect(key="ql_kinds").value == ["indirect"]
    assert opened.text_input(key="ql_search").value == "Russia"
    assert params(opened) == copied  # and its URL is left as it was
    assert text_of(opened).count("quotations shown") == 1


def test_the_filters_stay_while_visiting_other_pages():
    at = app("reader", article="trump-putin-meeting.txt")
    at.multiselect(key="ql_kinds").set_value(["direct"]).run()
    for page in ("home", "timeline", "wsw"):
        at.switch_page(PAGES[page]).run()
        assert not at.exception and params(at)["kind"] == "direct"  # kept in every page's URL
    at.switch_page(PAGES["reader"]).run()
    assert at.multiselect(key="ql_kinds").value == ["direct"]
    assert params(at)["kind"] == "direct"


def test_a_link_with_unknown_kinds_is_mended_in_the_url():
    at = app("reader", article="trump-putin-meeting.txt", kind="nonsense", q="Russia")
    assert at.multiselect(key="ql_kinds").value == ["direct", "mixed", "indirect"]
    assert "kind" not in params(at) and params(at)["q"] == "Russia"
