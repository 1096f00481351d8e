"""Streamlit glue shared by every page: page set-up, the one speaker selection, cached views, messages.

In: the session (``st.session_state``), the URL (``st.query_params``) and the current article
(:mod:`quotelens.sidebar`). Out: page elements. Pages call these and lay out the rest.

Notes:
    The selected speaker lives in one place, ``st.session_state[SPEAKER]``. The Speaker picker
    (a keyed widget), a click on a chart and ``?speaker=`` all write it through
    :func:`select_speaker`, and every widget and chart is drawn from it: the picker's value is
    set from it before the picker is drawn, and a chart that selects speakers is keyed by the
    selection, so it is drawn afresh with the selected speaker highlighted whenever the
    selection changed elsewhere. After any sequence of picks and clicks the three agree.
    Everything computed from an article (tables, chart specifications) is cached once per
    server by the article's key; sessions share it and never change it.
    Messages that quote the visitor are made inert (:func:`quotelens.markup.plain`), and an
    error inside a page is logged and shown as one plain sentence: no traceback and no server
    path reaches the browser (``client.showErrorDetails = "none"`` covers errors outside pages).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import pandas as pd
import pyarrow as pa
import streamlit as st

from quotelens import derived, readable, tablelayout, views
from quotelens.article import Article
from quotelens.corrections.report import Corrected
from quotelens.markup import plain

SPEAKER = "ql_speaker"  # the selected speaker: str, or None for all
SPEAKER_PICK = "ql_speaker_pick"  # the Speaker picker's widget key
QUOTE = "ql_quote"  # the selected quotation: its key (``Corrected.keys``), or None
QUOTE_REFUSED = "ql_quote_refused"  # a link asked for a quotation this article does not have
KINDS = "ql_kinds"  # the Reader's Kind filter (its widget key)
SEARCH = "ql_search"  # the Reader's Search (its widget key)
FILTERS_FROM_URL = "ql_filters_from_url"  # (``?kind=``, ``?q=``) a link or Back asked for, to apply once
FILTERS_URL = "ql_filters_url"  # the Reader's filters as ``?kind=``/``?q=`` say them (kept across pages)
ARTICLE = "ql_article"  # the article shown: "corpus:<file name>" or "upload:<digest>"
URL_SEEN = "ql_url_seen"  # our query parameters as this session last wrote them
URL_SHOWN = "ql_url_shown"  # our query parameters as the address bar has them after this session's last write
CORPUS_URL = "ql_corpus_url"  # the Corpus page's search as ``?find=`` says it (kept across pages)
CORPUS_FROM_URL = "ql_corpus_from_url"  # the ``?find=`` Back or Forward went to, for the Corpus page to apply once
SURE_URL = "ql_sure_url"  # Who said what's "Count only sure attributions" as ``?sure=`` says it (quotelens.sureswitch)
URL_PARAMS = ("article", "speaker", "quote", "kind", "q", "find", "sure")
URL_OPENED = "ql_url_opened"  # (the query string the session was opened with, the state it stood for)
PAGE_SEEN = "ql_page_seen"  # the page this session drew last (its url path)
NOTICES = "ql_notices"  # messages to show on the next page drawn: [(kind, markdown)]
ALL_SPEAKERS = "All speakers"
_LOG = logging.getLogger("quotelens.dashboard")


# ---------------------------------------------------------------------- messages
def notice(kind: str, text: str) -> None:
    """Queue a message for the page about to be drawn; ``text`` must already be inert."""
    st.session_state.setdefault(NOTICES, []).append((kind, text))


def show_notices() -> None:
    for kind, text in st.session_state.pop(NOTICES, []):
        {"error": st.error, "warning": st.warning, "info": st.info}.get(kind, st.info)(text)


def log_exception(exc: BaseException) -> None:
    _LOG.error("quotelens dashboard error", exc_info=exc)


def run_page(page: Any) -> None:
    """Run a page; an error in it is logged and shown as a plain sentence, never as a traceback."""
    try:
        page.run()
    except Exception:
        _LOG.exception("a page failed")
        st.error(
            "Something went wrong while drawing this page, and it has been logged. Try another page or another article."
        )


# ---------------------------------------------------------------------- the article on a page
@dataclass(frozen=True)
class Shown:
    """The article a page shows, with its views computed once per server (shared, never changed)."""

    key: str
    article: Article
    view: Corrected | None = None  # the article's corrections (None: the database could not be read)

    def get(self, what: str) -> Any:
        return _derived(self.key, what, self.article)

    def memo(self, name: str, build: Callable[..., Any], *args: Hashable) -> Any:
        """``build(article, *args)``, computed once per server for this article and these arguments."""
        return _memo(self.key, name, args, self.article, build)

    def table(
        self, name: str, build: Callable[..., pd.DataFrame], *args: Hashable, container: Any = None, **select: Any
    ) -> None:
        """``st.dataframe`` of ``build(article, *args)``, converted to Arrow once per server (``select``:
        ``key``, ``on_select``, ``selection_mode``, for rows a reader can select)."""
        table, where = _arrow(self.key, name, args, self.article, build), container or st
        where.dataframe(
            table, hide_index=True, width="stretch", **tablelayout.layout(name, table.column_names), **select
        )
        if tip := tablelayout.picker_tip(name, table.column_names):
            where.caption(tip)

    @property
    def order(self) -> list[str]:
        order: list[str] = self.get("order")
        return order

    @property
    def colours(self) -> dict[str, str]:
        colours: dict[str, str] = self.get("colours")
        return colours

    def only_sure(self) -> Shown:
        """The same article with every unsure attribution left out of the counts (:func:`derived.only_sure`),
        in this one's colours."""
        return Shown(f"{self.key}|sure", _only_sure(self.key, self.article), self.view)


