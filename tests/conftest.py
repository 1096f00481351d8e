"""Shared fixtures: the repository root, the default article, small written articles."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTELENS_SHARED", ROOT.parent / "shared"))
DEFAULT_ARTICLE = ROOT / "corpus" / "trump-putin-meeting.txt"


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
