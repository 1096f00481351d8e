"""Round 39, item 2: after a click on a mark of the Speaker timeline, the selected quotation looked like its
speaker's other marks. Its mark now has a thick outline in its speaker's colour and full opacity; the speaker's
other marks fade to half, everyone else's further."""

from __future__ import annotations

from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import load_schema

from quotelens import charts, views
from quotelens.corrections.model import quotation_keys
from tests.test_pages import _chart_specs, app


def _spec(article, selected=None, chosen=None):
    order, colours = views.speaker_order(article), views.colours_for(article)
    return charts.timeline(views.timeline_data(article), order, colours, selected, None, chosen)


def test_the_chosen_mark_stands_out_and_the_spec_stays_valid(default_article):
    data = views.timeline_data(default_article)
    group = int(data[data["speaker"] == "Rex Tillerson"]["group"].iloc[1])
    spec = _spec(default_article, "Rex Tillerson", group)
    validate_jsonschema(spec, load_schema())
    enc = spec["encoding"]
    test = "datum.chosen === true"
    assert enc["opacity"]["condition"][0] == {"test": test, "value": 1.0}
    assert (
        enc["opacity"]["condition"][1]["value"] < 1.0
        and enc["opacity"]["value"] < enc["opacity"]["condition"][1]["value"]
    )
    assert enc["strokeWidth"]["condition"] == {"test": test, "value": charts.CHOSEN_STROKE}
    assert enc["strokeDash"]["condition"] == {"test": test, "value": charts.CHOSEN_DASH}  # a ring, not only larger
    assert enc["opacity"]["value"] >= 0.3  # (as faded as any unselected speaker, no further: the dark theme)
    assert [r["group"] for r in spec["data"]["values"] if r["chosen"]] == [group]  # one mark, the chosen one
    plain = _spec(default_article, "Rex Tillerson")["encoding"]
    assert "strokeWidth" not in plain and "strokeDash" not in plain  # nothing chosen: as before


def test_the_timeline_page_draws_the_chosen_quotation_apart(default_article):
    data = views.timeline_data(default_article)
    group = int(data[data["speaker"] == "Rex Tillerson"]["group"].iloc[1])
    key = quotation_keys(a.content for a in default_article.attributions)[group]
    at = app("timeline", article="trump-putin-meeting.txt", speaker="Rex Tillerson", quote=key)
    assert not at.exception, at.exception
    (spec,) = _chart_specs(at)
    assert spec["encoding"]["strokeWidth"]["condition"]["test"] == "datum.chosen === true"
    plain = app("timeline", article="trump-putin-meeting.txt", speaker="Rex Tillerson")
    assert "strokeWidth" not in _chart_specs(plain)[0]["encoding"]