@st.cache_resource(max_entries=64, show_spinner=False)
def _only_sure(key: str, _article: Article) -> Article:
    return derived.only_sure(_article)


def _voice_share_grouped(article: Article) -> Any:
    return views.voice_share(article, group_others=views.colours_for(article))


DERIVED: dict[str, Callable[[Article], Any]] = {
    "order": views.speaker_order,
    "colours": views.colours_for,
    "overview": views.overview,
    "voice": _voice_share_grouped,
    "timeline": views.timeline_data,
    "words": views.words_by_speaker,
    "mentioned": views.mentioned_vs_quoted,
    "hearing": views.hearing_table,
    "via": views.via_table,
    "stance": views.stance_table,
    "paragraph voice": views.voice_by_paragraph,
}


@st.cache_resource(max_entries=512, show_spinner=False)
def _derived(key: str, what: str, _article: Article) -> Any:
    return DERIVED[what](_article)


@st.cache_resource(max_entries=1024, show_spinner=False)
def _memo(key: str, name: str, args: tuple[Hashable, ...], _article: Article, _build: Callable[..., Any]) -> Any:
    return _build(_article, *args)


@st.cache_resource(max_entries=512, show_spinner=False)
def _arrow(key: str, name: str, args: tuple[Hashable, ...], _article: Article, _build: Callable[..., Any]) -> Any:
    return pa.Table.from_pandas(_build(_article, *args), preserve_index=False)


# ---------------------------------------------------------------------- the one selection, and the URL
def selected_speaker() -> str | None:
    value = st.session_state.get(SPEAKER)
    return value if isinstance(value, str) and value else None


def selected_quotation() -> str | None:
    """The selected quotation's key (its offsets as the engine found them: stable under corrections)."""
    value = st.session_state.get(QUOTE)
    return value if isinstance(value, str) and value else None


def select_speaker(name: str | None) -> None:
    """The one way the speaker selection changes: session state and ``?speaker=`` together. Another
    speaker drops the selected quotation (the correction form then opens on that speaker's first)."""
    if (name or None) != selected_speaker():
        st.session_state[QUOTE] = None
        st.session_state[QUOTE_REFUSED] = False
    st.session_state[SPEAKER] = name or None
    write_url()


def select_quotation(key: str | None) -> None:
    """The one way the quotation selection changes: session state and ``?quote=`` together."""
    st.session_state[QUOTE] = key or None
    st.session_state[QUOTE_REFUSED] = False
    write_url()


