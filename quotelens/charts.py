"""Altair chart specifications for the dashboard (imported only by the pages that draw charts).

In: the tables of :mod:`quotelens.views` (timeline data, words per speaker, ...) and the
one colour map. Out: ``alt.Chart`` objects. Kept apart from :mod:`quotelens.views` so the
Reader page, which draws no chart, does not pay for importing Altair.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from quotelens.palette import AUTHOR
from quotelens.views import KIND_ORDER, SELECT_PARAM


def _colour_scale(order: list[str], colours: dict[str, str]) -> alt.Scale:
    return alt.Scale(domain=order, range=[colours.get(s, "#999999") for s in order])


def timeline_chart(data: pd.DataFrame, order: list[str], colours: dict[str, str]) -> alt.Chart:
    """x = paragraph, y = speaker (first appearance first), one mark per quotation sized by words."""
    pick = alt.selection_point(name=SELECT_PARAM, fields=["speaker"])
    return (
        alt.Chart(data)
        .mark_point(filled=True, opacity=0.85)
        .encode(
            x=alt.X("paragraph:Q", title="paragraph (position in the article)", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("speaker:N", sort=order, title=None, axis=alt.Axis(labelLimit=240)),
            size=alt.Size("words:Q", title="words", scale=alt.Scale(range=[60, 900])),
            shape=alt.Shape(
                "kind:N", scale=alt.Scale(domain=KIND_ORDER, range=["circle", "diamond", "triangle-up"]), title="kind"
            ),
            color=alt.Color("speaker:N", scale=_colour_scale(order, colours), legend=None),
            opacity=alt.condition(pick, alt.value(0.95), alt.value(0.25)),
            tooltip=["speaker:N", "kind:N", "paragraph:Q", "words:Q", "quotation:N"],
        )
        .add_params(pick)
        .properties(height=max(180, 48 * max(1, len(order))))
        .configure_legend(orient="bottom", direction="horizontal")
    )


def who_said_what_chart(data: pd.DataFrame, order: list[str], colours: dict[str, str]) -> alt.Chart:
    """Words per speaker, stacked by kind (kind shown by opacity, speaker by colour)."""
    pick = alt.selection_point(name=SELECT_PARAM, fields=["speaker"])
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", sort=order, title=None, axis=alt.Axis(labelLimit=240)),
            x=alt.X("words:Q", title="quoted words"),
            color=alt.Color("speaker:N", scale=_colour_scale(order, colours), legend=None),
            opacity=alt.condition(
                pick,
                alt.Opacity("kind:N", scale=alt.Scale(domain=KIND_ORDER, range=[1.0, 0.7, 0.4]), title="kind"),
                alt.value(0.15),
            ),
            order=alt.Order("kind_rank:Q"),
            tooltip=["speaker:N", "kind:N", "words:Q", "quotations:Q"],
        )
        .transform_calculate(kind_rank="indexof(['direct','mixed','indirect'], datum.kind)")
        .add_params(pick)
        .properties(height=alt.Step(30))
    )


def mentioned_vs_quoted_chart(data: pd.DataFrame, colours: dict[str, str]) -> alt.Chart:
    long = data.melt(
        id_vars=["speaker", "never quoted"], value_vars=["mentions", "quotes"], var_name="count of", value_name="n"
    )
    order = data["speaker"].tolist()
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", sort=order, title=None, axis=alt.Axis(labelLimit=240)),
            yOffset=alt.YOffset("count of:N"),
            x=alt.X("n:Q", title="count"),
            color=alt.Color("count of:N", scale=alt.Scale(domain=["mentions", "quotes"], range=["#999999", "#0072B2"])),
            tooltip=["speaker:N", "count of:N", "n:Q", "never quoted:N"],
        )
        .properties(height=alt.Step(16))
    )


def voice_chart(data: pd.DataFrame, colours: dict[str, str]) -> alt.Chart:
    order = data["voice"].tolist()
    rng = [AUTHOR if v == "Author" else colours.get(v, "#999999") for v in order]
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("share:Q", stack="normalize", axis=alt.Axis(format="%"), title="share of the article body"),
            color=alt.Color("voice:N", scale=alt.Scale(domain=order, range=rng), sort=order, title="voice"),
            order=alt.Order("characters:Q", sort="descending"),
            tooltip=["voice:N", alt.Tooltip("share:Q", format=".1%"), "characters:Q"],
        )
        .properties(height=60)
        .configure_legend(orient="bottom", direction="horizontal")
    )


def via_chart(data: pd.DataFrame, colours: dict[str, str]) -> alt.Chart:
    """Each speaker heard second-hand, and the channels their words come through (bars coloured by channel)."""
    channels = sorted(set(data["channel"]))
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", title="speaker"),
            x=alt.X("quotations:Q", title="quotations reported through…", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "channel:N",
                scale=alt.Scale(domain=channels, range=[colours.get(c, "#999999") for c in channels]),
                title="channel",
            ),
            tooltip=["speaker:N", "channel:N", "quotations:Q"],
        )
        .properties(height=alt.Step(26))
    )


def paragraph_voice_chart(data: pd.DataFrame) -> alt.Chart:
    """Per paragraph: the share credited to sources (blue) vs the writer's own (grey)."""
    long = data.melt(id_vars="paragraph", value_vars=["attributed", "author"], var_name="voice", value_name="share")
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X("paragraph:O", title="paragraph"),
            y=alt.Y("share:Q", stack="normalize", axis=alt.Axis(format="%"), title=None),
            color=alt.Color(
                "voice:N", scale=alt.Scale(domain=["attributed", "author"], range=["#0072B2", AUTHOR]), title=None
            ),
            order=alt.Order("voice:N"),
            tooltip=["paragraph:O", "voice:N", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(height=140)
    )


def top_speakers_chart(data: pd.DataFrame) -> alt.Chart:
    """The most quoted speakers across a corpus (data already aggregated: one row per speaker)."""
    return (
        alt.Chart(data)
        .mark_bar(color="#0072B2")
        .encode(
            y=alt.Y("speaker:N", sort="-x", title=None, axis=alt.Axis(labelLimit=240)),
            x=alt.X("quotations:Q", title="quotations across the corpus"),
            tooltip=["speaker:N", "quotations:Q", "articles:Q", "words:Q"],
        )
        .properties(height=alt.Step(24))
    )


def quotes_over_time_chart(data: pd.DataFrame) -> alt.Chart:
    return (
        alt.Chart(data)
        .mark_line(point=True, color="#0072B2")
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("quotations:Q", title="quotations"),
            tooltip=[alt.Tooltip("period:T"), "quotations:Q"],
        )
        .properties(height=180)
    )
