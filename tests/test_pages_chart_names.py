"""A speaker's name on the bar charts' axis is broken onto two lines where it is longer than its room: at 390 px
"Donald Trump and Vladimir Putin" read "Donald Trump and Vladim…" on Who said what. The test evaluates the very
expression the spec sends, with Vega's functions written in Python."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from quotelens import charts, views


def _label(expr: str, label: str, width: float) -> object:
    """Vega's value of ``expr`` (one ``test ? a : b``) for an axis label in a chart ``width`` px wide."""
    test, _, rest = expr.partition(" ? ")
    yes, _, no = rest.partition(" : ")
    scope = {
        "floor": math.floor,
        "clamp": lambda v, lo, hi: min(max(v, lo), hi),
        "containerSize": lambda: [width, 300],
        "length": len,
        "substring": lambda s, a, b=None: s[max(a, 0) : None if b is None else max(b, 0)],
        "lastindexof": lambda s, sub: s.rfind(sub),
        "datum": SimpleNamespace(label=label),
    }
    test = test.replace("&&", " and ").replace("!(", " not (")
    python = f"({yes}) if ({test}) else ({no})"
    return eval(python, scope)  # (the test's own expression, with the functions above only)


def _name_axis(default_article) -> dict:
    order, colours = views.speaker_order(default_article), views.colours_for(default_article)
    spec = charts.who_said_what(views.words_by_speaker(default_article), order, colours)
    found = [e["y"]["axis"] for e in _encodings(spec) if e.get("y", {}).get("field") == "speaker"]
    assert found
    return found[0]


def _encodings(spec: dict) -> list[dict]:
    return [spec.get("encoding", {}), *(e for layer in spec.get("layer", []) for e in _encodings(layer))]


@pytest.mark.parametrize("width", [358, 1100])
def test_a_long_name_is_broken_at_a_space_and_a_short_one_kept(default_article, width):
    axis = _name_axis(default_article)
    expr = axis["labelExpr"]
    room = math.floor(min(max(width * 0.4, 96), 220) / 6.5)
    assert _label(expr, "Sergey Lavrov", width) == "Sergey Lavrov"
    long = "Donald Trump and Vladimir Putin" + (" and their advisers at the summit" if width > 600 else "")
    lines = _label(expr, long, width)
    assert isinstance(lines, list) and len(lines) == 2 and " ".join(lines) == long, lines
    assert len(lines[0]) <= room
    raised = axis["labelOffset"]["expr"].replace("datum.value", "datum.label")  # (by half a line: centred)
    assert _label(raised, long, width) < 0 and _label(raised, "Sergey Lavrov", width) == 0
    assert _label(expr, "Supercalifragilisticexpialidocious-Smithers", width) == (
        "Supercalifragilisticexpialidocious-Smithers"  # no space to break at: cut by labelLimit, as before
    )


def test_the_corpus_chart_breaks_its_names_too():
    import pandas as pd

    spec = charts.top_speakers(pd.DataFrame({"speaker": ["Donald Trump and Vladimir Putin"], "quotations": [3]}))
    assert spec["encoding"]["y"]["axis"]["labelExpr"] == charts.NAME_AXIS["labelExpr"]
