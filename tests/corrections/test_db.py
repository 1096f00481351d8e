"""The corrections database on SQLite and PostgreSQL: saving, reading, schema, and no lost writes."""

from __future__ import annotations

import dataclasses
import multiprocessing
import threading
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, update
from sqlalchemy.exc import IntegrityError

from quotelens.corrections import (
    Correction,
    CorrectionStore,
    apply_corrections,
    article_digest,
    correct,
    engine_for,
    history_table,
)
from quotelens.corrections.db import SCHEMA_VERSION, database_url, ensure_schema, meta_table, schema_version
from quotelens.corrections.model import effective
from tests.corrections import hammer

DIGEST = article_digest("some text")


def test_schema_is_created_on_first_use_and_versioned(db_url):
    engine = engine_for(db_url)
    assert schema_version(engine) is None
    store = CorrectionStore(engine)
    assert schema_version(engine) == SCHEMA_VERSION
    assert {"quotelens_meta", "quotelens_corrections"} <= set(inspect(engine).get_table_names())
    assert store.all() == []
    CorrectionStore(engine_for(db_url))  # a second store on an existing schema changes nothing
    assert schema_version(engine) == SCHEMA_VERSION


def test_a_database_from_a_newer_quotelens_is_refused(db_url):
    engine = engine_for(db_url)
    CorrectionStore(engine)
    with engine.begin() as conn:
        conn.execute(update(meta_table).values(value=str(SCHEMA_VERSION + 1)))
    with pytest.raises(RuntimeError, match="schema version 2"):
        ensure_schema(engine)


def test_saved_corrections_come_back_as_they_were(db_url):
    store = CorrectionStore(engine_for(db_url))
    c = Correction(
        DIGEST,
        "10-20;30-40",
        speaker="Ana Ruiz",
        speaker_type="person",
        source_words=((2, 3),),
        kind="mixed",
        not_quote=False,
        content_words=((4, 6), (9, 12)),
        note="she said it, not him",
        author="anna",
        session="s1",
        article_name="story",
        original_speaker="Bo Li",
        original_kind="direct",
        original_text="words …",
    )
    none = Correction(DIGEST, "50-60", source_words=(), speaker_type="anonymous")
    assert store.save(c, none) == 2
    back = store.for_article(DIGEST)
    assert [b.uid for b in back] == [c.uid, none.uid]
    assert back[0].seq > 0 and back[1].seq > back[0].seq
    assert back[0] == dataclasses.replace(c, seq=back[0].seq)  # every field as it was
    assert back[1] == dataclasses.replace(none, seq=back[1].seq)
    assert back[1].source_words == () and back[1].not_quote is None


def test_saving_twice_adds_nothing(db_url):
    store = CorrectionStore(engine_for(db_url))
    a, b = Correction(DIGEST, "1-2", kind="direct"), Correction(DIGEST, "3-4", kind="indirect")
    assert store.save(a) == 1
    assert store.save(a, b) == 1  # a is there already: only b is new
    assert len(store.all()) == 2


def test_reading_by_article_many_articles_and_other_texts(db_url):
    store = CorrectionStore(engine_for(db_url))
    other = article_digest("some text, edited")
    store.save(
        Correction(DIGEST, "1-2", kind="direct", article_name="story"),
        Correction(other, "1-2", kind="mixed", article_name="story"),
        Correction(other, "5-9", kind="mixed", article_name="story"),
    )
    assert [c.kind for c in store.for_article(DIGEST)] == ["direct"]
    many = store.for_articles([DIGEST, other, article_digest("never corrected")])
    assert sorted(len(v) for v in many.values()) == [1, 2]
    assert store.other_text("story", DIGEST) == 2
    assert store.other_text("story", other) == 1
    assert store.other_text("", DIGEST) == 0
    assert store.latest(other) > store.latest(DIGEST) > 0
    assert store.latest(article_digest("never corrected")) == 0


