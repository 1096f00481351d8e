"""The installed package (not only the source tree) carries its data: Streamlit Community Cloud
installs it with ``pip install .`` from requirements.txt, so a file left out of package-data would
be missing there while every local (editable) run passes."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["quotelens"]
    data = sorted(p.relative_to(ROOT / "quotelens").as_posix() for p in (ROOT / "quotelens" / "data").iterdir())
    assert data, "quotelens/data holds the lexicon and the model weights"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert missing == []
