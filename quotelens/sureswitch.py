"""Who said what's switch "Count only sure attributions", kept in the session and in the URL (``&sure=1``).

In: the session (``st.session_state[ui.SURE_URL]``: ``{"sure": "1"}`` when on, ``{}`` when off) and, on a session's
first run, the link's ``?sure=``. Out: the switch, drawn from that state (Streamlit forgets a widget's value on
other pages, so the widget is never the state's keeper), and the ``-sure-only`` part of the downloads' file names.

Notes:
    The state is said in the URL on every page, as the Reader's ``kind=`` is (:func:`quotelens.ui.url_state`), so
    a page switch keeps it in one history entry, a shared link carries it, and Back or Forward to an address
    without it turns it off (:func:`quotelens.ui.url_moved`). What the switch leaves out is decided in
    :mod:`quotelens.doubt` and :func:`quotelens.derived.only_sure`.
"""

from __future__ import annotations

import streamlit as st

from quotelens import doubt, ui

KEY = "ql_sure_only"  # the switch's widget key
ON = {"sure": "1"}  # the query string's part when the switch is on
_SAID_ON = frozenset({"1", "true", "yes", "on"})


def from_link(first_run: bool) -> None:
    """On a session's first run (before the sidebar reads the rest of the link): the switch as ``?sure=`` says."""
    if first_run:
        st.session_state[ui.SURE_URL] = ON if str(st.query_params.get("sure") or "").lower() in _SAID_ON else {}


def is_on() -> bool:
    """Whether the session counts only sure attributions."""
    return bool(st.session_state.get(ui.SURE_URL))


def _switched() -> None:
    st.session_state[ui.SURE_URL] = ON if st.session_state.get(KEY) else {}
    ui.write_url()


def switch() -> bool:
    """The "Count only sure attributions" toggle, drawn from the session's state; returns whether it is on."""
    st.session_state[KEY] = is_on()
    return bool(st.toggle("Count only sure attributions", key=KEY, help=doubt.SURE_ONLY_HELP, on_change=_switched))


def file_part() -> str:
    """What a download's file name adds after "-quotes" when the switch is on: it holds the sure rows only."""
    return "-sure-only" if is_on() else ""
