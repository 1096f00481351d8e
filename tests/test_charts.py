"""The chart specifications: valid Vega-Lite, shaped so the marks have room, coloured only by speaker."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import load_schema

from quotelens import charts, views
from quotelens.palette import OKABE_ITO, UNRESOLVED
from tests.test_views import many_speakers_article


@pytest.fixture(scope="module")
def many():
    return many_speakers_article()


def all_specs(article, selected=None):
    order, colours = views.speaker_order(article), views.colours_for(article)
    return {
        "timeline": charts.timeline(views.timeline_data(article), order, colours, selected),
        "who said what": charts.who_said_what(views.words_by_speaker(article), order, colours, selected),
    }


def test_every_spec_is_valid_vega_lite(default_article, many):
    schema = load_schema()
    top = pd.DataFrame({"speaker": ["A", "B"], "quotations": [3, 1], "articles": [2, 1], "words": [30, 5]})
    over_time = pd.DataFrame({"period": pd.to_datetime(["2017-07-03", "2017-07-10"]), "quotations": [4, 2]})
    corpus_specs = {"top": charts.top_speakers(top), "over time": charts.quotes_over_time(over_time)}
    for article, selected in ((default_article, "Rex Tillerson"), (many, None), (None, None)):
        specs = all_specs(article, selected) if article is not None else corpus_specs
        for name, spec in specs.items():
            validate_jsonschema(spec, schema)
            json.dumps(spec)  # plain data, ready to cache and send
            assert spec["autosize"]["type"] == "fit-x", name  # the height given is the plot's own


def test_the_timeline_grows_with_its_speakers_and_labels_every_row(default_article, many):
    for article in (default_article, many):
        spec = all_specs(article)["timeline"]
        assert spec["height"] == {"step": charts.ROW_STEP}
        y = spec["encoding"]["y"]
        assert y["sort"] == [
            s for s in views.speaker_order(article) if s in set(views.timeline_data(article)["speaker"])
        ]
        axis = y["axis"]  # the names are axis labels (the theme's text colour), drawn inside the plot, never cut
        assert axis["labelLimit"] == 0 and axis["labelPadding"] < 0 and axis["labelAlign"] == "left"


def test_unresolved_has_a_colour_in_every_speaker_chart(many):
    for name in ("timeline", "who said what"):
        spec = all_specs(many)[name]
        enc = spec["layer"][0]["encoding"] if "layer" in spec else spec["encoding"]
        scale = enc["color"]["scale"]
        assert views.UNKNOWN in scale["domain"], name
        assert scale["range"][scale["domain"].index(views.UNKNOWN)] == UNRESOLVED


def test_a_selected_speaker_is_the_charts_initial_selection(default_article):
    spec = all_specs(default_article, "Vladimir Putin")["who said what"]
    assert spec["params"][0]["name"] == views.SELECT_PARAM
    assert spec["params"][0]["value"] == [{"speaker": "Vladimir Putin"}]
    assert "value" not in all_specs(default_article)["who said what"]["params"][0]


def test_count_axes_tick_on_whole_numbers(default_article):
    specs = all_specs(default_article)
    for name in ("who said what", "timeline"):
        enc = specs[name]["layer"][0]["encoding"] if "layer" in specs[name] else specs[name]["encoding"]
        axis = enc["x"]["axis"]
        assert axis["tickMinStep"] == 1 and axis["format"] == "d", name


def test_speaker_colours_only_encode_speakers(default_article):
    """No palette hue is a fixed mark colour or encodes anything but a speaker or a voice."""
    for name, spec in all_specs(default_article).items():
        for layer in spec.get("layer", [spec]):
            mark = layer["mark"]
            assert not (isinstance(mark, dict) and mark.get("color") in OKABE_ITO), name
            for channel, enc in layer.get("encoding", {}).items():
                rng = enc.get("scale", {}).get("range", []) if isinstance(enc, dict) else []
                if any(c in OKABE_ITO for c in rng if isinstance(c, str)):
                    assert enc["field"] in {"speaker", "voice", "channel"}, (name, channel)


def test_who_said_what_ranks_speakers_by_words_with_the_unresolved_last(default_article, many):
    for article in (default_article, many):
        data = views.words_by_speaker(article)
        y = all_specs(article)["who said what"]["encoding"]["y"]["sort"]
        words = data.groupby("speaker")["words"].sum()
        named = [s for s in y if s != views.UNKNOWN]
        assert [int(words[s]) for s in named] == sorted((int(words[s]) for s in named), reverse=True)
        assert set(y) == set(data["speaker"]) and (views.UNKNOWN not in y or y[-1] == views.UNKNOWN)
    y = all_specs(default_article)["who said what"]["encoding"]["y"]["sort"]
    assert y[0] == "Rex Tillerson" and y != views.speaker_order(default_article)


def test_the_corpus_chart_title_fits_under_its_plot_on_a_phone():
    top = pd.DataFrame({"speaker": ["A" * 40, "B"], "quotations": [3, 1], "articles": [2, 1], "words": [30, 5]})
    spec = charts.top_speakers(top)
    # at 390 px the names take up to 40 % of the width (charts.NAME_AXIS); the centred title fits in 110 px
    assert len(spec["encoding"]["x"]["title"]) * 6 <= 110


def test_bar_charts_cap_their_names_at_a_share_of_the_width(default_article):
    top = pd.DataFrame({"speaker": ["A" * 40], "quotations": [3], "articles": [2], "words": [30]})
    for spec in (charts.top_speakers(top), all_specs(default_article)["who said what"]):
        limit = spec["encoding"]["y"]["axis"]["labelLimit"]
        assert "containerSize()[0]" in limit["expr"]  # a share of the chart's width, not a fixed 220 px


def test_the_selected_speakers_name_is_bold_and_faded_marks_keep_an_outline(default_article):
    specs = all_specs(default_article, 'Rex "T" Tillerson')
    for name in ("timeline", "who said what"):
        weight = specs[name]["encoding"]["y"]["axis"]["labelFontWeight"]
        assert weight["condition"] == {"test": 'datum.value === "Rex \\"T\\" Tillerson"', "value": 800}, name
        assert "condition" not in str(all_specs(default_article)[name]["encoding"]["y"]["axis"]), name
    stroke = specs["timeline"]["encoding"]["stroke"]
    assert stroke["condition"]["field"] == "speaker" and stroke["value"] == charts.DIMMED_OUTLINE
    assert specs["who said what"]["encoding"]["strokeWidth"]["condition"]["value"] > 1


@pytest.mark.parametrize(("weeks", "mark"), [(2, "point"), (3, "point"), (4, "line"), (9, "line")])
def test_few_weeks_are_points_not_a_line(weeks, mark):
    """Round 37, item 4: a line through two or three weeks reads as a trend; they are drawn as points, and said."""
    periods = pd.date_range("2017-07-03", periods=weeks, freq="W-MON")
    over_time = pd.DataFrame({"period": periods, "quotations": range(1, weeks + 1)})
    spec = charts.quotes_over_time(over_time)
    assert spec["mark"]["type"] == mark
    note = charts.few_periods_note(over_time)
    assert (note is not None) == (mark == "point")
    if note:
        assert f"Only {weeks} weeks" in note and "trend" in note
