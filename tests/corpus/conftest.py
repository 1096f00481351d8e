"""Helpers for the corpus tests: small corpora in every input kind, the CLI in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, SHARED

DEV = SHARED / "polnear" / "dev"
# the tests that read ``dev_parquet`` share one pytest-xdist worker, so that it is made once
DEV_PARQUET = pytest.mark.xdist_group("polnear-dev-parquet")


@pytest.fixture(scope="session")
def dev_parquet(tmp_path_factory):
    """PolNeAR dev run once in this process with the default options (Parquet): its report and its
    folder, for the tests that only read them (a test that changes the output works on a copy)."""
    from quotelens.corpus import run_corpus

    out = tmp_path_factory.mktemp("dev-parquet") / "out"
    return run_corpus([DEV], out), out


ROWS = [
    {"title": "Council Votes", "text": "“We did it,” Mayor Ann Lee said.", "subject": "politics", "date": "2017-07-07"},
    {
        "title": "Budget Passes",
        "text": "Lee said the budget would pass in July.",
        "subject": "politics",
        "date": "2017-07-14",
    },
]


def write_corpus(folder: Path, kind: str, texts: list[str]) -> Path:
    """``texts`` as a corpus of ``kind`` (csv, jsonl, parquet: one row each, no title; folder: one file each)."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "folder":
        for n, text in enumerate(texts):
            (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
        return folder
    path = folder / f"corpus.{kind}"
    rows = [{"text": t} for t in texts]
    if kind == "csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    elif kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        pd.DataFrame(rows).to_parquet(path)
    return path


def cli(*args: object, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``quotelens extract ARGS`` in a fresh process (what a user sees on stderr, tracebacks included)."""
    return subprocess.run(
        [sys.executable, "-m", "quotelens.cli", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


def every_cell(tables: dict[str, pd.DataFrame]) -> str:
    """All the text of all tables, to look for what must not be there."""
    return "\n".join(df.astype(str).to_csv(index=False) for df in tables.values())
