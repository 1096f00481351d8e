"""The installed package (not only the source tree) carries its data: Streamlit Community Cloud
installs it with ``pip install .`` from requirements.txt, so a file left out of package-data would
be missing there while every local (editable) run passes."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["quotelens"]
    data = sorted(p.relative_to(ROOT / "quotelens").as_posix() for p in (ROOT / "quotelens" / "data").iterdir())
    assert data, "quotelens/data holds the lexicon and the model weights"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert missing == []


def _build_wheel(tmp_path: Path) -> set[str]:
    """The names inside a wheel built by pip from a copy of the source tree (as ``pip install .`` does)."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "quotelens", src / "quotelens", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path / "wheel"
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--quiet", "--wheel-dir", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    (wheel,) = out.glob("quotelens-*.whl")
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())


def test_the_wheel_carries_every_subpackage_module_and_data_file(tmp_path):
    inside = _build_wheel(tmp_path)
    source = ROOT / "quotelens"
    packages = sorted(p.parent.relative_to(ROOT).as_posix() for p in source.rglob("__init__.py"))
    assert {"quotelens/attribution", "quotelens/attribution/frames", "quotelens/attribution/passes"} <= set(packages)
    missing_packages = [p for p in packages if f"{p}/__init__.py" not in inside]
    assert missing_packages == []
    files = [
        p.relative_to(ROOT).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]
    assert any(f.startswith("quotelens/data/") for f in files)
    missing = sorted(f for f in files if f not in inside)
    assert missing == []
