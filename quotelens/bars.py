"""The dashboard's static charts as HTML: bars drawn with boxes, labelled with their numbers.

In: the tables of :mod:`quotelens.views` and the one colour map. Out: HTML strings for
``st.markdown(..., unsafe_allow_html=True)``.

Notes:
    Only the two charts a reader clicks (the timeline and words per speaker) are Vega-Lite
    (:mod:`quotelens.charts`); the others are boxes in HTML. A page with five Vega charts took
    ~0.3 s longer to draw after a page switch than one with a single chart (each chart is
    compiled and laid out in the browser), and the home page then needs no chart library at
    all. Boxes take the page's text colour for outlines and numbers, so they read on the light
    and the dark theme; counts are printed as whole numbers; every label is escaped text
    (:func:`quotelens.markup.safe_text`), and each string is one HTML block.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from quotelens import views
from quotelens.article import Article
from quotelens.markup import legend_html, safe_text, speaker_chip
from quotelens.palette import AUTHOR as AUTHOR_COLOUR
from quotelens.palette import OTHERS, UNRESOLVED
from quotelens.reasons import plain_stance
from quotelens.views import AUTHOR, UNKNOWN, column_rows

OUTLINE = "rgba(128,128,128,.55)"


def voice_colour(voice: str, colours: dict[str, str]) -> str:
    return {AUTHOR: AUTHOR_COLOUR, UNKNOWN: UNRESOLVED}.get(voice) or colours.get(voice, OTHERS)


def _segment(voice: str, share: float, colour: str, extra: str = "", style: str = "") -> str:
    return (
        f'<div class="ql-seg" data-voice="{safe_text(voice)}" title="{safe_text(voice)}: {share:.1%}{extra}" '
        f'style="background:{colour};{style}"></div>'
    )


def voice_bar_html(share: pd.DataFrame, colours: dict[str, str]) -> str:
    """One bar across the page: the writer's own share first, then each voice by its share."""
    rows = column_rows(share, "voice", "share", "characters")
    rows = sorted(rows, key=lambda r: (r[0] != AUTHOR, -r[1]))
    segments = "".join(
        _segment(v, s, voice_colour(v, colours), f" ({int(c):,} characters)", f"width:{s * 100:.3f}%")
        for v, s, c in rows
        if s > 0
    )
    label = "; ".join(f"{v} {s:.0%}" for v, s, _ in rows if s > 0)
    return (
        f'<div class="ql-voice" role="img" aria-label="{safe_text(label)}">'
        f'<div style="display:flex;height:40px;border-radius:4px;overflow:hidden;border:1px solid {OUTLINE}">'
        f"{segments}</div>"
        '<div style="display:flex;justify-content:space-between;font-size:.75em;opacity:.75">'
        "<span>0%</span><span>25%</span><span>50%</span><span>75%</span><span>100%</span></div></div>"
    )


