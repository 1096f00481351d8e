"""Streamlit glue for readers' corrections: the corrected article for every page, the Reader's
correction form, the history, the downloads and the import.

In: the current article (a :class:`~quotelens.ui.Shown` as :mod:`quotelens.current` read it) and
the corrections database (``st.connection("corrections")``, see
:mod:`quotelens.corrections.streamlit_db`). Out: the article every page shows, corrected, and the
Reader's widgets. The logic is in :mod:`quotelens.corrections` (:mod:`~quotelens.corrections.choices`
for the form); this module only lays it out.

Notes:
    Every page shows :func:`corrected_shown`: its cache key carries the highest row number of the
    article's corrections, so a saved correction is a new key and every view (highlights,
    timeline, who said what, headline panel, downloads) is computed afresh on the next run, in
    every session, and after a restart (the corrections are in the database). When the database
    cannot be read the engine's article is shown with a warning, and nothing can be corrected.
"""

from __future__ import annotations

import dataclasses
import logging

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from quotelens import derived, readable, ui, views
from quotelens.article import Article
from quotelens.corrections import files
from quotelens.corrections.choices import (
    KIND_LABELS,
    NEW_SPEAKER,
    FormStart,
    Picks,
    form_for,
    from_form,
    quotation_label,
    word_choices,
    word_label,
)
from quotelens.corrections.db import CorrectionStore
from quotelens.corrections.edit import history_table, removed, restore, revert
from quotelens.corrections.model import KINDS, Correction, Op, article_digest
from quotelens.corrections.report import Corrected
from quotelens.corrections.streamlit_db import corrected_article, session_label, streamlit_store
from quotelens.corrections.words import Words
from quotelens.formats.bundle import brat_zip, jsonl_bytes, labelstudio_bytes
from quotelens.markup import plain
from quotelens.views import file_stem

_LOG = logging.getLogger("quotelens.dashboard")
GROUP_PICK = "ql_fix_pick"  # the quotation chooser's widget key
AUTHOR = "ql_fix_author"
IMPORTED = "ql_fix_imported"  # the file id of the last corrections file imported


def store() -> CorrectionStore | None:
    try:
        return streamlit_store()
    except (SQLAlchemyError, OSError) as exc:
        _LOG.error("the corrections database cannot be opened", exc_info=exc)
        return None


def database_name(db: CorrectionStore) -> str:
    """The database, as cache keys name it (two databases can have the same row numbers)."""
    return db.bind.engine.url.render_as_string(hide_password=True)


@st.cache_resource(max_entries=64, show_spinner=False)
def _view(key: str, _article: Article, _store: CorrectionStore) -> Corrected:
    """The article's corrections applied, the corrected article drawn in the engine's speaker colours
    (a correction moves no colour)."""
    view = corrected_article(_article, _store)
    return dataclasses.replace(view, article=derived.keeping_colours(view.article, _article))


def corrected_shown(shown: ui.Shown) -> ui.Shown:
    """The article with its readers' corrections (the engine's, with a warning, when the database fails)."""
    db = store()
    try:
        if db is None:
            raise OSError("no database")
        digest = article_digest(shown.article.text)
        version = (db.latest(digest), db.other_text(shown.article.name, digest))
        key = f"{shown.key}|corrections:{database_name(db)}:{version[0]}:{version[1]}"
        return ui.Shown(key, *_pair(_view(key, shown.article, db)))
    except (SQLAlchemyError, OSError) as exc:
        _LOG.error("the corrections could not be read", exc_info=exc)
        st.warning("Readers' corrections cannot be read right now: the article is shown as the engine read it.")
        return shown


def _pair(view: Corrected) -> tuple[Article, Corrected]:
    return view.article, view


# ---------------------------------------------------------------------- the form
def correction_form(shown: ui.Shown) -> None:
    """Choose a quotation, correct it, see its history (the Reader)."""
    view, db = shown.view, store()
    if view is None or db is None:
        st.info("Corrections are not available: the corrections database cannot be reached.")
        return
    groups = sorted(int(g) for g in view.article.quotes["group"].unique())
    if groups and ui.quotation_refused() and ui.selected_speaker() is None:
        _quotation_picker_empty(view, groups)  # a link's quotation is not here: none is chosen for the reader
    elif groups:
        group = _quotation_picker(view, groups)
        start = form_for(view, group)
        _form(shown.key, view, db, start)
        _history(view, db, start)
    _restorable(view, db)


