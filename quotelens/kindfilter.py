"""The Kind filter of the Reader, Who said what and the Speaker timeline: one control, one rule on every page.

In: the kinds an article has and the Kind chosen (the widget :data:`quotelens.ui.KINDS`, which
:func:`quotelens.ui.reader_filters` fills from ``?kind=`` or from another page). Out: the kinds to list, and a
sentence saying what they narrow. On every page the kinds chosen narrow the list of quotations and its downloads;
Who said what's and the timeline's charts count every kind, and the sentence says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import streamlit as st

from quotelens import ui, views
from quotelens.markup import plain


def kind_control(known: list[str], container: Any = None) -> tuple[str, ...]:
    """The "Kind" multiselect: its chips name the kinds as cards and legends do ("partial quote"), its value
    and the URL's ``?kind=`` keep the engine's words ("mixed"). Call :func:`quotelens.ui.reader_filters` first."""
    name, helped = views.KIND_NAME.get, "\n".join(views.KIND_LABEL.values())
    chosen = (container or st).multiselect("Kind", known, key=ui.KINDS, format_func=lambda k: name(k, k), help=helped)
    return tuple(chosen)


def list_note(kinds: Iterable[str], known: list[str], search: str = "", downloads: bool = True) -> str:
    """What the Kind filter does on a page whose charts count every kind (Markdown, inert): "" when every kind
    is chosen and nothing is searched. ``downloads``: the page's list has downloads (Who said what's)."""
    kinds = [k for k in known if k in set(kinds)]
    parts = []
    if kinds != list(known):
        named = " or ".join(views.KIND_NAME.get(k, k) for k in kinds) or "none (choose at least one under Kind)"
        listed = "Listed and downloaded" if downloads else "Listed"
        parts.append(f"{listed}: {named} only, as chosen under Kind; the charts above count every kind.")
    if search.strip():
        parts.append(f"The Reader's search for {plain(search, 80)} narrows the Reader only.")
    return " ".join(parts)


def stem_part(kinds: Iterable[str], known: list[str]) -> str:
    """The kinds a download holds, for its file name ("direct", "direct+mixed"); "" when it holds every kind."""
    kinds = [k for k in known if k in set(kinds)]
    return "" if kinds == list(known) else "+".join(kinds) or "none"
