"""Which article a session shows: the sidebar's chooser, the visitor's uploads and pastes, ``?article=``.

In: the session, the URL and the ``corpus/`` folder. Out: the current article as a
:class:`~quotelens.ui.Shown`, read once per server through :mod:`quotelens.analysis`, with the
readers' corrections in the database applied (:func:`quotelens.correcting.corrected_shown`).

Notes:
    ``?article=`` only names files inside ``corpus/``; anything else (``../``, an absolute path,
    a name longer than a file name can be) is refused with a plain message. Files of ``corpus/``
    are the operator's: small ones are read in the server process, larger ones in a worker.
    What a visitor uploads or pastes lives in their session only (the last
    :data:`MAX_UPLOADS`), is read in a worker process with a time limit while the page shows
    progress, and is found again through the digest of its bytes, which only that session holds.
"""

from __future__ import annotations

import dataclasses
import os
import time
import uuid
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from quotelens import correcting, ui
from quotelens.analysis import Analyser, AnalysisTimeout, Job, digest
from quotelens.article import Article, load_article
from quotelens.markup import plain, safe_text
from quotelens.textio import MAX_BYTES, ArticleInputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_ARTICLE = "trump-putin-meeting.txt"
ARTICLE = ui.ARTICLE  # "corpus:<file name>" or "upload:<digest>"
ARTICLE_PICK = "ql_article_pick"  # the sidebar chooser's widget key
UPLOADS = "ql_uploads"  # {digest: (name, bytes)}, oldest first
MAX_UPLOADS = 5
UNTITLED = digest(b"", has_title=False).removeprefix(digest(b""))  # how a key says "no headline"
IN_PROCESS_MAX_BYTES = 256 * 1024  # corpus files up to this size are read in the server process
MAX_NAME_BYTES = 255  # longer cannot be a file name


def corpus_dir() -> Path:
    env = os.environ.get("QUOTELENS_CORPUS")
    if env:
        return Path(env)
    here = Path.cwd() / "corpus"
    return here if here.is_dir() else Path(__file__).resolve().parent.parent / "corpus"


def list_corpus() -> list[str]:
    d = corpus_dir()
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def default_article() -> str:
    """The article a session opens on: the default article when the collection holds it, else the
    collection's first (a collection of one's own articles, ``QUOTELENS_CORPUS``)."""
    names = list_corpus()
    return DEFAULT_ARTICLE if DEFAULT_ARTICLE in names or not names else names[0]


def safe_corpus_path(name: str) -> Path:
    """The file ``name`` inside ``corpus/``; raises ``ValueError`` (a plain sentence) for anything else."""
    refused = ValueError("that is not the name of an article in this collection")
    if not name or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES or "\x00" in name:
        raise refused
    if name != Path(name).name or name.startswith("."):
        raise refused
    try:
        base = corpus_dir().resolve()
        path = (base / name).resolve()
        if path.parent != base or not path.is_file() or path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise refused
    except OSError as exc:
        raise refused from exc
    return path


@st.cache_resource(show_spinner=False)
def analyser() -> Analyser:
    """The server's one analyser (``QUOTELENS_ANALYSIS_TIMEOUT`` seconds per article, 60 by default)."""
    timeout = float(os.environ.get("QUOTELENS_ANALYSIS_TIMEOUT", "60"))
    function = os.environ.get("QUOTELENS_ANALYSE")  # tests and benchmarks inject a stand-in engine
    if function:
        module, _, attr = function.partition(":")
        return Analyser(getattr(__import__(module, fromlist=[attr]), attr), timeout=timeout)
    return Analyser(timeout=timeout)


