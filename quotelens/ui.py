"""Streamlit glue shared by every page: the article chooser, cached loading, linked selection.

In: the session (``st.session_state``) and the URL (``st.query_params``). Out: the
current :class:`~quotelens.article.Article` and the selected speaker, kept in both
places so that a copied link opens the same view.

Notes:
    ``?article=`` only names files inside ``corpus/``; anything else (``../``, an
    absolute path) is refused with a message. Uploaded and pasted articles live in
    the session only: a link to them cannot be shared, and the page says so.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from quotelens.article import Article, load_article
from quotelens.corpus import CorpusTables, extract_corpus, read_corpus, read_tables
from quotelens.textio import MAX_BYTES, ArticleInputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_ARTICLE = "trump-putin-meeting.txt"
_ARTICLE = "ql_article"  # name of a corpus file, or "upload:<name>"
_UPLOAD = "ql_upload"  # (name, bytes) of the uploaded or pasted article
_SPEAKER = "ql_speaker"


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


def safe_corpus_path(name: str) -> Path:
    """The file ``name`` inside ``corpus/``; raises ``ValueError`` for anything that would leave it."""
    if not name or name != Path(name).name or name.startswith(".") or "\x00" in name:
        raise ValueError(f"article {name!r} is not a file name in corpus/")
    base = corpus_dir().resolve()
    path = (base / name).resolve()
    if path.parent != base or not path.is_file() or path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ValueError(f"article {name!r} is not in corpus/")
    return path


@st.cache_data(show_spinner="Reading the article…", max_entries=32)
def load_corpus_article(name: str) -> Article:
    return load_article(safe_corpus_path(name), name=Path(name).stem)


@st.cache_data(show_spinner="Reading the article…", max_entries=16)
def load_uploaded_article(data: bytes, name: str) -> Article:
    return load_article(data, name=name)


def _init_from_url() -> None:
    if _ARTICLE not in st.session_state:
        wanted = st.query_params.get("article", DEFAULT_ARTICLE)
        stems = [n for n in list_corpus() if Path(n).stem == wanted]
        if len(stems) == 1:
            wanted = stems[0]  # "?article=trump-putin-meeting" names the .txt file as well
        try:
            safe_corpus_path(wanted)
            st.session_state[_ARTICLE] = wanted
        except ValueError as exc:
            st.session_state[_ARTICLE] = DEFAULT_ARTICLE
            st.session_state["ql_url_error"] = str(exc)
    if _SPEAKER not in st.session_state:
        st.session_state[_SPEAKER] = st.query_params.get("speaker") or None


def _sync_url() -> None:
    current = st.session_state.get(_ARTICLE, DEFAULT_ARTICLE)
    if not current.startswith("upload:"):
        st.query_params["article"] = current
    elif "article" in st.query_params:
        del st.query_params["article"]
    speaker = st.session_state.get(_SPEAKER)
    if speaker:
        st.query_params["speaker"] = speaker
    elif "speaker" in st.query_params:
        del st.query_params["speaker"]


def page(title: str, icon: str) -> Article | None:
    """Set up a page: its config, the sidebar chooser and its heading; returns the article (or None)."""
    st.set_page_config(page_title=f"{title} · quotelens", page_icon=icon, layout="wide")
    article = choose_article()
    st.markdown(f"# {title}")
    return article


def choose_article(allow_upload: bool = False) -> Article | None:
    """Sidebar article chooser; returns the current article (None if it cannot be read)."""
    _init_from_url()
    url_error = st.session_state.pop("ql_url_error", None)
    if url_error:
        st.error(f"The link asked for {url_error}; showing the default article instead.")
    options = list_corpus()
    upload = st.session_state.get(_UPLOAD)
    if upload:
        options = [*options, f"upload:{upload[0]}"]
    current = st.session_state.get(_ARTICLE, DEFAULT_ARTICLE)
    if current not in options and options:
        current = options[0]
    with st.sidebar:
        st.markdown("### Article")
        choice = st.selectbox(
            "Article",
            options,
            index=options.index(current) if current in options else 0,
            format_func=lambda o: f"⬆ {o[7:]} (yours)" if o.startswith("upload:") else o,
            label_visibility="collapsed",
        )
        if allow_upload:
            _upload_widgets()
    if choice != st.session_state.get(_ARTICLE):
        st.session_state[_ARTICLE] = choice
        st.session_state[_SPEAKER] = None
    _sync_url()
    return current_article()


def _upload_widgets() -> None:
    limit = MAX_BYTES // (1024 * 1024)
    file = st.file_uploader(
        "…or upload one (.txt, .md, .html)",
        type=["txt", "md", "html", "htm"],
        help=f"Up to {limit} MB. The text stays in this session; links to it cannot be shared.",
        key="ql_file",
    )
    if file is not None and st.session_state.get("ql_file_seen") != file.file_id:
        st.session_state["ql_file_seen"] = file.file_id
        _accept_upload(file.getvalue(), file.name)
    with st.expander("…or paste text"):
        pasted = st.text_area("Article text (first line = headline)", key="ql_paste", height=150)
        if st.button("Read pasted text", key="ql_paste_go"):
            _accept_upload(pasted.encode("utf-8"), "pasted text")


def _accept_upload(data: bytes, name: str) -> None:
    if not data.strip():
        st.session_state["ql_upload_error"] = f"{name}: the file is empty, there is nothing to read"
        return
    try:
        load_uploaded_article(data, name)  # errors name the file as the user knows it
    except ArticleInputError as exc:
        st.session_state["ql_upload_error"] = str(exc)
        return
    st.session_state[_UPLOAD] = (name, data)
    st.session_state[_ARTICLE] = f"upload:{name}"
    st.session_state[_SPEAKER] = None
    st.rerun()


def current_article() -> Article | None:
    err = st.session_state.pop("ql_upload_error", None)
    if err:
        st.error(f"That file was not loaded: {err}. The article shown is unchanged.")
    current = st.session_state.get(_ARTICLE, DEFAULT_ARTICLE)
    try:
        if current.startswith("upload:") and st.session_state.get(_UPLOAD):
            name, data = st.session_state[_UPLOAD]
            return load_uploaded_article(data, name)
        return load_corpus_article(current)
    except (ArticleInputError, ValueError) as exc:
        st.error(f"The article could not be read: {exc}")
        return None


def selected_speaker() -> str | None:
    _init_from_url()
    value = st.session_state.get(_SPEAKER)
    return value if isinstance(value, str) and value else None


def select_speaker(name: str | None) -> None:
    st.session_state[_SPEAKER] = name or None
    _sync_url()


def show_notes(article: Article) -> None:
    for note in article.notes:
        st.caption(f"ℹ️ {note}")


def speaker_picker(speakers: list[str], container: object = st) -> str | None:
    """The "Speaker" select box, preset from the linked selection; returns the choice (None = all)."""
    options = ["All speakers", *speakers]
    chosen = selected_speaker()
    pick = container.selectbox("Speaker", options, index=options.index(chosen) if chosen in options else 0)  # type: ignore[attr-defined]
    select_speaker(None if pick == "All speakers" else pick)
    return None if pick == "All speakers" else str(pick)


def corpus_sources() -> list[str]:
    """What the corpus page can show: the ``corpus/`` folder itself and its sub-folders of CLI Parquet output."""
    d = corpus_dir()
    subs = (
        sorted(p.name for p in d.iterdir() if p.is_dir() and (p / "articles.parquet").is_file()) if d.is_dir() else []
    )
    return ["corpus/", *subs]


def _folder_signature(folder: Path) -> tuple[tuple[str, int, float], ...]:
    return tuple(
        (p.name, p.stat().st_size, p.stat().st_mtime)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


@st.cache_data(show_spinner="Extracting every article of the corpus (about 90 articles a second)…", max_entries=4)
def _corpus_tables(folder: str, signature: tuple[tuple[str, int, float], ...]) -> CorpusTables:
    return extract_corpus(read_corpus(folder))


@st.cache_data(show_spinner="Reading the corpus tables…", max_entries=4)
def _parquet_tables(folder: str, signature: tuple[tuple[str, int, float], ...]) -> CorpusTables:
    return read_tables(folder)


def load_corpus_tables(source: str) -> CorpusTables:
    """Tables for one of :func:`corpus_sources` (extraction is cached per folder content)."""
    base = corpus_dir()
    if source == "corpus/":
        return _corpus_tables(str(base), _folder_signature(base))
    folder = (base / source).resolve()
    if folder.parent != base.resolve() or not (folder / "articles.parquet").is_file():
        raise ValueError(f"{source!r} is not a corpus folder inside corpus/")
    sig = tuple((p.name, p.stat().st_size, p.stat().st_mtime) for p in sorted(folder.glob("*.parquet")))
    return _parquet_tables(str(folder), sig)


def open_in_reader(file_name: str) -> None:
    """Make ``file_name`` (a file in corpus/) the current article and go to the Reader."""
    safe_corpus_path(file_name)
    st.session_state[_ARTICLE] = file_name
    st.session_state[_SPEAKER] = None
    st.query_params["article"] = file_name
    st.switch_page("pages/1_Reader.py")
