"""How each table of the pages is laid out: which columns show at first and how wide, so that a table fits the
main column of a desk (940 px beside the sidebar at 1,400 px, 920 inside the table's frame) and its long texts
wrap instead of running off.

In: a table's name (as :meth:`quotelens.ui.Shown.table` names it, or the Corpus page's) and its column names. Out:
the keyword arguments of ``st.dataframe`` — ``column_config`` (a width for each column it knows, the rarely used
columns hidden) and ``row_height`` (three lines of text, which lets Streamlit wrap them).

Notes:
    A hidden column is not gone: the table's toolbar (its "Show/hide columns" button, shown on hovering or touching
    the table) lists it, and the downloads hold every column. On a phone the table scrolls sideways (a pinned
    first column was tried: Streamlit greys a pinned column's text). The names are the pages' readable headers
    (:mod:`quotelens.readable`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

WRAPPED_ROW = 70  # px: three lines of a cell's text (Streamlit wraps text only in rows taller than 4 rem)

# px for each column a table shows at first; a table's columns not named here are hidden at first
LAYOUTS: dict[str, dict[str, int]] = {
    "evidence": {  # the Reader's: beside a 35 px selection box; its card holds the source as written
        "speaker": 100,
        "cue": 70,
        "words": 180,
        "kind": 85,
        "how the speaker was found": 100,
        "evidence": 275,  # three wrapped lines: some 130 characters of the rule and the model's reasons
        "confidence": 75,
    },
    "quotes to read": {  # Who said what's: stance and relays have charts of their own above it
        "speaker": 110,
        "cue": 80,
        "words": 250,
        "kind": 100,
        "source as written": 130,
        "how the speaker was found": 165,
        "confidence": 75,
    },
    "list": {  # the Speaker timeline's
        "speaker": 110,
        "cue": 80,
        "quotation": 280,
        "kind": 100,
        "relayed by": 110,
        "source as written": 130,
        "confidence": 75,
    },
    "speakers": {  # the pairs' members ("speaking together") are rare: behind the picker
        "speaker": 140,
        "kind": 90,
        "quotations": 90,
        "words quoted": 105,
        "times mentioned": 120,
        "also called": 110,
        "roles and descriptions": 190,
    },
    "corpus articles": {
        "article": 150,
        "title": 250,
        "date": 95,
        "source": 120,
        "byline": 100,
        "quotations": 90,
        "speakers quoted": 115,
    },
    "corpus hits": {"open": 140, "article": 150, "speaker": 120, "kind": 100, "stance": 90, "words": 300},
}
WRAPPED = {"words", "quotation", "evidence", "title", "how the speaker was found", "roles and descriptions"}
# tables given more rows in sight than Streamlit's default height: the Reader's evidence, whose wrapped rows are
# ticked to select a quotation (ten in sight, as when they were one line, so the ticked one stays in view; a cell
# shows its whole text when clicked). One line a row cut its evidence after some 30 characters.
ROWS_IN_SIGHT = {"evidence": 10}
HEADER = 35  # px: st.dataframe's header row


def hidden_columns(name: str, columns: Iterable[str]) -> list[str]:
    """The columns of table ``name`` hidden at first (none for a table this module does not lay out)."""
    shown = LAYOUTS.get(name)
    return [] if shown is None else [c for c in columns if c not in shown]


def layout(name: str, columns: Iterable[str], config: dict[str, Any] | None = None) -> dict[str, Any]:
    """``st.dataframe`` keyword arguments for table ``name`` with ``columns`` ({} for a table not laid out here);
    ``config``: column configurations of the page's own (a link column), which keep their label and kind."""
    widths = LAYOUTS.get(name)
    if widths is None:
        return {"column_config": config} if config else {}
    columns = list(columns)
    out: dict[str, Any] = {}
    for column in columns:
        base = dict((config or {}).get(column) or {})
        base |= {"width": widths[column]} if column in widths else {"hidden": True}
        out[column] = base
    wraps = any(c in WRAPPED and c in widths for c in columns)
    tall = {"height": HEADER + ROWS_IN_SIGHT[name] * WRAPPED_ROW} if wraps and name in ROWS_IN_SIGHT else {}
    return {"column_config": out} | ({"row_height": WRAPPED_ROW} if wraps else {}) | tall


ROW = 35  # px: a row of st.dataframe, one line high
FIT_CAP = 12  # rows in sight at most in a table sized to its rows


def fit_height(rows: int, cap: int = FIT_CAP, row: int = ROW) -> int:
    """The height (px) of an ``st.dataframe`` showing all its ``rows`` of ``row`` px (at most ``cap``, then it
    scrolls): the default height showed ten rows, and cut a sixth row under a horizontal scroll bar."""
    return HEADER + row * max(1, min(rows, cap)) + 3  # (+3: borders, so the last row is not cut)


def fitted(name: str, columns: Iterable[str], rows: int, config: dict[str, Any] | None = None) -> dict[str, Any]:
    """:func:`layout` with the height of all ``rows`` in sight (:func:`fit_height`, wrapped rows as tall as
    they are drawn)."""
    out = layout(name, columns, config)
    row = int(out.get("row_height", ROW))
    return out | {"height": fit_height(rows, FIT_CAP if row <= ROW else FIT_CAP * 2 // 3, row)}  # (tall rows: fewer)


def picker_tip(name: str, columns: Iterable[str]) -> str:
    """What a caption under table ``name`` says of its hidden columns, and where to show them ("" for none)."""
    hidden = hidden_columns(name, columns)
    if not hidden:
        return ""
    return f"More columns ({', '.join(hidden)}): the eye button at the table's top right (hover or touch the table)."