# ---------------------------------------------------------------------- the URL
def init_from_url(page: str = "") -> None:
    """On a session's first run: the article, speaker and quotation the link names; later, where Back went."""
    if ARTICLE in st.session_state:
        follow_url(page)
        return
    st.session_state[ui.PAGE_SEEN] = page
    asked = st.query_params.get("article")
    wanted = asked or default_article()
    stems = [n for n in list_corpus() if Path(n).stem == wanted]
    if len(stems) == 1:
        wanted = stems[0]  # "?article=trump-putin-meeting" names the .txt file as well
    try:
        safe_corpus_path(wanted)
        st.session_state[ARTICLE] = f"corpus:{wanted}"
    except ValueError:
        shown = default_article()
        st.session_state[ARTICLE] = f"corpus:{shown}"
        if asked:  # (no link asked: an empty collection, whose page says so)
            ui.notice(
                "warning",
                f"This link asks for an article called {plain(asked, 120)}, which is not in the collection, "
                "so the "
                + ("default article" if shown == DEFAULT_ARTICLE else "collection's first article")
                + " is shown instead.",
            )
    speaker = st.query_params.get("speaker") or None
    st.session_state[ui.SPEAKER] = speaker
    st.session_state[ui.QUOTE] = st.query_params.get("quote") or None
    if st.query_params.get("kind") or st.query_params.get("q"):  # the Reader's filters, from a shared link
        filters = {k: str(st.query_params.get(k)) for k in ("kind", "q") if st.query_params.get(k)}
        st.session_state[ui.FILTERS_FROM_URL] = (filters.get("kind"), filters.get("q"))
        st.session_state[ui.FILTERS_URL] = filters  # as the link says them, until the Reader reads them
    st.session_state["ql_speaker_from_url"] = speaker
    st.session_state["ql_session"] = uuid.uuid4().hex
    if not st.session_state.get(ui.NOTICES):  # a link that asked for something else is rewritten
        ui.remember_opening_url()


def follow_url(page: str) -> None:
    """After the browser's Back or Forward: show what the URL it went to says (article, speaker, quotation, and
    the Reader's filters, which the Reader applies when it is drawn)."""
    moved = ui.url_moved(page)
    if moved is None:
        return
    wanted = moved.get("article")
    if wanted:
        try:
            safe_corpus_path(wanted)
            st.session_state[ARTICLE] = f"corpus:{wanted}"
        except ValueError:
            pass  # not a file of the collection: the article shown stays, and the URL is rewritten
    st.session_state[ui.SPEAKER] = moved.get("speaker")
    st.session_state[ui.QUOTE] = moved.get("quote")
    # the Reader's filters as that URL had them (none: every kind, no search)
    st.session_state[ui.FILTERS_FROM_URL] = (moved.get("kind"), moved.get("q"))
    st.session_state[ui.FILTERS_URL] = {k: moved[k] for k in ("kind", "q") if moved.get(k)}


def carry_url_over(pages: list[Any]) -> None:
    """Before ``st.navigation``, on a switch of page: the address bar's query string, said again. Streamlit drops
    it on a switch; said only after the switch (:func:`ui.write_url`), it made a second history entry whenever the
    browser drew the new page's address before our message came (one run in two): ``/Reader``, then
    ``/Reader?speaker=…``, and Back to the bare one dropped the selection. Said before the navigation message, it
    equals the address bar (no entry), and the switch pushes the new page with it: one entry."""
    shown, ctx = st.session_state.get(ui.URL_SHOWN), get_script_run_ctx()
    if not shown or ctx is None or ctx.is_history_navigation or ui.url_now():
        return
    paths = {page._script_hash: page.url_path for page in pages}
    if paths.get(ctx.page_script_hash, st.session_state.get(ui.PAGE_SEEN)) != st.session_state.get(ui.PAGE_SEEN):
        st.query_params.from_dict(shown)


# ---------------------------------------------------------------------- the chooser
def set_article(option: str) -> None:
    if option != st.session_state.get(ARTICLE):
        st.session_state[ARTICLE] = option
        st.session_state[ui.QUOTE] = None
        ui.select_speaker(None)


def _article_picked() -> None:
    set_article(str(st.session_state[ARTICLE_PICK]))


def sidebar(uploads: bool = True, page: str = "") -> None:
    """The article chooser (and with ``uploads``, the upload and the paste box) on ``page`` (its url path);
    keeps ``?article=``, ``?speaker=`` and ``?quote=`` current, and follows them after Back."""
    init_from_url(page)
    labels = {f"corpus:{n}": n for n in list_corpus()}
    labels |= {f"upload:{k}": f"⬆ {name} (yours)" for k, (name, _) in st.session_state.get(UPLOADS, {}).items()}
    options = list(labels)
    if st.session_state[ARTICLE] not in options and options:
        set_article(options[0])
    with st.sidebar:
        st.markdown("### Article")
        if options:
            st.session_state[ARTICLE_PICK] = st.session_state[ARTICLE]
            st.selectbox(
                "Article",
                options,
                key=ARTICLE_PICK,
                format_func=labels.__getitem__,
                on_change=_article_picked,
                label_visibility="collapsed",
            )
        if st.session_state[ARTICLE].startswith("upload:"):  # (a shared link would open another article)
            st.caption(
                "Your own text stays in this browser tab only: reloading the page or opening a link to it shows the "
                "default article again, and a link cannot show it to anyone else. Download its tables to keep them."
            )
        if uploads:
            _upload_widgets()
    ui.write_url()


