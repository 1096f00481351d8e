"""quotelens stays in small units: no module over ~400 lines, no function over 60 (issue 20).

The lists below are a ratchet: the units not split yet. They may only shrink; a unit that grows past
its size here, or a new one over the limits, fails. (Cyclomatic complexity is ruff's C901 / PLR0915,
with the same kind of list in pyproject.toml.)
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "quotelens"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60

# module -> its line count today
LONG_MODULES: dict[str, int] = {}
# (module, function) -> its line count today
LONG_FUNCTIONS: dict[tuple[str, str], int] = {}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_no_module_is_longer_than_its_limit():
    too_long = {}
    for rel, src in _modules():
        lines = len(src.splitlines())
        if lines > LONG_MODULES.get(rel, MAX_MODULE_LINES):
            too_long[rel] = lines
    assert too_long == {}


def test_no_function_is_longer_than_its_limit():
    too_long = {}
    for rel, src in _modules():
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1  # type: ignore[operator]
                if lines > LONG_FUNCTIONS.get((rel, node.name), MAX_FUNCTION_LINES):
                    too_long[(rel, node.name)] = lines
    assert too_long == {}


def test_the_ratchet_lists_only_units_that_are_still_long():
    """A unit split below the limit leaves the list (so that it cannot grow back unnoticed); today the
    list is empty: every module and function of the whole package is within the limits."""
    sources = dict(_modules())
    still_long = {rel for rel, lines in LONG_MODULES.items() if len(sources[rel].splitlines()) > MAX_MODULE_LINES}
    assert still_long == set(LONG_MODULES)
    assert {key for key in LONG_FUNCTIONS if _longest(sources[key[0]], key[1]) > MAX_FUNCTION_LINES} == set(
        LONG_FUNCTIONS
    )
    assert len(sources) > 100  # (the whole package is read: its subpackages too)


def _longest(source: str, name: str) -> int:
    sizes = [
        n.end_lineno - n.lineno + 1  # type: ignore[operator]
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.FunctionDef) and n.name == name
    ]
    return max(sizes, default=0)
