"""Round 39, item 5: a page's address typed in another case or with other separators names that page."""

from __future__ import annotations

from quotelens.pageurls import page_path_for

PATHS = ["", "Reader", "Speaker_timeline", "Who_said_what", "Corpus"]


def test_a_page_typed_otherwise_is_found_and_nothing_else_is():
    assert page_path_for("reader", PATHS) == "Reader"
    assert page_path_for("who_said_what", PATHS) == "Who_said_what"
    assert page_path_for("WHO-SAID-WHAT", PATHS) == "Who_said_what"
    assert page_path_for("speaker timeline", PATHS) == "Speaker_timeline"
    assert page_path_for("Reader", PATHS) is None  # already its own spelling: Streamlit finds it
    assert page_path_for("readers", PATHS) is None and page_path_for("", PATHS) is None
    assert page_path_for("../reader", PATHS) is None
    assert page_path_for("b", ["B_", "b-"]) is None  # two pages fold to one name: neither


def test_another_streamlit_signature_leaves_the_address_to_streamlit(monkeypatch):
    """The run context's pages manager is no public API: a changed signature must not break a page load."""
    from types import SimpleNamespace

    import quotelens.pageurls as pageurls

    class Manager:
        intended_page_name = "reader"
        intended_page_script_hash = ""

        def set_script_intent(self, only_one_argument):  # a later Streamlit's shape
            raise AssertionError("not reached")

    ctx = SimpleNamespace(pages_manager=Manager())
    monkeypatch.setattr(pageurls, "get_script_run_ctx", lambda: ctx)
    pages = [SimpleNamespace(url_path=p) for p in PATHS]
    assert pageurls.follow_typed_path(pages) is None  # (a TypeError, caught)


def test_a_page_typed_by_its_short_name_is_found():
    assert page_path_for("timeline", PATHS) == "Speaker_timeline"
    assert page_path_for("Timeline", PATHS) == "Speaker_timeline"
    assert page_path_for("wsw", PATHS) == "Who_said_what"
    assert page_path_for("timeline", ["", "Reader"]) is None  # (no such page in this app: Streamlit says so)
    assert page_path_for("timelines", PATHS) is None
