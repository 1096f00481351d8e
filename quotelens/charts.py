"""Vega-Lite chart specifications for the dashboard, as plain dictionaries.

In: the tables of :mod:`quotelens.views` (timeline data, words per speaker) or of the corpus, the
speakers in order and the one colour map. Out: Vega-Lite v6 specs for ``st.vega_lite_chart``.

Notes:
    Only the charts a reader clicks are Vega-Lite; the static ones are HTML (:mod:`quotelens.bars`).
    The specs are written as data rather than built with Altair: building and validating an
    Altair chart cost ~50 ms each on every page run, and a dictionary is cheap to cache and
    to send. ``tests/test_charts.py`` validates every spec against Altair's Vega-Lite schema.
    A chart that selects speakers declares the point selection :data:`views.SELECT_PARAM` on
    the ``speaker`` field, with the page's selected speaker as its initial value, so a speaker
    chosen anywhere is highlighted here. Count axes tick on whole numbers. Marks use the
    speaker colours of :mod:`quotelens.palette` only for speakers; everything else is drawn
    with lightness, outline and dash, so the charts read on the light and the dark theme.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from quotelens import doubtmarks
from quotelens.palette import INK, OTHERS, UNRESOLVED
from quotelens.timelinedata import QUOTE_PARAM
from quotelens.views import KIND_NAME, KIND_ORDER, SELECT_PARAM, UNKNOWN

Spec = dict[str, Any]
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
COUNT_AXIS = {"tickMinStep": 1, "format": "d"}
KIND_SHAPES = ["circle", "diamond", "triangle-up", "square", "cross", "triangle-down"]
KIND_FILL = [1.0, 0.5, 0.15]  # direct solid, mixed half, reported faint (plus the dash below)
KIND_DASH = [[1, 0], [6, 3], [1.5, 2.5]]
DIMMED_OUTLINE = "#8C8C8C"  # mid grey: reads on the light and the dark theme alike
ROW_STEP = 52  # px per timeline row: a name over its marks
# The width follows the page; the height given is the plot's own, with axes and legends added to it
# (Streamlit's default, "fit", squeezes a short plot to nothing once axis and legend are drawn).
AUTOSIZE = {"type": "fit-x", "contains": "padding"}
# Speaker names on a bar chart's axis take at most 40 % of the chart's width (96–220 px): on a phone
# the bars keep most of the width. A name longer than that (at ~6.5 px a letter) is broken at its last
# space that fits, onto two lines ("Donald Trump and" / "Vladimir Putin": it read "Donald Trump and Vladim…"
# at 390 px); only a second line still too long ends in "…" (the tooltip gives it whole).
# A broken name is raised by half a line, so that its two lines stand centred on its bar, clear of the next.
_FITS = "floor(clamp(containerSize()[0] * 0.4, 96, 220) / 6.5)"
_BREAK = "lastindexof(substring(datum.{0}, 0, " + _FITS + " + 1), ' ')"
_LONG = "length(datum.{0}) > " + _FITS + " && " + _BREAK + " >= 1"
NAME_AXIS = {
    "labelLimit": {"expr": "clamp(containerSize()[0] * 0.4, 96, 220)"},
    "labelExpr": f"!({_LONG.format('label')}) ? datum.label : [substring(datum.label, 0, {_BREAK.format('label')}),"
    f" substring(datum.label, {_BREAK.format('label')} + 1)]",
    "labelLineHeight": 12,
    "labelOffset": {"expr": f"{_LONG.format('value')} ? -6 : 0"},  # (Vega draws a second line below the first)
}


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (numpy scalars and missing values made plain)."""
    out = df.astype(object).where(df.notna(), None).to_dict("records")
    return [{str(k): (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in out]


def _colour_of_speaker(order: list[str], colours: dict[str, str]) -> dict[str, Any]:
    return {"field": "speaker", "type": "nominal", "scale": _speaker_scale(order, colours), "legend": None}


def _speaker_scale(order: list[str], colours: dict[str, str]) -> dict[str, Any]:
    return {"domain": order, "range": [colours.get(s, UNRESOLVED if s == UNKNOWN else OTHERS) for s in order]}


def _kinds(values: pd.Series) -> list[str]:
    return [*KIND_ORDER, *sorted(set(values.dropna()) - set(KIND_ORDER))]


def _pick(selected: str | None, marks: str) -> dict[str, Any]:
    """The speaker selection, reacting to clicks on ``marks`` (a Vega mark type) only: a click on an
    empty spot would empty the chart's selection while the page still selects a speaker (the
    picker's "All speakers" selects everyone)."""
    select = {"type": "point", "fields": ["speaker"], "on": f"{marks}:click", "clear": False}
    param: dict[str, Any] = {"name": SELECT_PARAM, "select": select}
    if selected:
        param["value"] = [{"speaker": selected}]
    return param


def _quotation_pick() -> dict[str, Any]:
    """The timeline's second selection, made by the same click as the speaker's: the quotation (its ``group``,
    :mod:`quotelens.timelinedata`), which the page then opens in the Reader. It draws nothing of its own."""
    select = {"type": "point", "fields": ["group"], "on": "symbol:click", "clear": False}
    return {"name": QUOTE_PARAM, "select": select}


def _highlight(on: float, off: float) -> dict[str, Any]:
    return {"condition": {"param": SELECT_PARAM, "empty": True, "value": on}, "value": off}


def _selected_labels(axis: dict[str, Any], selected: str | None) -> dict[str, Any]:
    """With a speaker selected, their name on the axis in bold (the marks' fading alone is weak for a faint
    kind on the dark theme). Not faded names: a conditional ``labelOpacity`` is not drawn (vega-lite), and
    a conditional ``labelColor`` cannot fall back to the theme's text colour."""
    if selected is None:
        return axis
    test = f"datum.value === {json.dumps(selected)}"  # a JSON string is a Vega expression string literal
    return axis | {
        "labelFontWeight": {"condition": {"test": test, "value": 800}, "value": axis.get("labelFontWeight", 400)}
    }


SPREAD = 0.7  # of a paragraph's width: how far apart one speaker's marks in one paragraph are spread at most
SPREAD_STEP = 0.3  # between two of them, when they are few


def spread_in_paragraph(data: pd.DataFrame) -> pd.Series:
    """Each quotation's place on the timeline's axis: its paragraph, moved apart from the speaker's other
    quotations in the same paragraph (in their order in the text, centred on the paragraph), so that no
    mark hides another: two quotations of one paragraph drew one mark where the caption promised two."""
    if data.empty:
        return pd.Series(dtype=float)
    same = data.groupby(["speaker", "paragraph"], sort=False)["paragraph"]
    rank, n = same.cumcount(), same.transform("size")
    step = (SPREAD / (n - 1).clip(lower=1)).clip(upper=SPREAD_STEP)
    return data["paragraph"].astype(float) + (rank - (n - 1) / 2) * step


def timeline(
    data: pd.DataFrame,
    order: list[str],
    colours: dict[str, str],
    selected: str | None = None,
    extent: tuple[int, int] | None = None,
    chosen: int | None = None,
) -> Spec:
    """x = paragraph, one labelled row per speaker (first appearance first), one mark per quotation
    sized by its words and shaped by its kind (a speaker's quotations in one paragraph side by side:
    :func:`spread_in_paragraph`). The height grows with the number of speakers.

    ``extent``: the story's first and last paragraph (:func:`quotelens.story.extent`), the axis's span, so
    that it ticks on the story's paragraphs only (never on the headline's 0) and shows where the story
    goes on without quotations; without it, the quotations' own span. ``chosen``: the selected quotation's
    ``group`` (:mod:`quotelens.timelinedata`), whose mark stands out (:func:`_chosen_mark`)."""
    data = doubtmarks.with_certainty(
        data.assign(position=spread_in_paragraph(data), kind_name=_kind_names(data["kind"]))
    )
    if chosen is not None:  # (a flag, not a test on the group: an Arrow int64 reaches Vega as a BigInt)
        data = data.assign(chosen=data["group"] == chosen)
    rows = [s for s in order if s in set(data["speaker"])]
    kinds = _kinds(data["kind"])
    x, y = _timeline_axes(data, rows, selected, extent)
    points = {
        "mark": {"type": "point", "filled": True, "strokeWidth": 1.5, "cursor": "pointer"},
        "params": [_pick(selected, "symbol"), _quotation_pick()],
        "encoding": {
            "x": x,
            "y": y,
            "size": {"field": "words", "type": "quantitative", "scale": {"range": [30, 420]}, "legend": None},
            "shape": {  # in words (the legend, and the marks' labels a screen reader reads): "partial quote"
                "field": "kind_name",
                "type": "nominal",
                "scale": {"domain": [KIND_NAME.get(k, k) for k in kinds], "range": KIND_SHAPES[: len(kinds)]},
                "legend": _kind_legend(kinds, data["kind"]),
            },
            "color": {"field": "speaker", "type": "nominal", "scale": _speaker_scale(rows, colours), "legend": None},
            "opacity": _highlight(0.95, 0.3),
            **doubtmarks.fill(data),  # an unsure attribution: hollow, "(?)" in its tooltip, as in the Reader
            **_chosen_mark(chosen),
            # a faded mark keeps a neutral outline: a pale hue at 0.3 all but vanishes on a light page
            "stroke": {
                "condition": {"param": SELECT_PARAM, "empty": True, **_colour_of_speaker(rows, colours)},
                "value": DIMMED_OUTLINE,
            },
            "tooltip": doubtmarks.TOOLTIP,  # (the name as the Reader says it: "(?)" after an unsure one)
        },
    }
    return {
        "$schema": SCHEMA,
        "autosize": AUTOSIZE,
        "data": {"values": _records(data)},
        "height": {"step": ROW_STEP},
        **points,
    }


CHOSEN_STROKE = 5.0  # px of dashed outline in the speaker's colour around the selected quotation's mark
CHOSEN_DASH = [3, 2]  # (a dashed ring: not one more colour, and unlike any other mark on either theme)


def _kind_legend(kinds: list[str], drawn: pd.Series) -> dict[str, Any]:
    """The timeline's key of shapes: only the kinds drawn (a Kind filter of "direct" shows no ◆ or ▲)."""
    values = [KIND_NAME.get(k, k) for k in kinds if k in set(drawn)]
    return {"orient": "top", "title": "kind", "symbolFillColor": INK, "symbolStrokeColor": INK, "values": values}


def _chosen_mark(chosen: int | None) -> dict[str, Any]:
    """The encodings that make the selected quotation's mark stand out from its speaker's others, on the light
    and the dark theme alike: a thick dashed outline in its speaker's colour (a ring, not only a larger mark) and
    full opacity, while the speaker's other marks fade to half and everyone else's as far as any unselected
    speaker's (0.3: further, the dark theme all but loses them). Nothing without a selected quotation.
    (Not drawn above the others with ``order``: that moves the mark in the SVG, and marks are found by place.)"""
    if chosen is None:
        return {}
    test = "datum.chosen === true"  # the row's flag (:func:`timeline`)
    return {
        "opacity": {
            "condition": [{"test": test, "value": 1.0}, {"param": SELECT_PARAM, "empty": True, "value": 0.45}],
            "value": 0.3,
        },
        "strokeWidth": {"condition": {"test": test, "value": CHOSEN_STROKE}, "value": 1.5},
        "strokeDash": {"condition": {"test": test, "value": CHOSEN_DASH}, "value": [1, 0]},
    }


def _kind_names(kinds: pd.Series) -> pd.Series:
    """Each kind as the pages name it (:data:`quotelens.views.KIND_NAME`): the tooltips' words."""
    return kinds.map(lambda k: KIND_NAME.get(k, k))


def _timeline_axes(
    data: pd.DataFrame, rows: list[str], selected: str | None, extent: tuple[int, int] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The timeline's x (paragraphs, over ``extent``) and y (one labelled row per speaker) encodings."""
    # Each row's name is an axis label drawn inside the plot, above the row's marks (the largest mark
    # reaches ~12 px from the row's centre): it takes the theme's text colour, and it is never cut.
    axis: dict[str, Any] = {"title": None, "domain": False, "ticks": False, "grid": False, "labelAlign": "left"}
    axis |= {"labelBaseline": "bottom", "labelPadding": -4, "labelOffset": -13, "labelLimit": 0}
    axis |= {"labelFontWeight": 600, "labelFontSize": 12, "zindex": 1}
    y = {"field": "speaker", "type": "nominal", "sort": rows, "axis": _selected_labels(axis, selected)}
    x = {
        "field": "position",
        "type": "quantitative",
        "title": "paragraph (position in the article)",
        "scale": {"domain": _paragraph_span(data, extent), "nice": False, "padding": 14},  # room for the edge marks
        "axis": {**COUNT_AXIS, "grid": True},
    }
    return x, y


def _paragraph_span(data: pd.DataFrame, extent: tuple[int, int] | None) -> list[float]:
    """The timeline's x domain: ``extent`` widened to every mark; a span of one paragraph is widened by half
    a paragraph each way, so that its one tick stands in the middle and no other is drawn."""
    ends = [float(e) for e in extent or ()] + (
        [float(data["position"].min()), float(data["position"].max())] if len(data) else []
    )
    if not ends:  # nothing to place: an empty plane (the page says so instead of drawing it)
        return [0.0, 1.0]
    first, last = min(ends), max(ends)
    return [first, last] if last - first >= 1 else [first - 0.5, last + 0.5]


def who_said_what(data: pd.DataFrame, order: list[str], colours: dict[str, str], selected: str | None = None) -> Spec:
    """Words per speaker, stacked by kind: colour = speaker; fill and outline dash = kind
    (legend: :func:`quotelens.markup.kind_swatches_html`, drawn by the page)."""
    data = data.assign(kind_name=_kind_names(data["kind"]))
    rows = [s for s in order if s in set(data["speaker"])]
    kinds = _kinds(data["kind"])
    scale = _speaker_scale(rows, colours)
    words = data.groupby("speaker")["words"].sum().to_dict()
    # most words first (ties: first quoted first); the unresolved quotations last, whatever their count
    ranked = sorted(rows, key=lambda s: (s == UNKNOWN, -int(words.get(s, 0)), rows.index(s)))
    return {
        "$schema": SCHEMA,
        "autosize": AUTOSIZE,
        "data": {"values": _records(data)},
        "transform": [{"calculate": f"indexof({json.dumps(kinds)}, datum.kind)", "as": "kind_rank"}],
        "mark": {"type": "bar", "strokeWidth": 1.5},
        "params": [_pick(selected, "rect")],
        "encoding": {
            "y": {
                "field": "speaker",
                "type": "nominal",
                "sort": ranked,
                "title": None,
                "axis": _selected_labels(NAME_AXIS, selected),
            },
            "x": {"field": "words", "type": "quantitative", "title": "quoted words", "axis": COUNT_AXIS},
            "color": {"field": "speaker", "type": "nominal", "scale": scale, "legend": None},
            "stroke": {"field": "speaker", "type": "nominal", "scale": scale, "legend": None},
            "fillOpacity": {
                "field": "kind",
                "type": "nominal",
                "scale": {"domain": kinds, "range": (KIND_FILL + [0.3] * len(kinds))[: len(kinds)]},
                "legend": None,
            },
            "strokeDash": {
                "field": "kind",
                "type": "nominal",
                "scale": {"domain": kinds, "range": (KIND_DASH + [[3, 1]] * len(kinds))[: len(kinds)]},
                "legend": None,
            },
            "opacity": _highlight(1.0, 0.25),
            "strokeWidth": _highlight(2.5, 1.0),  # the selected speaker's outline stands out
            "order": {"field": "kind_rank", "type": "quantitative"},
            "tooltip": [
                {"field": "speaker", "type": "nominal"},
                {"field": "kind_name", "type": "nominal", "title": "kind"},
                {"field": "words", "type": "quantitative"},
                {"field": "quotations", "type": "quantitative"},
            ],
        },
        "height": {"step": 30},
    }


def top_speakers(data: pd.DataFrame, selected: str | None = None) -> Spec:
    """The most quoted speakers across a corpus (data already aggregated: one row per speaker); a click on a bar
    selects its speaker (:data:`SELECT_PARAM`), the others then paler."""
    return {
        "$schema": SCHEMA,
        "autosize": AUTOSIZE,
        "data": {"values": _records(data)},
        "params": [
            {"name": SELECT_PARAM, "select": {"type": "point", "fields": ["speaker"]}}
            | ({"value": [{"speaker": selected}]} if selected in set(data.get("speaker", [])) else {})
        ],
        "mark": {"type": "bar", "color": INK, "cursor": "pointer"},
        "encoding": {
            "y": {"field": "speaker", "type": "nominal", "sort": "-x", "title": None, "axis": NAME_AXIS},
            "opacity": {"condition": {"param": SELECT_PARAM, "empty": True, "value": 1}, "value": 0.35},
            "x": {
                "field": "quotations",
                "type": "quantitative",
                "title": "quotations",  # (short: it is centred under a plot that is narrow on a phone)
                "axis": COUNT_AXIS,
            },
            "tooltip": [
                {"field": "speaker", "type": "nominal"},
                {"field": "quotations", "type": "quantitative"},
                {"field": "articles", "type": "quantitative"},
                {"field": "words", "type": "quantitative"},
            ],
        },
        "height": {"step": 24},
    }


LINE_FROM = 4  # weeks: below this, the counts are points alone (a line through two or three reads as a trend)


def quotes_over_time(data: pd.DataFrame) -> Spec:
    """Quotations per week; a line joins them from :data:`LINE_FROM` weeks on, points alone below."""
    data = data.assign(period=pd.to_datetime(data["period"]).dt.strftime("%Y-%m-%d"))
    points = {"type": "point", "filled": True, "color": INK, "size": 90}
    line = {"type": "line", "point": {"color": INK, "filled": True}, "color": INK}
    return {
        "$schema": SCHEMA,
        "autosize": AUTOSIZE,
        "data": {"values": _records(data)},
        "mark": line if len(data) >= LINE_FROM else points,
        "encoding": {
            "x": {
                "field": "period",
                "type": "temporal",
                "title": "week beginning",  # (corpus.quotes_over_time counts by week, from its Monday)
                "axis": {"format": "%Y-%m-%d", "labelOverlap": "greedy"},  # (a lone point read "Mon 03")
            },
            "y": {"field": "quotations", "type": "quantitative", "title": "quotations", "axis": COUNT_AXIS},
            "tooltip": [
                {"field": "period", "type": "temporal", "format": "%Y-%m-%d"},
                {"field": "quotations", "type": "quantitative"},
            ],
        },
        "height": 180,
    }


def few_periods_note(over_time: pd.DataFrame) -> str | None:
    """Under the points drawn for fewer than :data:`LINE_FROM` weeks: what they are, and are not."""
    n = len(over_time)
    if n < 2 or n >= LINE_FROM:
        return None
    return f"Only {n} weeks have dated articles: each point is one week's count, too few to read a trend."


def one_period_note(over_time: pd.DataFrame) -> str:
    """What the Corpus page says instead of a one-point timeline (``period``, ``quotations``: one row)."""
    period = pd.to_datetime(over_time["period"]).iloc[0]
    n = int(over_time["quotations"].sum())
    return (
        f"Every dated article falls in the week beginning {period:%Y-%m-%d} "
        f"({n} quotation{'s' if n != 1 else ''}): a timeline needs articles from two weeks or more."
    )


def selected_speakers(event: object) -> list[str]:
    """Speakers picked in a chart selection (an ``on_select`` event or the chart's session state)."""
    try:
        points = event["selection"][SELECT_PARAM]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    if isinstance(points, dict):
        values = points.get("speaker", [])
        return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
    return [p["speaker"] for p in points if isinstance(p, dict) and isinstance(p.get("speaker"), str)]
