"""The speakers package ships: a wheel built from pyproject.toml finds every subpackage and data file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[2]


def test_package_discovery_includes_every_subpackage():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    find = config["tool"]["setuptools"]["packages"]["find"]
    found = set(find_packages(str(ROOT), include=find["include"]))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "quotelens").rglob("__init__.py")}
    assert "quotelens.speakers" in found
    assert on_disk <= found


def test_the_public_names_stay_importable_from_quotelens_speakers():
    from quotelens.speakers import SpeakerChoice, SpeakerResult, SpeakerType, resolve_speakers

    assert {t.value for t in SpeakerType} >= {"person", "organisation", "media", "group", "document", "anonymous"}
    assert callable(resolve_speakers) and SpeakerChoice and SpeakerResult
