"""Shared fixtures: the repository root, the default article, small written articles."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# No test is timed: hypothesis's default 200 ms deadline per example failed on a loaded machine (318 ms once,
# 1.7 ms on the next run); speed is measured side by side by benchmarks/, never asserted here.
settings.register_profile("quotelens", deadline=None)
settings.load_profile("quotelens")

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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``--dist loadgroup`` keeps the tests of one ``xdist_group`` on one worker by a suffix of their
    node ids (``...@group``). pytest-xdist 3.8 writes it to ``item._nodeid``, which pytest 9.2 no longer
    reads (its ids are structured, ``item._id``: pytest-xdist issue 1386), so every group was split over
    the workers and the 924-article corpus was extracted twice at once. Where the suffix did not take,
    it is written where pytest reads it (a no-op with a pytest-xdist that sets it)."""
    if not getattr(config.option, "loadgroup", False):
        return
    from _pytest.nodeid import coerce_node_id

    for item in items:
        marks = item.iter_markers("xdist_group")
        groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in marks})
        suffix = "@" + "_".join(groups)
        if groups and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
            item._id = coerce_node_id(item.nodeid + suffix)


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
