"""Round 39, item 3: the Corpus page's search is in the shareable link (``?find=``), read back when the page
opens, kept across pages, and followed after Back."""

from __future__ import annotations

from tests.test_pages import app


def _find(at) -> str | None:
    value = at.query_params.get("find")
    return (value[0] if isinstance(value, list) and value else value) or None


def test_a_link_with_a_search_opens_the_corpus_page_on_its_results():
    at = app("corpus", article="trump-putin-meeting.txt", find="Putin")
    assert not at.exception, at.exception
    assert at.text_input(key="ql_corpus_search").value == "Putin"
    assert _find(at) == "Putin"
    assert any("match" in c.value for c in at.caption)  # the results are drawn, not only the box
    hits = [d.value for d in at.dataframe if "words" in d.value.columns]
    found = hits[-1] if hits else None
    assert found is not None and (found["words"].str.contains("Putin") | found["speaker"].str.contains("Putin")).all()


def test_a_search_goes_into_the_url_and_stays_across_pages():
    at = app("corpus", article="trump-putin-meeting.txt")
    assert _find(at) is None and at.text_input(key="ql_corpus_search").value == ""
    at.text_input(key="ql_corpus_search").input("meeting").run()
    assert not at.exception and _find(at) == "meeting"
    at.switch_page("app_pages/reader.py").run()
    assert _find(at) == "meeting"  # (carried as the Reader's filters are: a page switch is one history entry)
    at.switch_page("app_pages/corpus.py").run()
    assert at.text_input(key="ql_corpus_search").value == "meeting"
    at.text_input(key="ql_corpus_search").input("  ").run()
    assert _find(at) is None


def test_a_long_search_is_cut_in_the_url():
    at = app("corpus", article="trump-putin-meeting.txt")
    at.text_input(key="ql_corpus_search").input("x" * 500).run()
    assert not at.exception and len(_find(at) or "") == 200
