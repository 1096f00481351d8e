"""Corrections in a database, through SQLAlchemy: SQLite in a file by default, any SQLAlchemy URL.

In: a SQLAlchemy ``Engine`` or ``Connection`` (the CLI makes one with :func:`engine_for`; the
dashboard gets Streamlit's, see :mod:`.streamlit_db`). Out: :class:`CorrectionStore`, which
saves corrections and reads them back by article.

Design:
    * Append only. Every correction is a new row (with a unique ``uid``); nothing is updated or
      deleted, so two sessions, threads or processes writing at once cannot lose each other's
      writes, and the history of a quotation is its rows in time order. Which correction is in
      force is decided when reading (:func:`~quotelens.corrections.model.effective`): the later
      one wins for what it sets.
    * The schema is created on first use (``checkfirst``, retried once when another process
      creates it at the same moment) and its version kept in ``quotelens_meta``; a database
      written by a newer quotelens is refused with a message rather than misread.
    * SQLite: WAL journal and a 30 s busy timeout, so readers never block the writer and two
      writers wait for each other instead of failing.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from quotelens.corrections.model import Correction, as_row, from_row

SCHEMA_VERSION = 1
ENV_VAR = "QUOTELENS_DB"

metadata = MetaData()
meta_table = Table(
    "quotelens_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(255), nullable=False),
)
corrections_table = Table(
    "quotelens_corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(32), nullable=False, unique=True),
    Column("article", String(64), nullable=False, index=True),
    Column("article_name", String(255), nullable=False, index=True),
    Column("quote", Text, nullable=False),
    Column("op", String(8), nullable=False),
    Column("speaker", Text),
    Column("speaker_type", String(16)),
    Column("source_words", String(64)),
    Column("kind", String(16)),
    Column("not_quote", Boolean),
    Column("content_words", Text),
    Column("note", Text, nullable=False),
    Column("author", String(255), nullable=False),
    Column("session", String(64), nullable=False),
    Column("original_speaker", Text),
    Column("original_kind", String(16)),
    Column("original_text", Text),
    Column("created_at", String(32), nullable=False),
)

T = TypeVar("T")


def default_path() -> Path:
    """Where the SQLite file goes: the user's data folder, else the temporary folder (never the package)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    for folder in (Path(base) / "quotelens", Path(tempfile.gettempdir()) / f"quotelens-{os.getuid()}"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder / "corrections.sqlite3"
    raise OSError("no writable folder for the corrections database: set QUOTELENS_DB to a path or a URL")


def database_url(value: str | None = None) -> URL:
    """The database to use: ``value``, else ``$QUOTELENS_DB``, else SQLite in :func:`default_path`.

    Either may be a SQLAlchemy URL (``postgresql+psycopg://user:pw@host/db``) or a file path;
    ``postgresql://`` means the psycopg (3) driver, the one the ``postgres`` extra installs.
    """
    value = value or os.environ.get(ENV_VAR) or str(default_path())
    if "://" not in value:
        path = Path(value).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))
    url = make_url(value)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def engine_for(value: str | None = None) -> Engine:
    """A SQLAlchemy engine for :func:`database_url` (the CLI's way in), prepared for concurrent use."""
    engine = create_engine(database_url(value))
    prepare_engine(engine)
    return engine


_prepared: weakref.WeakSet[Engine] = weakref.WeakSet()
_ensured: weakref.WeakSet[Engine] = weakref.WeakSet()
_prepared_lock = threading.Lock()


def prepare_engine(engine: Engine) -> Engine:
    """Give a SQLite engine its WAL journal and busy timeout (once per engine; others as they are)."""
    with _prepared_lock:
        if engine in _prepared:
            return engine
        _prepared.add(engine)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        engine.pool.dispose()  # connections opened before the listeners get them too
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 starts transactions itself, late, and not for SAVEPOINT: let SQLAlchemy
    # say BEGIN instead, so that a caller's transaction (and its rollback) covers our writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _retry(action: Callable[[], T], attempts: int = 5) -> T:
    """Run ``action``, again after a pause when the database was busy (SQLite's 'database is locked')."""
    for n in range(attempts):
        try:
            return action()
        except OperationalError as exc:
            if n == attempts - 1 or "locked" not in str(exc).lower():
                raise
            time.sleep(0.05 * 2**n)
    raise AssertionError("unreachable")


