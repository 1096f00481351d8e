"""An on-disk cache of extracted corpora: a restarted dashboard opens a corpus it has read before
without extracting every article again.

In: a folder's article and ``.meta.toml`` files, the readers' corrections version, and this code.
Out: the :class:`~quotelens.corpus.CorpusTables` the Corpus page showed for exactly those, or None.

The key is the SHA-256 of the engine's fingerprint (every file of the ``quotelens`` package, its code
and its models, so a new version or a retrained model never reads an old entry), the corrections
version, and each file's name and content digest (copies of a corpus share an entry; a changed byte
does not). An entry is a folder of Arrow IPC tables plus ``meta.json`` (files refused, dtypes),
written beside and renamed into place, so a reader never sees half of one. Where:
``$QUOTELENS_CACHE``, else ``$XDG_CACHE_HOME/quotelens`` or ``~/.cache/quotelens`` (else the
temporary folder); the newest :data:`KEEP` entries are kept. A cache that cannot be written or read
is passed over: the corpus is then extracted as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from quotelens.corpus.tables import TABLES, CorpusTables
from quotelens.corpus.writers import read_part, write_part

KEEP = 8  # entries kept (each a few MB for a thousand articles)
PACKAGE = Path(__file__).resolve().parent.parent


def cache_dir() -> Path:
    """``$QUOTELENS_CACHE``, else the user's cache folder, else the temporary folder (as the corrections
    database's :func:`~quotelens.corrections.db.default_path`)."""
    if os.environ.get("QUOTELENS_CACHE"):
        return Path(os.environ["QUOTELENS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    home = Path(base) / "quotelens"
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir()) / f"quotelens-cache-{os.getuid()}"
    return home


@cache
def engine_fingerprint() -> str:
    """SHA-256 over every file of the package (code, lexicons, model weights), read once per process."""
    h = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(f"{path.relative_to(PACKAGE).as_posix()} {path.stat().st_size}\n".encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def corpus_key(files: Iterable[Path], version: tuple[str, int]) -> str:
    """The key of a corpus: this engine, this corrections version, these files' names and contents."""
    h = hashlib.sha256(f"{engine_fingerprint()}\n{version[0]}\n{version[1]}\n".encode())
    for path in sorted(files, key=lambda p: p.name):
        h.update(f"{path.name} {hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return h.hexdigest()


def load(key: str) -> CorpusTables | None:
    """The tables cached under ``key``, or None (none there, or unreadable)."""
    entry = cache_dir() / key
    try:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        frames = {n: read_part(entry / f"{n}.arrow").to_pandas().astype(meta["dtypes"][n]) for n in TABLES}
        os.utime(entry)  # (recently used: kept longest)
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return None
    return CorpusTables(**frames, errors=[str(e) for e in meta["errors"]])


def save(key: str, tables: CorpusTables) -> None:
    """Cache ``tables`` under ``key`` (silently nothing when the cache cannot be written)."""
    root = cache_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".writing-", dir=root))
        for name, df in tables.tables().items():
            write_part(df, staging / f"{name}.arrow")
        meta = {"errors": tables.errors, "dtypes": {n: _dtypes(df) for n, df in tables.tables().items()}}
        (staging / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        staging.rename(root / key)
    except (OSError, ValueError, pa.ArrowException):
        shutil.rmtree(staging if "staging" in locals() else root / ".none", ignore_errors=True)
        return
    _prune(root)


def _dtypes(df: pd.DataFrame) -> dict[str, str]:
    """Each column's dtype by name, so that it comes back exactly (Arrow reads strings back on its own storage)."""
    return {str(c): f"string[{t.storage}]" if isinstance(t, pd.StringDtype) else str(t) for c, t in df.dtypes.items()}


def _prune(root: Path) -> None:
    entries = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")), key=_mtime)
    for old in entries[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def cached(files: list[Path], version: tuple[str, int], extract: Callable[[], CorpusTables]) -> CorpusTables:
    """The corpus's tables from the cache, else ``extract()``-ed and cached."""
    try:
        key = corpus_key(files, version)
    except OSError:  # a file vanished while hashed: extract what is there now, cache nothing
        return extract()
    found = load(key)
    if found is not None:
        return found
    tables = extract()
    save(key, tables)
    return tables
