"""The Kind filter of the Reader, Who said what and the Speaker timeline: one control, one rule on every page.

In: the kinds an article has and the Kind chosen (the widget :data:`quotelens.ui.KINDS`, which
:func:`quotelens.ui.reader_filters` fills from ``?kind=`` or from another page). Out: the kinds to list, and a
sentence saying what they narrow. On every page the kinds chosen narrow the list of quotations, its downloads and
the chart of quotations above it (Who said what's words per speaker, the timeline's marks), whose caption says which
kinds it counts (:func:`chart_note`); a Kind that leaves a chart nothing draws a sentence instead (:func:`empty_note`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
import streamlit as st

from quotelens import ui, views
from quotelens.markup import plain


def kind_control(known: list[str], container: Any = None) -> tuple[str, ...]:
    """The "Kind" multiselect: its chips name the kinds as cards and legends do ("partial quote"), its value
    and the URL's ``?kind=`` keep the engine's words ("mixed"). Call :func:`quotelens.ui.reader_filters` first."""
    name, helped = views.KIND_NAME.get, "\n".join(views.KIND_LABEL.values())
    chosen = (container or st).multiselect("Kind", known, key=ui.KINDS, format_func=lambda k: name(k, k), help=helped)
    return tuple(chosen)


def chosen(known: list[str]) -> tuple[str, ...]:
    """The kinds chosen under Kind, in the legend's order (call :func:`quotelens.ui.reader_filters` first: the
    chart above the control reads them before the control is drawn)."""
    picked = set(st.session_state.get(ui.KINDS) or ())
    return tuple(k for k in known if k in picked)


def _named(kinds: Iterable[str]) -> str:
    return " or ".join(views.KIND_NAME.get(k, k) for k in kinds)


def of_kinds(table: pd.DataFrame, kinds: tuple[str, ...]) -> pd.DataFrame:
    """The rows of a chart's table (a ``kind`` column of the engine's words) of these kinds."""
    return table[table["kind"].isin(kinds)]


def chart_note(kinds: tuple[str, ...], known: list[str]) -> str:
    """Which kinds a chart counts, in a line under its heading."""
    if list(kinds) == list(known):
        return f"Counting every kind: {', '.join(views.KIND_NAME.get(k, k) for k in known)}."
    return f"Counting {_named(kinds)} only, as chosen under Kind below."


SHAPE_SIGNS = "●◆▲■✚▼"  # the timeline's shapes (:data:`quotelens.charts.KIND_SHAPES`) as text, kind by kind


def shape_key(kinds: Iterable[str]) -> str:
    """The timeline caption's key of shapes, of the kinds drawn only: "● direct quote, ▲ reported speech"."""
    order = [*views.KIND_ORDER, *sorted(set(kinds) - set(views.KIND_ORDER))]  # (the chart's order of shapes)
    signs = dict(zip(order, SHAPE_SIGNS, strict=False))
    return ", ".join(f"{signs.get(k, '•')} {views.KIND_NAME.get(k, k)}" for k in order if k in set(kinds))


def rest_note(kinds: tuple[str, ...], known: list[str]) -> str:
    """Under a narrowed chart, that the sections between it and the list still count every kind ("" when every
    kind is chosen)."""
    if list(kinds) == list(known):
        return ""
    return "The sections below, down to the list of quotations, count every kind (the Kind filter leaves them whole)."


def empty_note(kinds: tuple[str, ...]) -> str:
    """What a chart says instead of drawing nothing when the kinds chosen leave it no quotation."""
    if not kinds:
        return "No kind is chosen under Kind below, so there is nothing to chart: choose at least one."
    return f"The story has no {_named(kinds)} to chart: choose another kind under Kind below."


def nothing_listed(kinds: tuple[str, ...], known: list[str], speaker: str | None) -> str:
    """What a list says instead of an empty table when the Kind and the Speaker chosen leave it nothing (plain
    text: the page makes the name inert)."""
    if not kinds:
        return "No kind is chosen under Kind, so no quotation is listed: choose at least one."
    who, other = (f"{speaker} has", " or “All speakers” under Speaker") if speaker else ("The story has", "")
    if list(kinds) == list(known):
        return f"{who} no quotation in the story{other and ': choose “All speakers” under Speaker'}."
    return f"{who} no {_named(kinds)}: choose another kind under Kind{other}."


def list_note(kinds: Iterable[str], known: list[str], search: str = "", downloads: bool = True) -> str:
    """What the Kind filter narrows on Who said what and the timeline (Markdown, inert): "" when every kind is
    chosen and nothing is searched. ``downloads``: the page's list has downloads (Who said what's)."""
    kinds = [k for k in known if k in set(kinds)]
    parts = []
    if kinds != list(known):
        named = _named(kinds) or "none (choose at least one under Kind)"
        listed = "The chart of quoted words, this list and its downloads" if downloads else "The chart and this list"
        parts.append(f"{listed}: {named} only, as chosen under Kind.")
    if search.strip():
        parts.append(f"The Reader's search for {plain(search, 80)} narrows the Reader only.")
    return " ".join(parts)


def stem_part(kinds: Iterable[str], known: list[str]) -> str:
    """The kinds a download holds, for its file name ("direct", "direct+mixed"); "" when it holds every kind."""
    kinds = [k for k in known if k in set(kinds)]
    return "" if kinds == list(known) else "+".join(kinds) or "none"
