"""Who said what's "Count only sure attributions": it leaves the unsure quotations out of every count, chart, table
and download of the page (their rows dropped, never credited to "(unresolved)" or anyone else), and it is kept in
the session and the URL (``&sure=1``) across pages, Back and shared links."""

from __future__ import annotations

import json

from quotelens import derived, doubt, exports, readable, views
from quotelens.article import load_article
from tests.test_pages import PAGES, ROOT, app, html_of

PUTIN = (ROOT / "corpus" / "trump-putin-meeting.txt").read_text(encoding="utf-8")


def _specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.main.children.values() if getattr(c, "type", "") == "vega_lite_chart"]


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def _heading_count(at) -> int:
    heading = next(m.value for m in at.markdown if m.value.startswith("#### Quotations ("))
    return int(heading.removeprefix("#### Quotations (").split(")")[0].split(",")[0])


def test_the_switch_leaves_unsure_quotations_out_of_every_count_chart_and_table():
    article = load_article(PUTIN)
    unsure = doubt.unsure_groups(views.body_quotes(article))
    assert len(unsure) == 4
    at = app("wsw")
    before = at.dataframe[-1].value
    at.toggle(key="ql_sure_only").set_value(True).run()
    assert not at.exception
    said = _captions(at)
    assert "4 unsure quotations" in said and "left out" in said and "unresolved" not in said
    assert "(unresolved)" not in html_of(at)  # no bar, first-hand row, relay or verb row of "(unresolved)"
    for spec in _specs(at):  # the chart's speakers: the sure ones only
        assert "(unresolved)" not in spec["encoding"]["color"]["scale"]["domain"]
    table = at.dataframe[-1].value
    assert "(unresolved)" not in set(table["speaker"]) and len(table) == len(before) - len(unsure)
    sure = views.body_quotes(derived.only_sure(article))
    assert _heading_count(at) == table.shape[0] - (len(sure) - sure["group"].nunique())  # heading: its rows' count
    assert _heading_count(at) == 16 - len(unsure)


def test_the_sure_only_download_holds_the_sure_rows_as_the_reader_shows_them():
    article = load_article(PUTIN)
    everything = exports.for_download(views.quotes_for(article, None))
    sure = exports.for_download(views.quotes_for(derived.only_sure(article), None))
    unsure = doubt.unsure_groups(article.quotes)
    assert set(sure["group"]) == set(everything["group"]) - unsure  # the sure rows only ...
    kept = everything[~everything["group"].isin(unsure)].reset_index(drop=True)
    for column in ("speaker", "speaker_sure", "confidence", "unsure", "evidence"):  # ... as they are: no recomputing
        assert sure[column].tolist() == kept[column].tolist(), column
    assert sure["speaker"].notna().all() and (sure["unsure"] == "").all()


def test_the_switch_is_kept_across_pages_and_in_the_url():
    at = app("wsw")
    assert at.toggle(key="ql_sure_only").value is False and "sure" not in at.query_params
    at.toggle(key="ql_sure_only").set_value(True).run()
    assert at.query_params.get("sure") in ("1", ["1"])
    at.switch_page(PAGES["reader"]).run()
    assert not at.exception and at.query_params.get("sure") in ("1", ["1"])  # kept in the URL, as kind= is
    at.switch_page(PAGES["wsw"]).run()
    assert at.toggle(key="ql_sure_only").value is True and "left out" in _captions(at)
    at.toggle(key="ql_sure_only").set_value(False).run()
    assert "sure" not in at.query_params and "(unresolved)" not in html_of(at)


def test_a_shared_link_with_sure_opens_the_switch_on():
    at = app("wsw", sure="1")
    assert not at.exception
    assert at.toggle(key="ql_sure_only").value is True and _heading_count(at) == 12
    assert app("wsw", sure="0").toggle(key="ql_sure_only").value is False


def test_the_selected_line_follows_the_kind_filter():
    at = app("wsw", speaker="Vladimir Putin", kind="direct")
    assert not at.exception
    line = next(c.value for c in at.caption if c.value.startswith("Selected:"))
    assert "0 quotations, 0 words in direct quote only" in line and "unsure" not in line
    every = app("wsw", speaker="Vladimir Putin")
    line = next(c.value for c in every.caption if c.value.startswith("Selected:"))
    assert "3 quotations, 17 words" in line and "3 of them unsure" in line and "only" not in line
    assert "3 quotations, 17 words in partial quote or reported speech only" in readable.selection_note(
        load_article(PUTIN), "Vladimir Putin", ("mixed", "indirect")
    )


def test_the_readers_speaker_filter_names_the_speaker_in_plain_escaped_text():
    at = app("reader", speaker="Vladimir Putin")
    note = next(c.value for c in at.caption if "Filtered by" in c.value)
    assert "speaker **Vladimir Putin**" in note and "`" not in note
    crafted = readable.filters_note("[x](http://evil.invalid) www.evil.invalid :red[a] <b>", [], [], "")
    assert "](" not in crafted and "www." not in crafted and ":red[" not in crafted and "<b>" not in crafted
