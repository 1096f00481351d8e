"""Bytes to text: which encoding, decided in a fixed order and always said.

In: the bytes of an upload or a file. Out: the decoded ``str``, the codec used and notes for
the reader ("read as windows-1251 (declared by the page)").

The order:
    1. a byte-order mark (UTF-8, UTF-16, UTF-32);
    2. strict UTF-8 (most text today; a mistake here is impossible in practice for other
       encodings' non-ASCII text);
    3. the charset the page declares (``<meta charset>``, ``http-equiv``, ``<?xml encoding>``),
       if it decodes without error (``iso-8859-1`` read as windows-1252, as browsers do);
    4. charset-normalizer's best match; among matches it rates equally, windows-1252 first;
    5. windows-1252, then latin-1 (which decodes anything), with a note.

Nothing is lost silently: a byte that no step could decode shows as ``�`` and a note counts them.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard): a page saying
# latin-1 almost always holds curly quotes from windows-1252.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252"}
# When charset-normalizer names a close relative, the common member is named if it reads the
# bytes to the same text (Mac Icelandic and Mac Roman differ in six letters).
_PREFERRED_NAME = {"mac-iceland": "mac-roman", "mac-turkish": "mac-roman"}


def display_name(codec: str) -> str:
    """The name people know an encoding by: cp1251 -> windows-1251."""
    name = codecs.lookup(codec).name
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    return {
        "mac-roman": "Mac Roman",
        "iso8859-1": "latin-1",
        "shift_jis": "Shift_JIS",
        "cp932": "Shift_JIS (cp932)",
    }.get(name, name.upper() if name.startswith(("gb", "big5", "euc")) else name)


def _said(codec: str) -> str:
    """The encoding as a note names it: "windows-1251 (cp1251)", or just "utf-16"."""
    shown, name = display_name(codec), codecs.lookup(codec).name
    return shown if shown.lower() == name else f"{shown} ({name})"


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first 4 KB, if Python knows it."""
    m = _DECLARED_RE.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def _detected(data: bytes) -> str | None:
    """charset-normalizer's choice, named as the commonest codec that reads the bytes the same.

    windows-1252 wins when it ties with the best match, or reads the bytes to the very same text
    (charset-normalizer lists one codec per distinct reading, so its name may be a rarer twin).
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    name = codecs.lookup(best.encoding).name
    reading = str(best)
    for twin in ("cp1252", _PREFERRED_NAME.get(name)):
        if twin and (twin in tied or _reads_as(data, twin, reading)):
            return twin
    return name


def _reads_as(data: bytes, codec: str, reading: str) -> bool:
    try:
        return data.decode(codec) == reading
    except UnicodeDecodeError:
        return False


def decode_cascade(data: bytes) -> tuple[str, str, list[str]]:
    """``(text, codec, notes)`` for bytes that are not binary (see the module notes)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec, [])
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared), declared, [f"read as {_said(declared)}, the charset the page declares"]
        except UnicodeDecodeError:
            notes = [f"the page declares {display_name(declared)} but its bytes do not decode as such"]
    else:
        notes = (
            [f"the page declares {display_name(declared)} but is not valid {display_name(declared)}"]
            if declared
            else []
        )
    detected = _detected(data)
    if detected:
        return _decode(
            data, detected, [*notes, f"read as {_said(detected)}: not UTF-8, detected by charset-normalizer"]
        )
    try:
        return (
            data.decode("cp1252"),
            "cp1252",
            [*notes, "read as windows-1252 (cp1252): not UTF-8, nothing better found"],
        )
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", [*notes, "read as latin-1: not UTF-8, nothing better found"]


def _decode(data: bytes, codec: str, notes: list[str]) -> tuple[str, str, list[str]]:
    try:
        return data.decode(codec), codec, notes
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    lost = text.count("\ufffd")
    notes.append(f"{lost} byte sequence(s) could not be read as {display_name(codec)} and show as �")
    return text, codec, notes