def _quotation_picker(view: Corrected, groups: list[int]) -> int:
    """The quotation chooser, drawn from the one quotation selection (``?quote=``, a row picked in the
    evidence table, this chooser): the selected quotation, else the selected speaker's first. The
    choice is the quotation's key, so it stays on the same quotation when a correction renumbers the
    others (and its label shows the correction)."""
    keys = [view.keys[g] for g in groups]
    labels = [quotation_label(view, g) for g in groups]
    quotes = view.article.quotes.drop_duplicates("group").set_index("group")["speaker"]
    speakers = [s if isinstance(s, str) else None for s in (quotes.get(g) for g in groups)]
    at = views.quotation_to_open(keys, speakers, ui.selected_quotation(), ui.selected_speaker())
    st.session_state[GROUP_PICK] = labels[at]
    st.selectbox(
        "Quotation to correct",
        labels,
        key=GROUP_PICK,
        on_change=_quotation_picked,
        args=(dict(zip(labels, keys, strict=True)),),
    )
    return groups[at]


def _quotation_picker_empty(view: Corrected, groups: list[int]) -> None:
    """The quotation chooser with nothing chosen (after a link to a quotation this article does not have)."""
    labels = [quotation_label(view, g) for g in groups]
    st.session_state[GROUP_PICK] = None
    st.selectbox(
        "Quotation to correct",
        labels,
        index=None,
        placeholder="Choose a quotation to correct",
        key=GROUP_PICK,
        on_change=_quotation_picked,
        args=(dict(zip(labels, [view.keys[g] for g in groups], strict=True)),),
    )


def _quotation_picked(key_of: dict[str, str]) -> None:
    ui.select_quotation(key_of.get(str(st.session_state.get(GROUP_PICK))))


def evidence_table(shown: ui.Shown, speaker: str | None, kinds: tuple[str, ...], search: str) -> None:
    """The Reader's evidence table; selecting a row selects its quotation (the correction form opens on it)."""
    view = shown.view
    if view is None:
        shown.table("evidence", readable.evidence_to_read, speaker, kinds, search)
        return
    groups = shown.memo("evidence groups", views.evidence_groups, speaker, kinds, search)
    key = f"ql_evidence_{abs(hash((shown.key, speaker, kinds, search)))}"
    _tick_selected(key, groups, view.keys)
    shown.table(
        "evidence",
        readable.evidence_to_read,
        speaker,
        kinds,
        search,
        key=key,
        on_select=lambda: _evidence_picked(key, groups, view.keys),
        selection_mode="single-row",
    )


def _tick_selected(key: str, groups: list[int], keys: list[str]) -> None:
    """The table's selected row is the selected quotation, however it was chosen (a highlight's link, the
    chooser, Back): Streamlit's programmatic selection, set before the table is drawn."""
    chosen = ui.selected_quotation()
    rows = [i for i, g in enumerate(groups) if keys[g] == chosen][:1]
    now = (st.session_state.get(key) or {}).get("selection", {}).get("rows", [])
    if list(now) != rows:
        st.session_state[key] = {"selection": {"rows": rows, "columns": [], "cells": []}}


def _evidence_picked(key: str, groups: list[int], keys: list[str]) -> None:
    rows = (st.session_state.get(key) or {}).get("selection", {}).get("rows", [])
    if rows and 0 <= rows[0] < len(groups):
        ui.select_quotation(keys[groups[rows[0]]])


def _form(key: str, view: Corrected, db: CorrectionStore, start: FormStart) -> None:
    words = Words(view.article.text)
    choices = word_choices(view, start)
    with st.form(f"ql_fix_{key}_{start.group}", border=True):
        st.caption(f"As the pages show it now: {plain(start.text, 300)}")
        c1, c2 = st.columns(2)
        speaker = c1.selectbox("Who said it", start.options, index=start.options.index(start.speaker))
        new_name = c2.text_input(f"New speaker's name (with “{NEW_SPEAKER}”)", max_chars=120)
        c3, c4 = st.columns(2)
        kind = c3.selectbox(
            "Kind of quotation", KINDS, index=KINDS.index(start.kind), format_func=KIND_LABELS.__getitem__
        )
        not_quote = c4.checkbox("Not a quotation", help="The engine took words for a quotation that are not one.")
        c5, c6 = st.columns(2)
        first = c5.selectbox(
            "Content starts at word",
            choices,
            index=choices.index(start.first_word),
            format_func=lambda n: word_label(words, n),
        )
        last = c6.selectbox(
            "Content ends at word",
            choices,
            index=choices.index(start.last_word),
            format_func=lambda n: word_label(words, n),
        )
        c7, c8 = st.columns(2)
        note = c7.text_input("Note (optional)", max_chars=500)
        author = c8.text_input("Your name (optional)", key=AUTHOR, max_chars=120)
        saved = st.form_submit_button("Save the correction", type="primary")
    if saved:
        picks = Picks(str(speaker), new_name, str(kind), bool(not_quote), int(first), int(last), note)
        try:
            c = from_form(view, start, picks, author=author.strip(), session=session_label())
        except ValueError as exc:
            st.error(f"Not saved: {plain(str(exc), 300)}.")
            return
        if c is None:
            st.info("Nothing was changed, so nothing was saved.")
            return
        _save(db, [c], f"Saved: {plain('; '.join(c.changes()), 300)}. Every page now shows it.")