def quotation_links(
    shown: Shown, speaker: str | None, kinds: tuple[str, ...] = (), search: str = ""
) -> tuple[tuple[int, str], ...]:
    """``(group, link)`` for each quotation of a file of the collection: the link opens this page with the
    quotation selected (``?article=…&speaker=…&quote=…``), as a shared link does, and with the Reader's
    Kind and Search as they are (``&kind=…&q=…``: the link starts a new session). An upload has none:
    a link starts a new session, and the upload lives in this one."""
    article = url_state().get("article")
    if shown.view is None or not article:
        return ()
    base = {"article": article} | ({"speaker": speaker} if speaker else {})
    base |= readable.filter_params(kinds, search, views.kinds_of(shown.article.quotes))
    return tuple(
        (group, f"?{urlencode(base | {'quote': key}, quote_via=quote)}") for group, key in enumerate(shown.view.keys)
    )


def highlight_tip(shown: Shown) -> str:
    """What a click on a highlight does in the Reader (a link selects it; an upload's show their evidence)."""
    if url_state().get("article") and shown.view is not None:
        return "Tap or click a highlight for its evidence, and the evidence to correct that quotation."
    return "Tap or click a highlight for its evidence; select a row of the evidence below to correct it."


def selected_group(shown: Shown) -> int | None:
    """The selected quotation's group in ``shown``, if it is one of its quotations."""
    key = selected_quotation()
    keys = shown.view.keys if shown.view is not None else []
    return keys.index(key) if key in keys else None


def reader_filters(known: list[str]) -> None:
    """Before the Reader draws its Kind and Search: what a link or Back asked for (once), else what they were
    (also on another page before), else every kind; a kind this article does not know is dropped. The URL
    then says them (``?kind=``, ``?q=``: :func:`readable.filter_params`), so a shared link reopens this view."""
    asked = st.session_state.pop(FILTERS_FROM_URL, None)
    kept = st.session_state.get(FILTERS_URL) or {}
    if asked is None and KINDS not in st.session_state:  # (Streamlit forgets a widget's value on other pages)
        asked = (kept.get("kind"), kept.get("q"))
    if asked is not None:
        kind, query = asked
        kinds, search = readable.filters_from_params(kind, query, known)
        st.session_state[KINDS], st.session_state[SEARCH] = kinds, search
    else:
        st.session_state[KINDS] = [k for k in st.session_state[KINDS] if k in known]
    now = readable.filter_params(st.session_state[KINDS], str(st.session_state.get(SEARCH) or ""), known)
    if now != kept:
        st.session_state[FILTERS_URL] = now
        write_url()


def url_state() -> dict[str, str]:
    """The query string the session's state stands for: ``article`` (a corpus file), ``speaker``, ``quote``,
    the Reader's ``kind`` and ``q``, the Corpus page's ``find`` and Who said what's ``sure``, on every page: they
    are kept across pages, and a URL that dropped them on the others made a switch of page two history entries
    (the switch, then the page's own write)."""
    article = str(st.session_state.get(ARTICLE, ""))
    wanted = {"article": article[7:] if article.startswith("corpus:") else ""}
    wanted |= {"speaker": selected_speaker() or "", "quote": selected_quotation() or ""}
    wanted |= st.session_state.get(FILTERS_URL) or {}
    wanted |= st.session_state.get(CORPUS_URL) or {}  # the Corpus page's search (quotelens.corpusview)
    wanted |= st.session_state.get(SURE_URL) or {}  # Who said what's sure-only switch (quotelens.sureswitch)
    return {k: v for k, v in wanted.items() if v}


def url_now() -> dict[str, str]:
    """The query string the browser sent for this run (our parameters only)."""
    return {k: str(st.query_params.get(k)) for k in URL_PARAMS if st.query_params.get(k)}


