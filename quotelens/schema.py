"""The columns of the four article tables, written once: name, kind and meaning.

In: nothing. Out: :data:`SCHEMAS` and :func:`validate`, which checks a DataFrame
against its schema and raises a :class:`ValueError` naming the first mismatch.
The README's column tables are generated from here (``python -m quotelens.schema``).

Kinds: ``int`` (int64, no missing), ``Int`` (nullable integer), ``float``, ``str``
(text, no missing), ``str?`` (text or missing), ``bool``.
Every span column is a half-open character offset into ``Article.text``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes
from pandas.arrays import IntegerArray, StringArray

Column = tuple[str, str, str]

PARAGRAPHS: list[Column] = [
    ("id", "int", "paragraph number, 0 = first"),
    ("start", "int", "offset of the first character"),
    ("end", "int", "offset after the last character"),
    ("text", "str", "text[start:end]"),
    ("role", "str", "title, body, boilerplate, heading or byline (only body is searched for quotations)"),
    ("words", "int", "word count"),
]

QUOTES: list[Column] = [
    ("id", "int", "row number; one row per contiguous piece of a quotation"),
    ("group", "int", "quotation number: the pieces of one quotation split around 'X said,' share it"),
    ("paragraph_id", "int", "paragraph holding the piece"),
    ("start", "int", "offset of the piece"),
    ("end", "int", "end offset of the piece"),
    ("text", "str", "text[start:end]"),
    ("kind", "str", "direct (all in quote marks), mixed (reported, with quoted fragments) or indirect"),
    ("cue_text", "str?", "the cue: 'said', 'told', 'according to' ..."),
    ("cue_start", "Int", "offset of the cue"),
    ("cue_end", "Int", "end offset of the cue"),
    ("cue_lemma", "str?", "the cue's lemma: 'claimed' -> 'claim'"),
    ("stance", "str", "what the cue says of the words: neutral, assertive, concessive, denial, hedged, emotive, other"),
    ("mention_text", "str?", "the source as written: 'he', 'the U.S. diplomat', 'Tillerson'"),
    ("mention_start", "Int", "offset of the source mention"),
    ("mention_end", "Int", "end offset of the source mention"),
    ("speaker", "str?", "resolved speaker (canonical name); missing when nobody can be named"),
    ("speaker_type", "str?", "person, organisation, media, group, document or anonymous"),
    ("parent_group", "Int", "the quotation this one is reported inside ('Putin denied X, Tillerson said')"),
    ("via", "str?", "the chain of sources it reaches us through, outermost first, ' → '-joined"),
    (
        "resolution",
        "str",
        "explicit, short name, pronoun, relative pronoun, first person, alias, group, document, anonymous, "
        "unresolved; corrected (by a reader)",
    ),
    ("speaker_sure", "bool", "False when the speaker is a close call or missing: left out of counts by speaker"),
    ("evidence", "str", "how the speaker was found, in words"),
    ("rule", "str", "the frame that found the quotation"),
    ("confidence", "float", "0-1: the confidence model's probability, capped by how surely the speaker was resolved"),
    ("words", "int", "word count of the piece"),
    ("corrected", "bool", "a reader corrected this quotation: its evidence says what changed (quotelens.corrections)"),
]

SPEAKERS: list[Column] = [
    ("id", "int", "speaker number"),
    ("name", "str", "canonical name (the fullest form seen)"),
    ("type", "str", "person, organisation, media, group, document or anonymous"),
    ("aliases", "str", "other forms seen, '; '-separated"),
    ("roles", "str", "titles and descriptions seen ('secretary of state'), '; '-separated"),
    ("mentions", "int", "times named or referred to"),
    ("members", "str", "for people named together as one source ('Trump and Putin agreed'): each name, '; '-separated"),
    ("quotes", "int", "quotations credited in the body (groups)"),
    ("quoted_words", "int", "words in those quotations"),
    ("headline_reports", "int", "reports credited in the headline itself (the writer's claim, not evidence)"),
    ("first_paragraph", "Int", "first paragraph where mentioned or quoted"),
]

MENTIONS: list[Column] = [
    ("id", "int", "row number"),
    ("speaker", "str", "canonical name of the entity referred to"),
    ("speaker_type", "str", "person, organisation, media, group, document or anonymous"),
    ("paragraph_id", "int", "paragraph"),
    ("start", "int", "offset"),
    ("end", "int", "end offset"),
    ("text", "str", "text[start:end]"),
    ("how", "str", "name, short name, pronoun, alias, ..."),
]

SCHEMAS: dict[str, list[Column]] = {
    "paragraphs": PARAGRAPHS,
    "quotes": QUOTES,
    "speakers": SPEAKERS,
    "mentions": MENTIONS,
}

# Text columns use pandas' own string storage: for the small per-article tables it builds three
# times faster than Arrow-backed strings (measured in benchmarks/speed.py) and compares equal to "string".
_STRING = pd.StringDtype("python")
_PANDAS_DTYPES: dict[str, Any] = {
    "int": "int64",
    "Int": "Int64",
    "float": "float64",
    "str": _STRING,
    "str?": _STRING,
    "bool": "bool",
}


def pandas_dtype(kind: str) -> Any:
    """The pandas dtype of a column kind (``"int"``, ``"str?"``, ...), for tables built elsewhere."""
    return _PANDAS_DTYPES[kind]


def empty_table(name: str) -> pd.DataFrame:
    """A table with no rows but every column, typed."""
    return pd.DataFrame({c: pd.Series(dtype=_PANDAS_DTYPES[k]) for c, k, _ in SCHEMAS[name]})


def _strings(values: list[Any]) -> Any:
    """A python-backed string array of ``values`` (str or None): validated in one C pass."""
    return StringArray(np.array(values, dtype=object), dtype=_STRING)  # type: ignore[call-arg]


def _nullable_ints(values: list[Any]) -> Any:
    """An Int64 array of ``values`` (int or None), with its mask built directly."""
    return IntegerArray(
        np.array([0 if v is None else v for v in values], dtype=np.int64),
        np.array([v is None for v in values], dtype=bool),
    )


try:  # (pandas >= 3 names the storage; pandas 2 takes no dtype and stores python strings)
    _strings([])
except TypeError:  # pragma: no cover - pandas 2

    def _strings(values: list[Any]) -> Any:
        return pd.array(values, dtype=_STRING)


_BUILDERS: dict[str, Any] = {
    # (numpy columns as one-row 2-D arrays: the shape of their block)
    "int": lambda values: np.array([values], dtype=np.int64),
    "float": lambda values: np.array([values], dtype=np.float64),
    "bool": lambda values: np.array([values], dtype=bool),
    "Int": _nullable_ints,
    "str": _strings,
    "str?": _strings,
}


@cache
def _columns(name: str) -> tuple[pd.Index, list[tuple[str, Any, Any]]]:
    """The column index of table ``name`` (as ``pd.DataFrame(dict)`` makes it) and each column's
    name, builder and block placement."""
    schema = SCHEMAS[name]
    placed = [(c, _BUILDERS[k], slice(n, n + 1, 1)) for n, (c, k, _) in enumerate(schema)]
    return pd.Index([c for c, _, _ in schema]), placed


def build_table(name: str, columns: dict[str, list[Any]]) -> pd.DataFrame:
    """A table from column lists, each typed as declared, in schema order.

    Each column is built in one call (numpy for plain numbers and booleans, pandas' string and
    integer arrays from numpy arrays) and becomes a block of its own, as ``pd.DataFrame(dict,
    copy=False)`` lays them out, but assembled directly (``create_dataframe_from_blocks``): the same
    frame without the constructor's per-column inference and checks, at half its cost.
    """
    index, cols = _columns(name)
    blocks = [(build(columns[col]), at) for col, build, at in cols]
    return _from_blocks(blocks, pd.RangeIndex(len(columns[cols[0][0]])), index)


try:
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pragma: no cover - pandas 2 has no public block constructor: the dict one

    def _from_blocks(blocks: list[tuple[Any, slice]], index: pd.Index, columns: pd.Index) -> pd.DataFrame:
        arrays = {c: a[0] if isinstance(a, np.ndarray) else a for c, (a, _) in zip(columns, blocks, strict=True)}
        return pd.DataFrame(arrays, index=index, copy=False)


def validate(df: pd.DataFrame, name: str) -> None:
    """Raise ``ValueError`` when ``df`` does not have exactly the columns and kinds of table ``name``."""
    schema = SCHEMAS[name]
    expected = [c for c, _, _ in schema]
    if list(df.columns) != expected:
        raise ValueError(f"{name}: columns {list(df.columns)} differ from the schema {expected}")
    for col, kind, _ in schema:
        s = df[col]
        ok = {
            "int": ptypes.is_integer_dtype(s) and not s.isna().any(),
            "Int": ptypes.is_integer_dtype(s),
            "float": ptypes.is_float_dtype(s),
            "str": ptypes.is_string_dtype(s) and not s.isna().any(),
            "str?": ptypes.is_string_dtype(s),
            "bool": ptypes.is_bool_dtype(s),
        }[kind]
        if not ok:
            raise ValueError(f"{name}.{col}: expected {kind}, got {s.dtype} (missing values: {int(s.isna().sum())})")


def markdown(name: str) -> str:
    """The schema of one table as a Markdown table (for the README)."""
    lines = ["| column | kind | meaning |", "|---|---|---|"]
    lines += [f"| `{c}` | {k} | {d} |" for c, k, d in SCHEMAS[name]]
    return "\n".join(lines)


if __name__ == "__main__":
    for table in SCHEMAS:
        print(f"#### `{table}`\n\n{markdown(table)}\n")
