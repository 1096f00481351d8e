"""Where the Reader opens: at the selected quotation when it is arrived at with one.

"Read it in the Reader" (the Speaker timeline, Who said what), a Corpus result and a shared ``?quote=`` link open
the Reader with a quotation selected; Streamlit draws a page from its top, so the quotation was off screen until
"show it in the text" was clicked. :func:`scroll_to_selected` does that click's work once, on arrival: a run of the
Reader that follows a run of another page, or a session's first. Selecting in the Reader itself (a highlight, a
row of the evidence) leaves the page where the reader is. The script reads no article text: it looks for the
heading the Reader puts above the selected paragraph (:data:`quotelens.markup.SELECTED_ANCHOR`).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from quotelens.markup import SELECTED_ANCHOR

NOW, BEFORE = "ql_page_now", "ql_page_before"  # the page of this run and of the run before
_JS = f"""
export default function() {{
  let tries = 0;
  const go = () => {{
    const target = document.getElementById("{SELECTED_ANCHOR}");
    if (target) {{ target.scrollIntoView({{block: "start"}}); return; }}
    if (++tries < 40) setTimeout(go, 100);
  }};
  go();
}}
"""
_component: Any = None


def note_page(path: str) -> None:
    """Before a page runs (dashboard.py): remember which page ran before this run."""
    st.session_state[BEFORE], st.session_state[NOW] = st.session_state.get(NOW), path


def arrived() -> bool:
    """This run of the page follows a run of another page (or is the session's first)."""
    return st.session_state.get(BEFORE) != st.session_state.get(NOW)


def scroll_to_selected(group: int) -> None:
    """On arrival only, scroll the selected quotation's heading into view (a component with no HTML of its own)."""
    global _component
    if not arrived():
        return
    if _component is None:
        _component = st.components.v2.component("quotelens.scroll_to_selected", js=_JS)
    _component(key=f"ql_scroll_{group}", height=0)
