"""The dashboard's corrections database, through Streamlit's own connection API.

In: ``.streamlit/secrets.toml`` (or Community Cloud's secrets), section ``[connections.corrections]``
with a SQLAlchemy ``url`` (or ``dialect``, ``host``, ``username`` ...); without it,
``$QUOTELENS_DB`` or SQLite in the user's data folder. Out: the SQLAlchemy engine of
``st.connection("corrections", type="sql")`` (cached by Streamlit for every session), a
:class:`~quotelens.corrections.db.CorrectionStore` on it, and the current article corrected.

Example ``secrets.toml`` for a hosted app::

    [connections.corrections]
    url = "postgresql+psycopg://USER:PASSWORD@HOST:5432/DBNAME?sslmode=require"
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from sqlalchemy import Engine

from quotelens.article import Article
from quotelens.corrections import Corrected, corrected
from quotelens.corrections.db import CorrectionStore, database_url, prepare_engine

CONNECTION = "corrections"


def _secret_section(name: str) -> dict[str, Any]:
    if not st.secrets.load_if_toml_exists():
        return {}
    section = st.secrets.get("connections", {}).get(name, {})
    return dict(section) if section else {}


def streamlit_engine(name: str = CONNECTION) -> Engine:
    """The engine of ``st.connection(name, type="sql")``: the secrets' database, else SQLite in a file.

    A secrets URL written ``postgresql://`` is given the psycopg driver (see
    :func:`~quotelens.corrections.db.database_url`).
    """
    section = _secret_section(name)
    if not section:
        conn = st.connection(name, type="sql", url=database_url().render_as_string(hide_password=False))
    elif "url" in section:
        conn = st.connection(name, type="sql", url=database_url(str(section["url"])).render_as_string(False))
    else:
        conn = st.connection(name, type="sql")  # dialect/host/username... as Streamlit reads them
    return prepare_engine(conn.engine)


def streamlit_store(name: str = CONNECTION) -> CorrectionStore:
    return CorrectionStore(streamlit_engine(name))


def session_label() -> str:
    """This browser session's id, recorded with each correction (which session made it)."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
    except ImportError:  # pragma: no cover - Streamlit moved it
        return ""
    return ctx.session_id if ctx is not None else ""


def corrected_article(article: Article, store: CorrectionStore | None = None) -> Corrected:
    """``article`` with the corrections of its text applied (and those for another text counted)."""
    return corrected(article, store or streamlit_store())
