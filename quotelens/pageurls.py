"""Page addresses as a reader types them: ``/reader``, ``/who_said_what``, ``/who-said-what`` or ``/timeline`` open
their page.

In: the pages given to ``st.navigation`` and the page name the browser asked for in its address. Out: on a run
that asks for a page by a name differing from its ``url_path`` only in case or in ``-``, ``_`` and spaces, or by
a short name a reader would type (:data:`SHORT_NAMES`: ``/timeline``), the page's own name set as what this run
intends, before ``st.navigation`` resolves it.

Notes:
    Streamlit matches the address's page name with each ``url_path`` exactly, so ``/reader`` said "Page not
    found" and showed Home. A hidden second page per spelling was tried (round 38): a switch between the two
    copies of a page lost the visitor's uploads. Here there is one page per page: the run is told which one it
    is, in the same session, and the browser's address then shows the page's own path. Streamlit has no public
    API for this: it uses the run context's ``pages_manager`` (``intended_page_name``, ``set_script_intent``,
    Streamlit 1.67); if that changes, the address is left to Streamlit and only the old "Page not found" returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from streamlit.runtime.scriptrunner import get_script_run_ctx


def _folded(name: str) -> str:
    return re.sub(r"[-_\s]+", "_", name.strip("/").casefold())


# short names a reader types for a page whose url_path is longer (folded: lower case, "_" between words)
SHORT_NAMES = {"timeline": "Speaker_timeline", "speakers": "Speaker_timeline", "wsw": "Who_said_what"}


def page_path_for(asked: str, paths: Iterable[str]) -> str | None:
    """The one ``url_path`` that ``asked`` names up to case and separators, or by its short name
    (:data:`SHORT_NAMES`), when it is not already exactly that path (None: no page, a page spelled exactly, or
    two pages folding to one name)."""
    if not asked:
        return None
    paths = list(paths)
    if asked in paths:
        return None
    matches = [p for p in paths if p and _folded(p) == _folded(asked)]
    if not matches and SHORT_NAMES.get(_folded(asked)) in paths:
        return SHORT_NAMES[_folded(asked)]
    return matches[0] if len(matches) == 1 else None


def page_url(url_path: str, params: Mapping[str, str]) -> str:
    """A link to a page of this app with its state in the query string ("Reader?article=a.txt&quote=246-323"),
    relative to the page it is on (every page sits at the app's root, under any base path): the page reads the
    state from the URL, as a shared link's, in the new tab a link opens."""
    query = urlencode({k: v for k, v in params.items() if v}, quote_via=quote)
    return f"{url_path}?{query}" if query else url_path


def follow_typed_path(pages: Iterable[Any]) -> None:
    """Before ``st.navigation(pages)``: a page asked for by its name in another case opens that page."""
    ctx = get_script_run_ctx()
    manager = getattr(ctx, "pages_manager", None)
    try:
        asked, by_hash = manager.intended_page_name, manager.intended_page_script_hash  # type: ignore[union-attr]
    except AttributeError:  # (no run context, or another Streamlit: leave the address to it)
        return
    if by_hash or not isinstance(asked, str):
        return
    path = page_path_for(asked, [str(p.url_path) for p in pages])
    if path is not None:
        try:
            manager.set_script_intent("", path)  # type: ignore[union-attr]
        except (AttributeError, TypeError, ValueError):  # (another Streamlit's signature: leave the address to it)
            return