@contextmanager
def _transaction(bind: Engine | Connection, write: bool) -> Iterator[Connection]:
    """A connection in a transaction: a new one committed at the end (an engine, or a connection
    outside any transaction), or a savepoint inside the caller's transaction for a write."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    elif not bind.in_transaction():
        with bind.begin():
            yield bind
    elif write:
        with bind.begin_nested():
            yield bind
    else:
        yield bind


class CorrectionStore:
    """Corrections saved in and read from one database (an ``Engine``, or a ``Connection`` whose
    transaction the caller owns: writes then go into a savepoint of it)."""

    def __init__(self, bind: Engine | Connection) -> None:
        self.bind = bind
        if isinstance(bind, Connection):
            ensure_schema(bind)
            return
        prepare_engine(bind)
        if bind not in _ensured:  # once per engine: a page makes a store on every rerun
            ensure_schema(bind)
            _ensured.add(bind)

    def _conn(self, write: bool = False) -> AbstractContextManager[Connection]:
        return _transaction(self.bind, write)

    def save(self, *corrections: Correction) -> int:
        """Store corrections (already stored ones, by ``uid``, are skipped); returns how many were new."""
        rows = [_db_row(c) for c in corrections]
        if not rows:
            return 0
        try:
            return _retry(lambda: self._insert(rows))
        except IntegrityError:  # some were there already (an import run twice): one at a time
            return sum(_retry(lambda r=r: self._insert_new(r)) for r in rows)  # type: ignore[misc]

    def _insert(self, rows: list[dict[str, Any]]) -> int:
        with self._conn(write=True) as conn:
            conn.execute(insert(corrections_table), rows)
        return len(rows)

    def _insert_new(self, row: dict[str, Any]) -> int:
        try:
            return self._insert([row])
        except IntegrityError:
            return 0

    def for_article(self, digest: str) -> list[Correction]:
        """Every correction of the text with this digest, oldest first."""
        return self._select(corrections_table.c.article == digest)

    def for_articles(self, digests: Iterable[str]) -> dict[str, list[Correction]]:
        """Corrections of many texts at once (a corpus run): {digest: [corrections]}; texts without any are absent."""
        wanted = sorted(set(digests))
        out: dict[str, list[Correction]] = {}
        for k in range(0, len(wanted), 500):  # bounded IN lists
            for c in self._select(corrections_table.c.article.in_(wanted[k : k + 500])):
                out.setdefault(c.article, []).append(c)
        return out

    def other_text(self, name: str, digest: str) -> int:
        """How many corrections were made on another text of an article with this name."""
        if not name:
            return 0
        t = corrections_table
        query = select(func.count()).where(t.c.article_name == name, t.c.article != digest)
        with self._conn() as conn:
            return int(conn.execute(query).scalar_one())

    def all(self) -> list[Correction]:
        return self._select(None)

    def latest(self, digest: str) -> int:
        """The highest row number of this text's corrections (0 if none): a cache key that changes on every save."""
        t = corrections_table
        with self._conn() as conn:
            return int(
                conn.execute(select(func.coalesce(func.max(t.c.seq), 0)).where(t.c.article == digest)).scalar_one()
            )

    def version(self) -> int:
        """The highest row number of all corrections (0 if none): a corpus's cache key."""
        t = corrections_table
        with self._conn() as conn:
            return int(conn.execute(select(func.coalesce(func.max(t.c.seq), 0))).scalar_one())

    def _select(self, where: Any) -> list[Correction]:
        t = corrections_table
        query = select(t).order_by(t.c.created_at, t.c.seq)
        if where is not None:
            query = query.where(where)
        with self._conn() as conn:
            return [from_row(dict(r._mapping)) for r in conn.execute(query)]


def _db_row(c: Correction) -> dict[str, Any]:
    row = as_row(c)
    row.pop("seq")  # the database numbers rows
    return row


def schema_version(bind: Engine | Connection) -> int | None:
    """The schema version recorded in the database (None before the schema exists)."""
    query = select(meta_table.c.value).where(meta_table.c.key == "corrections_schema")
    with _transaction(bind, write=False) as conn:
        if not inspect(conn).has_table(meta_table.name):
            return None
        value = conn.execute(query).scalar_one_or_none()
    return int(value) if value is not None else None


def ensure_schema(bind: Engine | Connection) -> int:
    """Create the tables if they are missing and record the schema version; returns it.

    Raises:
        RuntimeError: the database was written by a newer quotelens (a higher schema version).
    """
    for attempt in range(3):
        try:
            _create(bind)
            break
        except DBAPIError:  # another process created it at the same moment: look again
            if attempt == 2:
                raise
            time.sleep(0.1)
    version = schema_version(bind)
    if version is not None and version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the corrections database has schema version {version}; this quotelens reads version "
            f"{SCHEMA_VERSION}: upgrade quotelens"
        )
    return version or SCHEMA_VERSION


def _create(bind: Engine | Connection) -> None:
    with _transaction(bind, write=True) as conn:
        metadata.create_all(conn)
    if schema_version(bind) is None:
        try:
            with _transaction(bind, write=True) as conn:
                conn.execute(insert(meta_table), [{"key": "corrections_schema", "value": str(SCHEMA_VERSION)}])
        except IntegrityError:
            pass  # written by another process meanwhile
