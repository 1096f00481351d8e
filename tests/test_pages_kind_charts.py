"""The charts follow the Kind filter as the lists do (one rule): on Who said what and the Speaker timeline a
``?kind=`` narrows the chart, and its caption says which kinds it counts; a Kind or a Speaker that leaves nothing
says so in a sentence, never an empty chart, an empty grid or a stack trace."""

from __future__ import annotations

import html

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from quotelens import kindfilter
from tests.test_pages import PAGES, app

ARTICLE = "trump-putin-meeting.txt"
REPORTED_ONLY = (
    "Council Delays Vote\n\nThe mayor, Ann Lee, said on Monday that the council would wait for the audit.\n\n"
    "Bob Diaz, a councillor, said that the delay would cost the city money."
)


def chart_rows(at: AppTest) -> list[list[dict]]:
    """The rows each Vega-Lite chart of the page draws (sent as Arrow bytes)."""
    out = []
    for c in at.main.children.values():
        if getattr(c, "type", "") == "vega_lite_chart":
            (data,) = [d.data.data for d in c.proto.datasets] or [b""]
            out.append(pa.ipc.open_stream(data).read_all().to_pylist() if data else [])
    return out


def captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


@pytest.mark.parametrize("page", ["wsw", "timeline"])
def test_the_chart_counts_the_kinds_chosen_and_says_so(page):
    every = app(page, article=ARTICLE)
    assert not every.exception and "Counting every kind: direct quote, partial quote, reported speech." in captions(
        every
    )
    assert {r["kind"] for r in chart_rows(every)[0]} == {"direct", "mixed", "indirect"}
    direct = app(page, article=ARTICLE, kind="direct")
    assert not direct.exception
    (rows,) = chart_rows(direct)
    assert rows and {r["kind"] for r in rows} == {"direct"} and {r["speaker"] for r in rows} == {"Rex Tillerson"}
    assert "Counting direct quote only, as chosen under Kind below." in captions(direct)
    assert "Counting every kind" not in captions(direct)
    direct.multiselect(key="ql_kinds").set_value(["direct", "indirect"]).run()  # the control below it
    assert {r["kind"] for r in chart_rows(direct)[0]} == {"direct", "indirect"}


def _pasted(page: str, text: str) -> AppTest:
    at = app()
    at.text_area(key="ql_paste").input(text)
    at.button(key="ql_paste_go").click().run()
    return at.switch_page(PAGES[page]).run()


@pytest.mark.parametrize("page", ["wsw", "timeline"])
def test_a_kind_the_story_lacks_says_so_instead_of_an_empty_chart(page):
    at = _pasted(page, REPORTED_ONLY)
    assert not at.exception and chart_rows(at)
    at.multiselect(key="ql_kinds").set_value(["direct"]).run()
    assert not at.exception and not chart_rows(at)
    said = " ".join(i.value for i in at.info)
    assert kindfilter.empty_note(("direct",)) in said and "The story has no direct quote" in said
    assert not [d for d in at.dataframe if len(d.value) == 0]  # (no empty grid either)
    at.multiselect(key="ql_kinds").set_value([]).run()
    assert not at.exception and not chart_rows(at) and "No kind is chosen" in " ".join(i.value for i in at.info)


@pytest.mark.parametrize("page", ["wsw", "timeline"])
def test_a_speaker_without_the_kind_chosen_says_so_instead_of_an_empty_list(page):
    at = app(page, article=ARTICLE, kind="mixed")
    at.selectbox(key="ql_speaker_pick").set_value("Vladimir Putin").run()
    assert not at.exception
    assert "Vladimir Putin has no partial quote: choose another kind under Kind or" in html.unescape(
        " ".join(i.value for i in at.info)
    )
    assert not [d for d in at.dataframe if len(d.value) == 0]


def test_the_timeline_legend_keys_only_the_kinds_drawn():
    from tests.test_pages import _chart_specs

    at = app("timeline", article=ARTICLE, kind="direct")
    (spec,) = _chart_specs(at)
    layers = [spec, *spec.get("layer", [])]
    (shape,) = [x["encoding"]["shape"] for x in layers if "shape" in x.get("encoding", {})]
    assert shape["legend"]["values"] == ["direct quote"]
    assert len(shape["scale"]["domain"]) == 3  # (a kind keeps its shape whatever is drawn)


def test_who_said_what_says_the_sections_below_a_narrowed_chart_count_every_kind():
    narrowed = app("wsw", article=ARTICLE, kind="direct")
    assert "down to the list of quotations, count every kind" in captions(narrowed)
    assert "count every kind" not in captions(app("wsw", article=ARTICLE))
