"""The Speaker timeline says what the Reader's card says (a new user's review): its selected line names who
relayed a second-hand quotation and says a reported denial is one; its list has a "relayed by" column."""

from __future__ import annotations

import html

from quotelens import markup, views


def _heading(article, needle: str) -> str:
    for group in sorted(article.quotes["group"].unique()):
        line = html.unescape(markup.selected_heading(article, int(group)))
        if needle in line:
            return line
    raise AssertionError(needle)


def test_the_selected_line_of_a_reported_denial(default_article):
    line = _heading(default_article, "Vladimir Putin · denied")
    assert line.startswith("▸ Selected: Vladimir Putin · denied (a report of a denial): Russian involvement")
    assert line.endswith("· relayed by Rex Tillerson")


def test_a_first_hand_quotation_names_no_relay(default_article):
    line = _heading(default_article, "The two leaders agreed")
    assert line.startswith("▸ Selected: Rex Tillerson, “The two leaders agreed") and "relayed by" not in line


def test_the_list_has_a_relayed_by_column(default_article):
    listed = views.quotation_list(default_article.quotes)
    assert list(listed.columns[:5]) == ["speaker", "cue", "quotation", "kind", "relayed by"]
    putin = listed[listed["quotation"] == "Russian involvement"]
    assert list(putin["relayed by"]) == ["Rex Tillerson"]
    assert (listed.loc[listed["speaker"] == "Rex Tillerson", "relayed by"] == "").all()
