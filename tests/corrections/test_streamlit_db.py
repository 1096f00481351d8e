"""The dashboard's store: Streamlit's st.connection("corrections", type="sql"), from secrets or a default file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture(autouse=True)
def _keep_main_module():
    """AppTest installs its script as ``__main__`` and leaves it: processes spawned by later tests
    (Dask's workers) would run that script. Put the real one back."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


def _app() -> None:
    import streamlit as st

    from quotelens import load_article
    from quotelens.corrections import add_quotation, apply_corrections, article_digest, correct
    from quotelens.corrections.streamlit_db import corrected_article, session_label, streamlit_engine, streamlit_store

    engine = streamlit_engine()
    st.text(engine.url.render_as_string(hide_password=True))
    st.text(str(streamlit_engine() is engine))  # Streamlit caches the connection for every session
    article = load_article("“We will win,” Ana Ruiz said. Bo Li disagreed.", name="tiny")
    store = streamlit_store()
    view = corrected_article(article, store)
    if view.article.quotes.empty:
        store.save(add_quotation(view, ((0, 5),), speaker="Ana Ruiz", session=session_label()))
    else:
        store.save(correct(view, 0, kind="mixed", session=session_label()))
    again = apply_corrections(article, store.for_article(article_digest(article.text)))
    st.text(f"{len(again.history)} {again.article.quotes['corrected'].sum()}")


def _run(secrets: dict | None = None) -> list[str]:
    at = AppTest.from_function(_app, default_timeout=60)
    if secrets:
        at.secrets["connections"] = secrets
    at.run()
    assert not at.exception, at.exception
    return [t.value for t in at.text]


def test_without_secrets_it_is_sqlite_in_the_configured_file(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "dash.sqlite3"))
    url, cached, counts = _run()
    assert url == f"sqlite:///{tmp_path / 'dash.sqlite3'}" and cached == "True"
    assert (tmp_path / "dash.sqlite3").is_file()  # created on first use
    assert counts == "1 1"  # one correction, one corrected row
    assert _run()[2] == "2 1"  # a second session sees the first one's correction and adds its own


def test_a_secrets_url_points_it_at_postgresql(postgres_url: str):
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")  # as a hosting service writes it
    url, _, first = _run({"corrections": {"url": plain}})
    assert url.startswith("postgresql+psycopg://quotelens@127.0.0.1:")
    assert first == "1 1"
    assert _run({"corrections": {"url": plain}})[2] == "2 1"