def test_a_connection_keeps_the_callers_transaction(db_url):
    engine = engine_for(db_url)
    with engine.connect() as conn:
        trans = conn.begin()
        store = CorrectionStore(conn)
        store.save(Correction(DIGEST, "1-2", kind="direct"))
        assert len(store.for_article(DIGEST)) == 1
        trans.rollback()
    assert CorrectionStore(engine).for_article(DIGEST) == []
    with engine.connect() as conn:
        CorrectionStore(conn).save(Correction(DIGEST, "1-2", kind="direct"))  # no transaction: committed
    assert len(CorrectionStore(engine).for_article(DIGEST)) == 1


def test_two_processes_correcting_the_same_quotations_lose_nothing(db_url):
    CorrectionStore(engine_for(db_url))
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    workers = [ctx.Process(target=hammer.correct_many, args=(db_url, name, start)) for name in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    _check_nothing_lost(CorrectionStore(engine_for(db_url)), ["a", "b"])


def test_two_threads_on_one_engine_lose_nothing(db_url):
    engine = engine_for(db_url)
    CorrectionStore(engine)
    start = threading.Barrier(2)
    threads = [threading.Thread(target=hammer.correct_many, args=(db_url, name, start, engine)) for name in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    _check_nothing_lost(CorrectionStore(engine), ["a", "b"])


def _check_nothing_lost(store: CorrectionStore, names: list[str]) -> None:
    rows = store.for_article(hammer.DIGEST)
    assert len(rows) == len(names) * hammer.EDITS
    for name in names:
        mine = [c for c in rows if c.author == name]
        assert sorted(int(c.note) for c in mine) == list(range(hammer.EDITS))
    in_force = effective(rows)
    assert set(in_force) == set(hammer.KEYS)
    for key, c in in_force.items():
        last = max((r for r in rows if r.quote == key), key=Correction.sort_key)
        assert c.speaker == last.speaker  # the last write wins ...
        earlier = {r.author for r in rows if r.quote == key}
        assert earlier == set(names)  # ... and both sessions' corrections stay in the history


def test_the_last_of_two_sessions_wins_and_the_other_stays_in_history(db_url, article):
    store = CorrectionStore(engine_for(db_url))
    view = apply_corrections(article, [])
    group = 0
    engine_speaker = article.quotes.loc[article.quotes["group"] == group, "speaker"].iloc[0]
    assert engine_speaker not in {"Vladimir Putin", "Sergey Lavrov"}  # both corrections change it
    first = correct(view, group, speaker="Vladimir Putin", author="anna", session="s1")
    second = correct(view, group, speaker="Sergey Lavrov", author="bo", session="s2")
    kind = correct(view, group, kind="direct", author="anna", session="s1")
    store.save(first)
    store.save(second)
    store.save(kind)
    fixed = apply_corrections(article, store.for_article(article_digest(article.text)))
    row = fixed.article.quotes[fixed.article.quotes["group"] == group].iloc[0]
    assert (row["speaker"], row["kind"]) == ("Sergey Lavrov", "direct")  # both sessions' changes stick
    history = history_table(fixed, group)
    assert list(history["author"]) == ["anna", "bo", "anna"]
    assert list(history["latest"]) == [False, False, True]
    assert set(history["engine_speaker"]) == {engine_speaker}


def test_the_database_url_comes_from_the_argument_the_environment_or_a_user_folder(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("QUOTELENS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = database_url()
    assert default.drivername == "sqlite"
    assert Path(str(default.database)) == tmp_path / "data" / "quotelens" / "corrections.sqlite3"
    monkeypatch.setenv("QUOTELENS_DB", str(tmp_path / "mine" / "c.db"))
    assert Path(str(database_url().database)) == tmp_path / "mine" / "c.db"
    assert (tmp_path / "mine").is_dir()  # created on first use
    assert database_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.db").database == "x.db"
    package = Path(__file__).resolve().parents[2] / "quotelens"
    assert package not in Path(str(default.database)).parents


def test_the_schema_version_row_is_written_once(db_url):
    engine = engine_for(db_url)
    CorrectionStore(engine)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(meta_table), [{"key": "corrections_schema", "value": "1"}])
