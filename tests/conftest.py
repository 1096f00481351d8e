"""Shared fixtures: the repository root, the default article, small written articles."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTELENS_SHARED", ROOT.parent / "shared"))
DEFAULT_ARTICLE = ROOT / "corpus" / "trump-putin-meeting.txt"


def pytest_configure(config: pytest.Config) -> None:
    """Readers' corrections made by the tests (AppTest pages, the browser tests' servers, which
    inherit the environment) go to a throw-away SQLite file, never the user's or the repository's;
    so does the corpus cache."""
    folder = tempfile.mkdtemp(prefix="quotelens-test-db-")
    os.environ["QUOTELENS_DB"] = str(Path(folder) / "corrections.sqlite3")
    # the Corpus page's cache of extracted corpora: one for the session (the AppTest and the browser
    # tests of the 924-article corpus share its entry), never the user's ~/.cache
    os.environ["QUOTELENS_CACHE"] = str(Path(folder) / "corpus-cache")


@pytest.fixture(scope="session")
def default_article():
    from quotelens import load_article

    return load_article(DEFAULT_ARTICLE)


@pytest.fixture(scope="session")
def scorer():
    """The shared scorer module (../shared/eval/score_attributions.py)."""
    path = SHARED / "eval"
    if not (path / "score_attributions.py").is_file():
        pytest.fail(f"the shared scorer is missing at {path}: the repository must sit beside shared/")
    sys.path.insert(0, str(path))
    import score_attributions

    return score_attributions
