"""Round 37, item 1: a mark of the Speaker timeline leads to its quotation in the Reader.

Each row of the timeline carries its quotation's group (the index of its key), a click sends it back with the
speaker, and the page then names the quotation and links to the Reader, where it is selected."""

from __future__ import annotations

import pytest

from quotelens import charts, timelinedata, views
from quotelens.corrections.model import quotation_keys
from tests.test_pages import app, text_of


def test_each_timeline_row_carries_its_own_quotation(default_article):
    data = views.timeline_data(default_article)
    assert data["group"].is_unique
    quotes = default_article.quotes
    for row in data.itertuples():
        pieces = quotes[quotes["group"] == row.group].sort_values("start")
        assert int(pieces["paragraph_id"].iloc[0]) == row.paragraph
        assert " … ".join(pieces["text"]).startswith(row.quotation)
        assert (pieces["speaker"].iloc[0] if isinstance(pieces["speaker"].iloc[0], str) else views.UNKNOWN) == row.speaker


def test_an_empty_timeline_still_has_the_group_column():
    from quotelens import load_article

    assert "group" in views.timeline_data(load_article("Quiet Day\n\nNothing happened.")).columns


@pytest.mark.parametrize(
    ("event", "group"),
    [
        ({"selection": {"quote_pick": [{"group": 3}]}}, 3),
        ({"selection": {"quote_pick": {"group": [5]}}}, 5),
        ({"selection": {"quote_pick": [{"group": 2.0}]}}, 2),
        ({"selection": {"quote_pick": []}}, None),
        ({"selection": {"quote_pick": [{"group": True}]}}, None),
        ({"selection": {"quote_pick": [{"group": "1"}]}}, None),
        ({"selection": {"pick": [{"speaker": "X"}]}}, None),
        (None, None),
    ],
)
def test_the_clicked_quotation_is_read_from_the_event(event, group):
    assert timelinedata.picked_group(event) == group


def test_one_click_selects_the_speaker_and_the_quotation(default_article):
    spec = charts.timeline(views.timeline_data(default_article), views.speaker_order(default_article), {})
    params = {p["name"]: p["select"] for p in spec["params"]}
    assert params[views.SELECT_PARAM]["on"] == params[timelinedata.QUOTE_PARAM]["on"] == "symbol:click"
    assert params[timelinedata.QUOTE_PARAM]["fields"] == ["group"]
    assert spec["mark"]["cursor"] == "pointer"


def test_on_timeline_says_whether_a_quotation_has_a_mark(default_article):
    data = views.timeline_data(default_article)
    assert timelinedata.on_timeline(data, int(data["group"].iloc[0]))
    assert not timelinedata.on_timeline(data, None)
    assert not timelinedata.on_timeline(data, 10_000)


def _key(article, group: int) -> str:
    return quotation_keys(a.content for a in article.attributions)[group]


def test_the_selected_quotation_is_named_and_linked_to_the_reader(default_article):
    data = views.timeline_data(default_article)
    row = data[data["speaker"] == "Rex Tillerson"].iloc[1]
    at = app("timeline", article="trump-putin-meeting.txt", quote=_key(default_article, int(row["group"])))
    assert not at.exception, at.exception
    assert "▸ Selected&#58; Rex Tillerson" in text_of(at)
    links = at.get("page_link")
    assert len(links) == 1 and "Reader" in links[0].proto.label
    at.switch_page("app_pages/reader.py").run()  # where the link goes: the quotation is selected there
    assert at.session_state["ql_quote"] == _key(default_article, int(row["group"]))
    assert "▸ Selected&#58; Rex Tillerson" in text_of(at)


def test_without_a_selected_quotation_there_is_no_link():
    at = app("timeline", article="trump-putin-meeting.txt")
    assert not at.exception, at.exception
    assert not at.get("page_link")
    assert "Selected:" not in text_of(at)
