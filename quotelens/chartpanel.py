"""The charts a reader clicks: drawn from the one speaker selection, and selecting through it.

In: a page's :class:`quotelens.ui.Shown`, a chart builder of :mod:`quotelens.charts` and the name of the
table it draws. Out: the chart on the page; a click selects its speaker (and on the Speaker timeline, the
quotation clicked: :mod:`quotelens.timelinedata`) through :func:`quotelens.ui.select_speaker` and
:func:`quotelens.ui.select_quotation`, so the URL and every page follow.

Notes:
    A chart is keyed by the selection, so a selection made elsewhere draws it afresh with its initial
    value. Specs are built once per server and article, their rows sent as Arrow bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import pyarrow as pa
import streamlit as st

from quotelens import charts, story, timelinedata, ui, views


def _with_arrow_data(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with its rows as an Arrow dataset, serialised once (Streamlit sends bytes as they are)."""
    data = spec.get("data")
    if not isinstance(data, dict) or "values" not in data:
        return spec
    sink = pa.BufferOutputStream()
    table = pa.Table.from_pylist(data["values"]) if data["values"] else pa.table({})
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return {**spec, "data": {"name": "rows"}, "datasets": {"rows": sink.getvalue().to_pybytes()}}


def _chart_picked(key: str, keys: tuple[str, ...]) -> None:
    """A click on a mark: its speaker, and with ``keys`` (the article's quotation keys) its quotation too."""
    event = st.session_state.get(key)
    picked = charts.selected_speakers(event)
    speaker = picked[0] if picked else None
    group = timelinedata.picked_group(event) if keys else None
    if group is None or not 0 <= group < len(keys):
        ui.select_speaker(speaker)
        return
    st.session_state[ui.SPEAKER] = speaker  # the quotation's own speaker, with it: one write of the URL
    ui.select_quotation(keys[group])


def speaker_chart(
    shown: ui.Shown,
    name: str,
    build: Callable[..., dict[str, Any]],
    data: str,
    quotations: bool = False,
    kinds: tuple[str, ...] | None = None,
) -> None:
    """A chart whose clicks select a speaker (and with ``quotations``, the quotation clicked), highlighting
    the selected speaker; ``kinds``: only the rows of these kinds (the Kind filter; None: every kind)."""
    selected = ui.selected_speaker()
    keys: Sequence[str] = shown.view.keys if quotations and shown.view is not None else ()
    chosen = ui.selected_group(shown) if keys else None  # its mark stands out (charts.timeline)
    spec = chart_spec(shown, name, build, data, selected, chosen, kinds)
    key = f"ql_chart_{name}_{selected or ''}" + ("" if chosen is None else f"_{chosen}")
    key += "" if kinds is None else "_" + "+".join(kinds)
    st.vega_lite_chart(
        spec,
        key=key,
        on_select=partial(_chart_picked, key, tuple(keys)),
        selection_mode=[views.SELECT_PARAM, *([timelinedata.QUOTE_PARAM] if keys else [])],
        width="stretch",
    )


def chart_spec(
    shown: ui.Shown,
    name: str,
    build: Callable[..., dict[str, Any]],
    data: str,
    selected: str | None,
    chosen: int | None = None,
    kinds: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    return _spec(shown.key, name, selected, data, chosen, kinds, shown, build)


@st.cache_resource(max_entries=512, show_spinner=False)
def _spec(
    key: str,
    name: str,
    selected: str | None,
    data: str,
    chosen: int | None,
    kinds: tuple[str, ...] | None,
    _shown: ui.Shown,
    _build: Callable[..., Any],
) -> Any:
    table = _shown.get(data)
    table = table if kinds is None else table[table["kind"].isin(kinds)]
    if _build is charts.timeline:  # (its axis spans the story: quotelens.story.extent; ``chosen``: the quotation)
        extent = story.extent(_shown.article.paragraphs)
        return _with_arrow_data(_build(table, _shown.order, _shown.colours, selected, extent, chosen))
    if _build is charts.who_said_what:
        return _with_arrow_data(_build(table, _shown.order, _shown.colours, selected))
    return _with_arrow_data(_build(table, _shown.colours))