def upload_limits_note(article_mb: int, box_mb: int) -> str:
    """What the upload box takes and what quotelens reads, in one sentence beside Streamlit's own "…MB per file"
    (``server.maxUploadSize`` is above the article limit on purpose: a larger file is then refused in words)."""
    if box_mb <= article_mb:
        return f"One article, up to {box_mb} MB."
    return (
        f"One article is read up to {article_mb} MB: the box takes files up to {box_mb} MB, "
        "and a larger article is refused with the reason."
    )


def _upload_widgets() -> None:
    limit = MAX_BYTES // (1024 * 1024)
    analyser().warm()  # a first text is read as fast as the next
    file = st.file_uploader(
        "…or upload one (.txt, .md, .html)",
        type=["txt", "md", "html", "htm"],
        help=f"For a folder of articles, or one over {limit} MB, use `quotelens extract`. Your last {MAX_UPLOADS} "
        "texts stay in this session; links to them cannot be shared.",
        key="ql_file",
    )
    st.caption(upload_limits_note(limit, int(st.get_option("server.maxUploadSize"))))
    if file is not None and st.session_state.get("ql_file_seen") != file.file_id:
        st.session_state["ql_file_seen"] = file.file_id
        accept(file.getvalue(), file.name)
    # A form sends the text with the click: a text area outside one commits on blur, in a run of its own
    # that can swallow the button's click (streamlit/streamlit#8725), so the first "Read" was sometimes lost.
    with st.expander("…or paste text"), st.form("ql_paste_form", border=False):
        pasted = st.text_area("Article text", key="ql_paste", height=150)
        titled = st.checkbox(
            "The first line is the headline",
            value=True,
            key="ql_paste_titled",
            help="Off when the text starts with the story itself: its first paragraph is then counted as the story's.",
        )
        if st.form_submit_button("Read pasted text", key="ql_paste_go"):
            first = next((line.strip() for line in pasted.splitlines() if line.strip()), "")
            if not first:  # said beside the box (on a phone the open sidebar hides the page) and as a toast
                empty = "The pasted text is empty: paste an article first. Nothing was read."
                st.error(empty)  # (which a short window can scroll below the fold)
                st.toast(empty, icon=":material/error:", duration="long")
            else:
                accept(pasted.encode("utf-8"), f"pasted: {first[:40]}", has_title=titled)


def accept(data: bytes, name: str, has_title: bool = True) -> None:
    """Keep an upload or a paste in the session and show it (it is read when the page asks for it;
    ``has_title=False``: its first line is not the headline, which the key says: :func:`digest`)."""
    if not data.strip():
        ui.notice("error", f"{plain(name)} is empty. Nothing was read; the article shown is unchanged.")
        return
    key = digest(data, name, has_title=has_title)
    uploads: dict[str, tuple[str, bytes]] = st.session_state.setdefault(UPLOADS, {})
    previous = st.session_state.get(ARTICLE, "")
    if previous.startswith("upload:") and previous[7:] != key:
        analyser().release(previous[7:], st.session_state["ql_session"])  # nobody waits for it any more
    uploads.pop(key, None)
    uploads[key] = (name, data)
    while len(uploads) > MAX_UPLOADS:
        uploads.pop(next(iter(uploads)))
    st.session_state["ql_before_upload"] = previous
    set_article(f"upload:{key}")
    st.rerun()


# ---------------------------------------------------------------------- reading the current article
def page(title: str, caption: str | None = None) -> ui.Shown:
    """An article page's top: its heading, messages, and the article (the page stops when there is none)."""
    st.markdown(f"# {title}")
    if caption:
        st.caption(caption)
    shown = article()
    if shown is not None:
        ui.warn_unknown_quotation(shown)
        ui.warn_unknown_speaker(shown)
    ui.show_notices()
    if shown is None:
        st.stop()
    return shown