def remember_opening_url() -> None:
    """The query string the session was opened with stands for the state just read from it, as it is:
    ``/`` is the default article and ``?article=trump-putin-meeting`` its .txt file. The URL is left as the
    visitor sent it, because every write is a new browser history entry, and Back from the first page
    would first land on the same page, as it was before the write."""
    st.session_state[URL_OPENED] = (url_now(), url_state())


def _state_of(query: dict[str, str]) -> dict[str, str]:
    """The state a query string stands for: the opening one's (while a file of the collection is shown:
    an upload's own query string is empty too), else what it says."""
    opened = st.session_state.get(URL_OPENED)
    if opened and query == opened[0] and str(st.session_state.get(ARTICLE, "")).startswith("corpus:"):
        return dict(opened[1])
    return query


def write_url() -> None:
    """Make the URL say the session's state, in one write (one browser history entry: Back undoes it).
    Once an upload was shown, a bare URL no longer stands for the opening article: coming back to it says it."""
    if str(st.session_state.get(ARTICLE, "")).startswith("upload:"):
        st.session_state.pop(URL_OPENED, None)
    wanted, now = url_state(), url_now()
    if now != wanted and _state_of(now) != wanted:
        st.query_params.from_dict(wanted)  # one message to the browser; ``embed`` parameters are kept
        now = wanted
    st.session_state[URL_SEEN], st.session_state[URL_SHOWN] = wanted, now


def url_moved(page: str) -> dict[str, str] | None:
    """The URL's parameters when they differ from what this session last wrote: the browser went Back or
    Forward (Streamlit pushes each write on the history and reruns on Back with the URL it returns to).

    ``page`` is the page being drawn: an empty query string on another page than the last one is no
    move, because Streamlit drops the parameters when the page is switched.
    """
    now, seen = url_now(), st.session_state.get(URL_SEEN)
    last_page, st.session_state[PAGE_SEEN] = st.session_state.get(PAGE_SEEN), page
    if seen is None or now == seen or (not now and page != last_page):
        return None
    state = _state_of(now)
    if state == seen:
        return None
    find = state.get("find", "")  # the Corpus page's search, as that URL had it (its box follows when drawn)
    st.session_state[CORPUS_FROM_URL], st.session_state[CORPUS_URL] = find, ({"find": find} if find else {})
    st.session_state[SURE_URL] = {"sure": "1"} if state.get("sure") == "1" else {}  # (the switch is drawn from it)
    return state


def _picked() -> None:
    value = st.session_state.get(SPEAKER_PICK)
    select_speaker(None if value in (None, ALL_SPEAKERS) else str(value))


def speaker_picker(speakers: list[str], container: Any = None) -> str | None:
    """The "Speaker" select box, drawn from the selection; returns the selected speaker (None = all)."""
    current = selected_speaker()
    if current is not None and current not in speakers:
        select_speaker(None)
        current = None
    st.session_state[SPEAKER_PICK] = current or ALL_SPEAKERS
    (container or st).selectbox("Speaker", [ALL_SPEAKERS, *speakers], key=SPEAKER_PICK, on_change=_picked)
    return current


def warn_unknown_quotation(shown: Shown) -> None:
    """A ``?quote=`` naming no quotation of this article is said, and no quotation is selected."""
    key = selected_quotation()
    if key is None or shown.view is None or key in shown.view.keys:
        return
    st.session_state[QUOTE] = None
    st.session_state[QUOTE_REFUSED] = True
    write_url()
    notice(
        "warning",
        "The quotation this link points to is not in this article, so no quotation is selected (the link may "
        "be for another text, or the quotation was corrected away). Tap a highlight to choose one.",
    )


def quotation_refused() -> bool:
    """A link asked for a quotation this article does not have, and nothing was selected since."""
    return bool(st.session_state.get(QUOTE_REFUSED)) and selected_quotation() is None


def warn_unknown_speaker(shown: Shown) -> None:
    """A ``?speaker=`` naming nobody quoted in this article is said, then dropped."""
    wanted = st.session_state.pop("ql_speaker_from_url", None)
    if wanted and wanted not in shown.order:
        select_speaker(None)
        notice("info", f"Nobody called {plain(wanted, 120)} is quoted in this article, so every speaker is shown.")
