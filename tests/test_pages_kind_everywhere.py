"""One rule for the Kind filter on every page: the kinds chosen in the Reader (or a link's ``?kind=``) narrow the
quotations listed on Who said what and the Speaker timeline, their downloads and the charts above them, with the
same control, and the page says so (tests/test_pages_kind_charts.py: the charts)."""

from __future__ import annotations

import pandas as pd

from quotelens import kindfilter, readable, views
from quotelens.article import load_article
from tests.test_pages import PAGES, ROOT, app
from tests.test_reader_filters_in_url import params

ARTICLE = "trump-putin-meeting.txt"


def captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def test_the_list_note_says_what_the_kind_narrows():
    known = ["direct", "mixed", "indirect"]
    assert kindfilter.list_note(known, known) == ""
    note = kindfilter.list_note(["direct"], known, "Russia")
    assert note.startswith("The chart of quoted words, this list and its downloads: direct quote only")
    assert "`Russia`" in note
    assert kindfilter.list_note(["direct"], known, downloads=False).startswith("The chart and this list: direct quote")
    assert kindfilter.stem_part(["direct"], known) == "direct" and kindfilter.stem_part(known, known) == ""


def test_tables_keep_only_the_kinds_asked():
    art = load_article((ROOT / "corpus" / ARTICLE).read_text(encoding="utf-8"))
    assert set(views.quotes_for(art, None, ("direct",))["kind"]) == {"direct"}
    assert set(readable.quotes_to_read(art, None, ("direct",))["kind"]) <= {views.KIND_NAME["direct"]}
    listed = readable.quotation_list_for(art, None, ("indirect",))
    assert len(listed) and set(listed["kind"]) == {views.KIND_NAME["indirect"]}


def test_who_said_what_applies_the_kind_of_a_link():
    at = app("wsw", article=ARTICLE, kind="direct")
    assert not at.exception
    assert at.multiselect(key="ql_kinds").value == ["direct"]
    shown = at.dataframe[-1].value
    assert isinstance(shown, pd.DataFrame) and set(shown["kind"]) == {views.KIND_NAME["direct"]}
    assert "direct quote only" in captions(at)
    assert params(at)["kind"] == "direct"


def test_the_timeline_applies_the_kind_chosen_in_the_reader():
    at = app("reader", article=ARTICLE)
    at.multiselect(key="ql_kinds").set_value(["indirect"]).run()
    at.switch_page(PAGES["timeline"]).run()
    assert not at.exception and at.multiselect(key="ql_kinds").value == ["indirect"]
    listed = at.dataframe[-1].value
    assert set(listed["kind"]) == {views.KIND_NAME["indirect"]}
    at.multiselect(key="ql_kinds").set_value(["direct", "mixed", "indirect"]).run()
    assert "kind" not in params(at) and "only, as chosen under Kind" not in captions(at)
