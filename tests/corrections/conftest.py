"""Databases for the corrections tests: SQLite in a file, and a real PostgreSQL server.

The PostgreSQL server is a throw-away cluster started for the test session from Debian's
``postgresql`` package (``make test`` installs it when missing, as it does Chromium): ``initdb``
and ``pg_ctl`` from ``/usr/lib/postgresql/<version>/bin`` in a temporary folder, on a free port
of 127.0.0.1, as the ``postgres`` user when the tests run as root (PostgreSQL refuses to run as
root). Each test gets a fresh database on it. Missing PostgreSQL fails the tests: never skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from quotelens import load_article

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ARTICLE = ROOT / "corpus" / "trump-putin-meeting.txt"


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    pytest.fail(
        "PostgreSQL is not installed: run `make test` (it installs Debian's postgresql) or apt-get install postgresql"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root needs the 'postgres' user (created by Debian's postgresql package)")
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of a PostgreSQL server started for this test session (stopped and removed after)."""
    bindir = _pg_bin()
    home = Path(tempfile.mkdtemp(prefix="quotelens-pg-"))
    data, log = home / "data", home / "server.log"
    if os.geteuid() == 0:
        ids = pwd.getpwnam("postgres")
        os.chown(home, ids.pw_uid, ids.pw_gid)
    port = _free_port()
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    try:
        subprocess.run(
            _as_server_user(
                [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "quotelens", "-E", "UTF8", "--no-sync"]
            ),
            **run,  # type: ignore[arg-type]
        )
        options = f"-F -p {port} -k {home} -c listen_addresses=127.0.0.1"
        subprocess.run(
            _as_server_user(
                [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"]
            ),
            **run,  # type: ignore[arg-type]
        )
    except subprocess.CalledProcessError as exc:
        server_log = log.read_text() if log.exists() else ""
        shutil.rmtree(home, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc.stderr}\n{server_log}")
    try:
        yield f"postgresql+psycopg://quotelens@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{postgres_server}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each database test runs on SQLite (a file) and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "corrections.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(scope="session")
def article():
    return load_article(DEFAULT_ARTICLE)
