"""The corpus package ships in the wheel: a package that ``pyproject.toml`` does not name is left out."""

from __future__ import annotations

import fnmatch
import tomllib

from tests.conftest import ROOT


def test_every_quotelens_package_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = config["tool"]["setuptools"].get("packages", {"find": {}})
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "quotelens").rglob("__init__.py")}
    if isinstance(declared, list):  # named one by one
        missing = packages - set(declared)
    else:  # found by discovery: every package must match an include pattern
        include = declared.get("find", {}).get("include", ["*"])
        missing = {p for p in packages if not any(fnmatch.fnmatch(p, pattern) for pattern in include)}
    assert "quotelens.corpus" in packages and not missing, missing