def article() -> ui.Shown | None:
    """The article the session shows, read (or found) with progress; None when it cannot be read."""
    option = st.session_state.get(ARTICLE) or f"corpus:{default_article()}"
    if option.startswith("upload:"):
        return _uploaded(option[7:])
    try:
        path = safe_corpus_path(option[7:])
    except ValueError as exc:
        st.error(f"The article could not be read: {safe_text(str(exc))}.")
        return None
    stat = path.stat()
    key = f"file:{path.name}:{stat.st_size}:{stat.st_mtime_ns}"
    try:
        if stat.st_size <= IN_PROCESS_MAX_BYTES:
            article = analyser().local(key, lambda: load_article(path, name=path.stem))
        else:
            job = analyser().submit(key, path.read_bytes(), path.name, st.session_state["ql_session"])
            article = dataclasses.replace(_wait(job, path.name), name=path.stem)
    except Exception as exc:
        st.error(f"The article {plain(path.name)} could not be read: {_reason(exc, path.name)}")
        return None
    return correcting.corrected_shown(ui.Shown(key, article))


def _uploaded(key: str) -> ui.Shown | None:
    name, data = st.session_state.get(UPLOADS, {}).get(key, (None, b""))
    if name is None:
        set_article(f"corpus:{default_article()}")
        st.rerun()
    placeholder = "upload" + os.path.splitext(name.lower())[1]
    options = {"has_title": False} if key.endswith(UNTITLED) else None
    job = analyser().submit(key, data, placeholder, st.session_state["ql_session"], options)
    try:
        article = _wait(job, name)
    except Exception as exc:
        st.session_state[UPLOADS].pop(key, None)
        back = st.session_state.pop("ql_before_upload", "") or f"corpus:{default_article()}"
        still = "the article you were reading is still shown" if back != f"upload:{key}" else "the default is shown"
        ui.notice("error", f"{plain(name)} was not loaded: {_reason(exc, name, placeholder)} Nothing is lost: {still}.")
        set_article(back if back != f"upload:{key}" else f"corpus:{default_article()}")
        st.rerun()
    return correcting.corrected_shown(ui.Shown(key, dataclasses.replace(article, name=Path(name).stem)))


def _reason(exc: BaseException, name: str, placeholder: str | None = None) -> str:
    if isinstance(exc, AnalysisTimeout):
        limit = analyser().timeout
        return (
            f"reading it took longer than {limit:.0f} s, so it was stopped to keep the dashboard quick for everyone. "
            "Try a shorter text, or the command line (`quotelens extract FILE`), which has no time limit."
        )
    message = str(exc)
    for prefix in [f"{p}: " for p in (placeholder, name) if p]:  # the message names the file, as the sentence does
        if message.startswith(prefix):
            message = message[len(prefix) :]
            break
    if isinstance(exc, ArticleInputError):
        return safe_text(message) + "."
    ui.log_exception(exc)  # AnalysisFailed, or a bug: the visitor gets a sentence, the log the details
    return "it could not be read here (the error has been logged)."


def _usually(t: float, expected: float) -> str:
    """The time a text this long usually takes, said so that a slow reading does not look stuck."""
    if t <= expected:
        return f"about {expected:.0f} s"
    return f"usually about {expected:.0f} s: the server is busy"


# While a new article is read, what the page drew for the one before (everything below the progress bar,
# marked stale by Streamlit until this run draws over it) is hidden: it could be read as the new one's.
# (A block, an expander or a bordered box, holding no element of this run is hidden too: Streamlit only greys it.)
HIDE_PREVIOUS = (
    '<style>[data-testid="stMain"] [data-stale="true"],'
    '[data-testid="stMain"] [data-testid="stLayoutWrapper"]:not(:has([data-stale="false"]))'
    "{display:none !important}</style>"
    '<p class="ql-reading-note"><small>The article shown before is hidden while this one is read.</small></p>'
)


def _wait(job: Job, name: str) -> Article:
    """The job's result, showing progress until it is there (raises what the job raised)."""
    if not job.future.done():
        expected = 1.0 + job.size / 350_000  # the engine reads ~0.35 MB/s
        bar = st.progress(0.0, text=f"Reading {plain(name)}…")
        veil = st.empty()
        veil.html(HIDE_PREVIOUS)
        try:
            while not job.future.done():
                if job.state == "waiting":
                    bar.progress(0.0, text=f"Waiting for a free worker to read {plain(name)}…")
                else:
                    t = job.running_for()
                    limit = analyser().timeout
                    bar.progress(
                        min(0.95, t / expected),
                        text=f"Reading {plain(name)}: {t:.0f} s ({_usually(t, expected)}; stopped after {limit:.0f} s)",
                    )
                time.sleep(0.25)
        finally:
            bar.empty()
            veil.empty()
    article: Article = job.future.result()
    return article
