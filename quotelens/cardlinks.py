"""The Reader's "Select this quotation" links, kept inside the session.

Each evidence card of the Reader is a real link (``?article=…&quote=…``): it works without scripts, can
be opened in a new tab and shared. Followed as a link, though, it starts a new session: the page loads
afresh at its top and the reader loses their place. :func:`listen` mounts a small script (a Streamlit
``components.v2`` component with no HTML of its own) that catches a plain click on such a link, sends
the link's ``quote`` parameter to Python, and lets the selection change in this session, where the reader
is: the URL follows (:func:`quotelens.ui.select_quotation`), Back undoes it. A click with a modifier key
(new tab, new window) is left to the browser. Enter on a highlight (reached with Tab, its card open) does what
a click on its card does: the card shows only while its highlight has the focus, so Tab never reaches it; when the
rerun has drawn the text again, the focus returns to that highlight (its card open), not to the page's top. On a
phone a tap on the card's "Why: how it was found" unfolds the rest of its evidence instead of selecting.

The script reads only the link's ``href``, which the Reader wrote; the key it sends back is accepted
only if it is one of the article's own quotation keys. No article text reaches the script.

The module holds the dashboard's one other script, :func:`close_sidebar_on_phone`: on a phone the sidebar
lies over the page, and Streamlit closes it after a tap on a page's name but not after an article is
chosen, uploaded or pasted there, so the new article stayed hidden behind it (and a tap meant for a chart
landed in the sidebar). The script closes it with Streamlit's own « button, where the sidebar covers the page.
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
  const pick = (event, link) => {
    const key = new URL(link.getAttribute("href"), window.location.href).searchParams.get("quote");
    if (!key) return;
    event.preventDefault();
    link.blur();
    setTriggerValue("picked", key);
  };
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const why = event.target instanceof Element ? event.target.closest("a.ql-card .ql-why") : null;
    if (why) {  // a phone's "Why: how it was found" unfolds the card's rest, and selects nothing
      event.preventDefault();
      why.closest("a.ql-card").classList.add("ql-open");
      return;
    }
    const link = event.target instanceof Element ? event.target.closest("a.ql-card[href]") : null;
    if (link) pick(event, link);
  };
  const onKey = (event) => {  // Enter on a highlight: its card's link (Tab cannot reach the card)
    if (event.defaultPrevented || event.key !== "Enter" || !(event.target instanceof Element)) return;
    if (!event.target.matches(".ql-quote")) return;
    const link = event.target.nextElementSibling;
    if (link && link.matches("a.ql-card[href]")) {
      pick(event, link);
      refocus(event.target, link.getAttribute("href"));
    }
  };
  const refocus = (old, href) => {  // after the rerun redraws the text, the focus returns to that highlight
    const all = Array.from(document.querySelectorAll(".ql-quote"));
    const index = all.indexOf(old);
    const key = new URL(href, window.location.href).searchParams.get("quote");
    let tries = 0;
    const look = () => {
      const now = document.activeElement;
      if (now && now !== document.body && now !== old) return;  // the reader moved on: leave the focus there
      if (old.isConnected) { if (++tries < 150) setTimeout(look, 100); return; }
      const fresh = Array.from(document.querySelectorAll(".ql-quote"));
      const same = fresh.find((q) => {
        const card = q.nextElementSibling;
        const h = card && card.getAttribute("href");
        return h && new URL(h, window.location.href).searchParams.get("quote") === key;
      }) || fresh[index];
      if (same) same.focus({ preventScroll: true });
      else if (++tries < 150) setTimeout(look, 100);
    };
    setTimeout(look, 100);
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("keydown", onKey, true);
  return () => {
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("keydown", onKey, true);
  };
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


PHONE_WIDTH = 768  # Streamlit's "md" breakpoint: at or below it, the open sidebar lies over the page
_CLOSE_JS = f"""
export default function() {{
  const sidebar = document.querySelector('[data-testid="stSidebar"]');
  if (!sidebar || window.innerWidth > {PHONE_WIDTH} || sidebar.getAttribute("data-collapsed") !== "false") return;
  sidebar.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click();
}}
"""
_closer: Any = None
DRAWN = "ql_article_drawn"  # the article the session's last run showed


def close_sidebar_on_phone(article: str) -> None:
    """When ``article`` is not the one the last run showed (chosen, uploaded or pasted in the sidebar), close
    the sidebar where it covers the page, so that the article is seen. Drawn in the sidebar: no gap on the page."""
    global _closer
    drawn, st.session_state[DRAWN] = st.session_state.get(DRAWN), article
    if drawn is None or drawn == article:
        return
    if _closer is None:
        _closer = st.components.v2.component("quotelens.close_sidebar", js=_CLOSE_JS)
    with st.sidebar:
        _closer(key=f"ql_close_sidebar_{article}", height=0)