def _save(db: CorrectionStore, records: list[Correction], message: str) -> None:
    """Save, say ``message`` (``{new}``: how many were new) on the page drawn next, and draw it."""
    try:
        new = db.save(*records)
    except SQLAlchemyError as exc:
        _LOG.error("a correction could not be saved", exc_info=exc)
        st.error("The correction could not be saved: the corrections database did not answer. Try again.")
        return
    ui.notice("info", message.replace("{new}", str(new)))
    st.rerun()


def _history(view: Corrected, db: CorrectionStore, start: FormStart) -> None:
    history = history_table(view, start.group)
    if history.empty:
        st.caption("Nobody has corrected this quotation yet.")
        return
    st.markdown("##### This quotation's history")
    engine = history.iloc[0]
    st.caption(
        f"The engine said: {plain(str(engine['engine_speaker'] or 'nobody named'), 120)}, "
        f"{plain(str(engine['engine_kind']), 20)}: {plain(str(engine['engine_text']), 300)}"
    )
    st.dataframe(history[["when", "author", "change", "note", "latest"]], hide_index=True, width="stretch")
    if start.corrected and st.button("Back to the engine's attribution", key=f"ql_fix_revert_{start.group}"):
        _save(db, [revert(view, start.group, session=session_label())], "Back to the engine's attribution.")


def _restorable(view: Corrected, db: CorrectionStore) -> None:
    gone = removed(view)
    if not gone:
        return
    st.markdown("##### Marked “not a quotation”")
    for c in gone:
        text = plain(c.original_text or c.quote, 120)
        if st.button(f"Restore “{text}”", key=f"ql_fix_restore_{c.quote}"):
            _save(db, [restore(view, c.quote, session=session_label())], "Restored as the engine read it.")


# ---------------------------------------------------------------------- downloads and import
def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def corrections_note(corrections: int, in_force: int) -> str:
    """What the corrections downloads hold, in words: ``corrections`` given for this article (every save,
    taking back included), ``in_force`` quotations that stand corrected now."""
    if not corrections:
        return (
            "No corrections yet: correct a quotation with the form above, and its corrections can be downloaded "
            "here. The corrected attributions below are the engine's until then."
        )
    now = (
        "no quotation stands corrected now (the corrections were taken back)"
        if not in_force
        else f"{_counted(in_force, 'quotation stands', 'quotations stand')} corrected now"
    )
    return f"{_counted(corrections, 'correction', 'corrections')} of this article so far; {now}."


def downloads(shown: ui.Shown) -> None:
    """This article's corrections and the corrected attributions, and importing a corrections file."""
    view, article = shown.view, shown.article
    stem = file_stem(article.name)
    if view is not None:
        standing = sum(c.op is not Op.REVERT for c in view.in_force.values())
        st.caption(corrections_note(len(view.history), standing))
    if view is not None and view.history:  # (no empty files to download)
        c1, c2 = st.columns(2)
        c1.download_button(
            "Corrections (JSON)",
            lambda: files.to_json(view.history).encode("utf-8"),
            f"{stem}-corrections.json",
            "application/json",
            on_click="ignore",
        )
        c2.download_button(
            "Corrections (CSV)",
            lambda: files.to_csv(view.history).encode("utf-8"),
            f"{stem}-corrections.csv",
            "text/csv",
            on_click="ignore",
        )
    st.caption("The corrected attributions, for `score_attributions.py` or an annotation tool:")
    c3, c4, c5 = st.columns(3)
    c3.download_button(
        "Scorer JSONL", lambda: jsonl_bytes(article), f"{stem}.jsonl", "application/jsonl", on_click="ignore"
    )
    c4.download_button(
        "BRAT (.zip)", lambda: brat_zip(article), f"{stem}-brat.zip", "application/zip", on_click="ignore"
    )
    c5.download_button(
        "Label Studio (JSON)",
        lambda: labelstudio_bytes(article, view is not None and bool(view.history)),
        f"{stem}-labelstudio.json",
        "application/json",
        on_click="ignore",
    )
    _import(view)


def _import(view: Corrected | None) -> None:
    db = store()
    if db is None:
        return
    file = st.file_uploader("Import a corrections file (.json or .csv)", type=["json", "csv"], key="ql_fix_import")
    if file is None or st.session_state.get(IMPORTED) == file.file_id:
        return
    st.session_state[IMPORTED] = file.file_id
    try:
        records = files.read_upload(file.name, file.getvalue())
    except ValueError as exc:
        st.error(f"{plain(file.name, 120)} was not imported: {plain(str(exc), 300)}.")
        return
    here = article_digest(view.article.text) if view is not None else ""
    mine = sum(c.article == here for c in records)
    name = plain(file.name, 120)
    read = _counted(len(records), "correction", "corrections")
    _save(db, records, f"{name}: {read} read, {{new}} new, {mine} of them for this article.")