def paragraph_voice_html(data: pd.DataFrame, colours: dict[str, str]) -> str:
    """Per paragraph, a column stacked by voice (the writer's own at the bottom)."""
    columns = []
    by_paragraph: dict[int, list[tuple[str, float]]] = {}
    for pid, voice, share in column_rows(data, "paragraph", "voice", "share"):
        by_paragraph.setdefault(int(pid), []).append((voice, float(share)))
    every = max(1, len(by_paragraph) // 30)  # a label under every column, or every n-th when there are many
    for n, (pid, parts) in enumerate(by_paragraph.items()):
        parts.sort(key=lambda p: (p[0] != AUTHOR, -p[1]))
        segs = "".join(
            _segment(v, s, voice_colour(v, colours), f" of paragraph {pid}", f"height:{s * 100:.3f}%") for v, s in parts
        )
        label = str(pid) if n % every == 0 else ""
        columns.append(
            '<div style="flex:1 1 0;min-width:2px;display:flex;flex-direction:column;align-items:stretch">'
            f'<div class="ql-pcol" data-paragraph="{pid}" style="height:140px;display:flex;'
            f'flex-direction:column-reverse;border:1px solid {OUTLINE}">{segs}</div>'
            f'<div style="text-align:center;font-size:.7em;opacity:.75;height:1.4em">{label}</div></div>'
        )
    return (
        '<div class="ql-paragraph-voice" style="display:flex;gap:3px;align-items:flex-end">'
        + "".join(columns)
        + '</div><div style="text-align:center;font-size:.75em;opacity:.75">paragraph</div>'
    )


def _row(label: str, bars: str, dimmed: bool = False) -> str:
    fade = ";opacity:.3" if dimmed else ""  # (another speaker is selected)
    return (
        f'<div class="ql-row" style="display:flex;align-items:center;gap:.6em;margin:.15em 0{fade}">'
        f'<div style="flex:0 0 34%;text-align:right;font-size:.85em;overflow-wrap:anywhere">{safe_text(label)}</div>'
        f'<div style="flex:1 1 auto;min-width:0">{bars}</div></div>'
    )


def _bar(width: float, fill: str, outline: str, number: int, what: str) -> str:
    """A bar ``width`` (0-1) of the row, filled and outlined, with its number after it."""
    return (
        '<div style="display:flex;align-items:center;gap:.4em;height:14px;margin:2px 0">'
        f'<div class="ql-bar" data-what="{safe_text(what)}" title="{safe_text(what)}: {number}" '
        f'style="height:100%;width:{width * 85:.3f}%;min-width:{2 if number else 0}px;background:{fill};'
        f'border:1.5px solid {outline};box-sizing:border-box"></div>'
        f'<span class="ql-count" style="font-size:.75em">{number}</span></div>'
    )


def mentioned_vs_quoted_html(data: pd.DataFrame, colours: dict[str, str], selected: str | None = None) -> str:
    """Per person: times mentioned (outlined bar) against quotations credited (solid bar); with a
    ``selected`` speaker, the others' rows are dimmed as in the charts."""
    top = max(1, int(data[["mentions", "quotes"]].to_numpy().max())) if not data.empty else 1
    rows = []
    for speaker, mentions, quotes in column_rows(data, "speaker", "mentions", "quotes"):
        colour = colours.get(speaker, OTHERS)
        bars = _bar(mentions / top, _faint(colour), colour, int(mentions), "times mentioned")
        bars += _bar(quotes / top, colour, colour, int(quotes), "quotations credited")
        rows.append(_row(speaker, bars, dimmed=selected is not None and speaker != selected))
    return '<div class="ql-mentioned">' + "".join(rows) + "</div>"


def via_html(data: pd.DataFrame, colours: dict[str, str]) -> str:
    """Each speaker heard second-hand: one bar per speaker, a segment per channel in its colour."""
    totals = data.groupby("speaker", sort=False)["quotations"].sum()
    top = max(1, int(totals.max())) if not totals.empty else 1
    rows = []
    for speaker, total in totals.items():
        parts = data[data["speaker"] == speaker]
        segs = "".join(
            f'<div class="ql-seg" data-voice="{safe_text(c)}" title="through {safe_text(c)}: {int(n)}" '
            f'style="flex:{int(n)} 1 0;background:{colours.get(c, OTHERS)};border-right:1px solid {OUTLINE}"></div>'
            for c, n in column_rows(parts, "channel", "quotations")
        )
        bar = (
            '<div style="display:flex;align-items:center;gap:.4em;height:16px">'
            f'<div style="display:flex;height:100%;width:{int(total) / top * 85:.3f}%">{segs}</div>'
            f'<span class="ql-count" style="font-size:.75em">{int(total)}</span></div>'
        )
        rows.append(_row(str(speaker), bar))
    return '<div class="ql-via">' + "".join(rows) + via_key_html(data, colours) + "</div>"


def via_key_html(data: pd.DataFrame, colours: dict[str, str]) -> str:
    """The colour key of :func:`via_html`: each channel in its speaker colour (the grey ones as "others")."""
    channels = list(dict.fromkeys(str(c) for c in data["channel"]))
    colour_of = {c: colours.get(c, OTHERS) for c in channels}
    greys = [c for c in channels if colour_of[c] == OTHERS]
    if len(greys) == 1:  # one grey channel is named; several share the grey as "others (n)"
        key = [*views.legend_entries([c for c in channels if c not in greys], colour_of), (greys[0], OTHERS)]
    else:
        key = views.legend_entries(channels, colour_of)
    chips = " ".join(speaker_chip(label, {}, colour) for label, colour in key)
    return f'<div class="ql-via-key" style="font-size:.85em;line-height:2;margin-top:.4em">Relayed by: {chips}</div>'


def table_html(df: pd.DataFrame, numeric: Iterable[str] = ()) -> str:
    """A small table as escaped HTML (no grid widget to load for a handful of rows)."""
    right = set(numeric)
    head = "".join(f'<th style="text-align:{"right" if c in right else "left"}">{safe_text(str(c))}</th>' for c in df)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="text-align:{"right" if c in right else "left"}">{safe_text("" if v is None else str(v))}</td>'
            for c, v in zip(df.columns, row, strict=True)
        )
        + "</tr>"
        for row in column_rows(df, *df.columns)
    )
    return (
        '<div class="ql-table" style="overflow-x:auto"><table style="width:100%;font-size:.9em">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _faint(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},0.15)"


# ---------------------------------------------------------------------- for an article (memoised by the pages)
def voice_for(article: Article) -> str:
    colours = views.colours_for(article)
    return voice_bar_html(views.voice_share(article, group_others=colours), colours)


def voice_legend_for(article: Article) -> str:
    """The voice bars' key: the writer, then each speaker heard in the story. A speaker reported only by the
    headline has no share of the story, and no chip beside bars that do not show them."""
    heard = set(views.body_quotes(article)["speaker"].fillna(UNKNOWN))
    order = [s for s in views.speaker_order(article) if s in heard]
    entries = [(AUTHOR, AUTHOR_COLOUR), *views.legend_entries(order, views.colours_for(article))]
    return legend_html(entries, kinds=False)


def paragraph_voice_for(article: Article) -> str:
    return paragraph_voice_html(views.voice_by_paragraph(article), views.colours_for(article))


def mentioned_for(article: Article, selected: str | None = None) -> str:
    return mentioned_vs_quoted_html(views.mentioned_vs_quoted(article), views.colours_for(article), selected)


def via_for(article: Article) -> str:
    return via_html(views.via_table(article), views.colours_for(article))


def in_chart_order(table: pd.DataFrame, article: Article) -> pd.DataFrame:
    """``table``'s rows in the order of the page's chart: most quoted words first, unresolved last (stable:
    rows of one speaker keep their order). Alphabetical tables put "(unresolved)" first and Ahmed before Zoe
    whatever they said."""
    rank = {name: i for i, name in enumerate(views.speaker_ranking(article))}
    return table.sort_values("speaker", key=lambda s: s.map(lambda n: rank.get(n, len(rank))), kind="stable")


def hearing_for(article: Article) -> str:
    table = in_chart_order(views.hearing_table(article), article)
    return table_html(table, numeric=("first-hand", "second-hand"))


def stance_for(article: Article) -> str:
    """The verbs chosen for each speaker, each stance said in words ("hedged" → "a verb that keeps its distance")."""
    table = in_chart_order(views.stance_table(article), article)
    table = table.assign(stance=table["stance"].map(plain_stance)).rename(columns={"stance": "what the verb says"})
    return table_html(table, numeric=("times",))
