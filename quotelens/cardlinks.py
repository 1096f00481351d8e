"""The Reader's "Select this quotation" links, kept inside the session.

Each evidence card of the Reader is a real link (``?article=…&quote=…``): it works without scripts, can
be opened in a new tab and shared. Followed as a link, though, it starts a new session: the page loads
afresh at its top and the reader loses their place. :func:`listen` mounts a small script (a Streamlit
``components.v2`` component with no HTML of its own) that catches a plain click on such a link, sends
the link's ``quote`` parameter to Python, and lets the selection change in this session, where the reader
is: the URL follows (:func:`quotelens.ui.select_quotation`), Back undoes it. A click with a modifier key
(new tab, new window) is left to the browser.

The script reads only the link's ``href``, which the Reader wrote; the key it sends back is accepted
only if it is one of the article's own quotation keys. No article text reaches the script.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from quotelens import ui

KEY = "ql_card_links"  # the component's session key
_JS = """
export default function(component) {
  const { setTriggerValue } = component;
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a.ql-card[href]") : null;
    if (!link) return;
    const key = new URL(link.getAttribute("href"), window.location.href).searchParams.get("quote");
    if (!key) return;
    event.preventDefault();
    link.blur();
    setTriggerValue("picked", key);
  };
  document.addEventListener("click", onClick, true);
  return () => document.removeEventListener("click", onClick, true);
}
"""
_component: Any = None


def _mount() -> Any:
    """The component, registered once per process (registering it again on every run logs a warning)."""
    global _component
    if _component is None:
        _component = st.components.v2.component("quotelens.card_links", js=_JS)
    return _component


def listen(keys: Sequence[str]) -> None:
    """Catch clicks on the Reader's quotation links; ``keys`` are the article's quotation keys."""
    _mount()(key=KEY, on_picked_change=lambda: _picked(tuple(keys)), height=0)


def _picked(keys: tuple[str, ...]) -> None:
    result = st.session_state.get(KEY)
    key = getattr(result, "picked", None) if result is not None else None
    if isinstance(key, str) and key in keys:
        ui.select_quotation(key)
