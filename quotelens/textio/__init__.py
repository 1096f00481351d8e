"""Turn whatever the user gives into article text, or refuse it with a clear reason.

In: bytes (an upload, a file) or a ``str``. Out: :class:`DecodedText`: the text every
offset points into, the encoding used, notes for the user ("read as windows-1251",
"HTML: main text kept by trafilatura ..."), the spans of blocks that are not story (title,
headings, byline) and what the page says about the article (headline, byline, date, outlet).

Notes:
    * Binary files (PNG, PDF, zip, ... or any NUL byte) are refused, naming the file.
    * Encodings: :mod:`quotelens.textio.decode` (BOM, UTF-8, the page's declared charset,
      charset-normalizer), the decision always in the notes.
    * Line ends are normalised to ``\\n``: the offsets are into the text the user
      sees, which is what the reader view shows and the exports point into.
    * HTML: :mod:`quotelens.textio.html` (trafilatura, with a plain fallback);
      Markdown: :mod:`quotelens.textio.markdown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quotelens.textio.blocks import RoleSpan, apply_roles
from quotelens.textio.decode import decode_cascade
from quotelens.textio.html import html_to_text, read_html
from quotelens.textio.markdown import convert_markdown, looks_like_markdown, markdown_to_text

__all__ = [
    "MAX_BYTES",
    "ArticleInputError",
    "DecodedText",
    "apply_roles",
    "decode_bytes",
    "decode_text",
    "html_to_text",
    "markdown_to_text",
    "read_path",
]

MAX_BYTES = 5 * 1024 * 1024
"""Largest single article accepted (5 MiB, about 100 long news stories).

Measured (BENCHMARKS.md): the engine reads about 0.4 MB/s of text on one core with ~110 MB of
memory per MB, so 5 MiB completes in about 15 s; larger inputs are corpora, for
``quotelens extract`` on a folder, not for one reader view.
"""


class ArticleInputError(ValueError):
    """The input cannot be read as an article; the message says which input and why."""


@dataclass(slots=True)
class DecodedText:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    was_html: bool = False
    roles: list[RoleSpan] = field(default_factory=list)  # title, heading and byline spans in text
    meta: dict[str, str] = field(default_factory=dict)  # headline, byline, date, outlet, url, extractor


_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"\x7fELF": "a program (ELF)",
    b"MZ": "a Windows program",
    b"ID3": "an MP3 file",
    b"OggS": "an Ogg file",
    b"RIFF": "a RIFF media file",
    b"SQLite format": "an SQLite database",
}
_HTML_RE = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<\?xml)", re.IGNORECASE)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_TAG_RE = re.compile(r"<(p|div|br|h[1-6]|article|span|a|li)\b", re.IGNORECASE)
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a surrogate code point, the one thing UTF-8 cannot encode.

    (The same answer as ``_SURROGATE_RE.search``, from one encoding in C: the pattern's search tries
    its range at every character, a quarter of reading a 6,000-character article.)
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def decode_bytes(data: bytes, name: str = "input") -> DecodedText:
    """Decode an upload or a file's bytes; raises :class:`ArticleInputError` for binary input."""
    if len(data) > MAX_BYTES:
        raise ArticleInputError(
            f"{name}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one article; "
            "split it, or run quotelens extract on a folder of articles"
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleInputError(f"{name}: this is {what}, not text; save the article as .txt, .md or .html")
    if not data.startswith(_UNICODE_BOMS) and b"\x00" in data[:8192]:
        raise ArticleInputError(f"{name}: contains NUL bytes, so it is binary, not text")
    text, enc, notes = decode_cascade(data)
    if "\x00" in text:
        raise ArticleInputError(f"{name}: contains NUL characters, so it is binary, not text")
    return _finish(text, enc, notes, name, looks_html=bool(_HTML_RE.match(data[:512])))


def decode_text(text: str, name: str = "text") -> DecodedText:
    """Normalise a ``str`` the same way as decoded bytes."""
    if len(text) > MAX_BYTES:
        raise ArticleInputError(
            f"{name}: {len(text):,} characters is over the limit for one article ({MAX_BYTES:,}); split it, "
            "or run quotelens extract on a folder of articles"
        )
    if "\x00" in text:
        raise ArticleInputError(f"{name}: contains NUL characters, so it is binary, not text")
    notes: list[str] = []
    if _has_surrogates(text):
        # Lone surrogates cannot be stored or shown; one-for-one replacement keeps every offset.
        text = _SURROGATE_RE.sub("\ufffd", text)
        notes.append("some characters were invalid (lone surrogates) and show as �")
    head = text[:512].lstrip().lower()
    looks_html = head.startswith(("<!doctype html", "<html", "<head", "<body", "<article"))
    return _finish(text, "str", notes, name, looks_html)


def _finish(text: str, enc: str, notes: list[str], name: str, looks_html: bool) -> DecodedText:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("Windows or old Mac line ends converted to \\n")
    text = text.lstrip("\ufeff")
    if looks_html or len(_TAG_RE.findall(text[:20000])) >= 5:
        page = read_html(text)
        return DecodedText(page.layout.text, enc, notes + page.notes, True, page.layout.roles, page.meta)
    if name.lower().endswith((".md", ".markdown")) or looks_like_markdown(text):
        layout = convert_markdown(text)
        notes.append("Markdown: headings, links and emphasis reduced to their text")
        meta = {r: layout.text[s:e] for s, e, r in reversed(layout.roles) if r in ("title", "byline")}
        meta = {("headline" if k == "title" else k): v for k, v in meta.items()}
        return DecodedText(layout.text, enc, notes, False, layout.roles, meta)
    return DecodedText(text, enc, notes, False)


def read_path(path: str | Path) -> DecodedText:
    """Read and decode one article file."""
    p = Path(path)
    if not p.is_file():
        raise ArticleInputError(f"{p}: no such file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleInputError(f"{p}: cannot be read: {exc.strerror}") from exc
    return decode_bytes(data, p.name)
