"""The Speaker timeline draws an unsure attribution as the Reader does (quotelens.doubt): a lighter (hollow) mark,
"(?)" after the name in its tooltip, and says so in its key and caption; its caption's shapes are the kinds drawn."""

from __future__ import annotations

import json

from quotelens import charts, doubt, doubtmarks, kindfilter, views
from quotelens.article import load_article
from tests.test_pages import ROOT, app

PUTIN = (ROOT / "corpus" / "trump-putin-meeting.txt").read_text(encoding="utf-8")


def test_unsure_marks_are_hollow_with_a_question_mark_and_a_key():
    article = load_article(PUTIN)
    data = views.timeline_data(article)
    assert set(data.loc[data["unsure"], "group"]) == doubt.unsure_groups(views.body_quotes(article))
    spec = charts.timeline(data, views.speaker_order(article), views.colours_for(article))
    fill = spec["encoding"]["fillOpacity"]
    assert fill["scale"] == {"domain": [doubtmarks.SURE, doubtmarks.UNSURE], "range": [1.0, doubtmarks.UNSURE_FILL]}
    assert fill["legend"]["title"] is None  # its own key, beside the kinds'
    rows = spec["data"]["values"]
    putin = [r for r in rows if r["speaker"] == "Vladimir Putin"]
    assert putin and all(r["who"] == "Vladimir Putin (?)" and r["certainty"] == doubtmarks.UNSURE for r in putin)
    assert all(r["who"] == r["speaker"] for r in rows if not r["unsure"])
    assert spec["encoding"]["tooltip"][0] == {"field": "who", "type": "nominal", "title": "speaker"}
    # the outline keeps the speaker's colour at full strength: lighter by fill, not by the mark's opacity
    assert spec["encoding"]["opacity"]["condition"]["value"] == 0.95


def test_a_timeline_without_unsure_marks_has_no_such_key():
    article = load_article("Council Votes\n\n“We did it,” Mayor Ann Lee said.")
    spec = charts.timeline(views.timeline_data(article), views.speaker_order(article), views.colours_for(article))
    assert "fillOpacity" not in spec["encoding"]


def test_the_caption_lists_the_kinds_drawn_and_says_what_a_hollow_mark_is():
    at = app("timeline")
    said = " ".join(c.value for c in at.caption)
    assert "● direct quote, ◆ partial quote, ▲ reported speech" in said and doubtmarks.KEY_NOTE in said
    direct = app("timeline", kind="direct")
    said = " ".join(c.value for c in direct.caption)
    assert not direct.exception and "● direct quote." in said and "◆" not in said and "▲" not in said
    assert doubtmarks.KEY_NOTE not in said  # (Putin's unsure reports are not drawn under "direct")
    spec = next(json.loads(c.proto.spec) for c in direct.main.children.values() if c.type == "vega_lite_chart")
    assert "fillOpacity" not in spec["encoding"]
    assert kindfilter.shape_key(("indirect",)) == "▲ reported speech"
