"""Turn whatever the user gives into article text, or refuse it with a clear reason.

In: bytes (an upload, a file) or a ``str``. Out: :class:`DecodedText` — the text every
offset points into, the encoding used, and notes for the user ("decoded as cp1252",
"HTML: kept the main text").

Notes:
    * Binary files (PNG, PDF, zip, ... or any NUL byte) are refused, naming the file.
    * Encodings: UTF-8 with or without BOM, UTF-16 with BOM, then cp1252 as the last
      resort (it decodes any byte except five; those fall back to latin-1).
    * Line ends are normalised to ``\\n``: the offsets are into the text the user
      sees, which is what the reader view shows and the exports point into.
    * HTML is reduced to its title and block text with the standard library parser;
      scripts, styles, navigation, forms and footers are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

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


def decode_bytes(data: bytes, name: str = "input") -> DecodedText:
    """Decode an upload or a file's bytes; raises :class:`ArticleInputError` for binary input."""
    if len(data) > MAX_BYTES:
        raise ArticleInputError(
            f"{name}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MiB limit for one article; "
            "split it, or run `quotelens extract` on a folder of articles"
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleInputError(f"{name}: this is {what}, not text; save the article as .txt, .md or .html")
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ArticleInputError(f"{name}: starts like UTF-16 but does not decode: {exc.reason}") from exc
    else:
        if b"\x00" in data[:8192]:
            raise ArticleInputError(f"{name}: contains NUL bytes, so it is binary, not text")
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), "latin-1"
            notes.append(f"not UTF-8: decoded as {enc} (Windows/Western European)")
    if "\ufffd" in text:
        notes.append("some bytes could not be decoded and show as �")
    return _finish(text, enc, notes, name, looks_html=bool(_HTML_RE.match(data[:512])))


def decode_text(text: str, name: str = "text") -> DecodedText:
    """Normalise a ``str`` the same way as decoded bytes."""
    if len(text) > MAX_BYTES:
        raise ArticleInputError(
            f"{name}: {len(text):,} characters is over the limit for one article ({MAX_BYTES:,}); split it, "
            "or run `quotelens extract` on a folder of articles"
        )
    if "\x00" in text:
        raise ArticleInputError(f"{name}: contains NUL characters, so it is binary, not text")
    notes: list[str] = []
    if _SURROGATE_RE.search(text):
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
    was_html = looks_html or len(_TAG_RE.findall(text[:20000])) >= 5
    if was_html:
        text = html_to_text(text)
        notes.append("HTML: kept the title and the main text; scripts, menus and forms dropped")
    elif name.lower().endswith((".md", ".markdown")) or _looks_like_markdown(text):
        text = markdown_to_text(text)
        notes.append("Markdown: headings, links and emphasis reduced to their text")
    return DecodedText(text, enc, notes, was_html)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _looks_like_markdown(text: str) -> bool:
    head = text[:20000]
    first = next((line for line in head.splitlines() if line.strip()), "")
    signals = (
        bool(_MD_HEADING.match(first))
        + (len(_MD_LINK.findall(head)) >= 2)
        + (sum(1 for line in head.splitlines() if _MD_HEADING.match(line)) >= 2)
    )
    return signals >= 2 or (bool(_MD_HEADING.match(first)) and "\n\n" in head)


def markdown_to_text(md: str) -> str:
    """Markdown reduced to the text a reader sees: markers, link targets and images dropped."""
    md = _MD_COMMENT.sub("", md)
    lines = []
    for line in md.split("\n"):
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_HEADING.sub("", line)
        line = _MD_QUOTE.sub("", line)
        line = _MD_LIST.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EM.sub(lambda m: m.group(1) or m.group(2), line)
        line = _MD_CODE.sub(r"\1", line)
        lines.append(line)
    return "\n".join(lines)


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


class _TextExtractor(HTMLParser):
    _SKIP = frozenset("script style nav header footer aside form noscript svg iframe button select template".split())
    _BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li blockquote article section br tr pre figcaption".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self._flush()
            self._in_h1 = tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            if tag == "h1" and not self.h1:
                self.h1 = " ".join("".join(self._current).split())
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        block = " ".join("".join(self._current).split())
        if block:
            self.blocks.append(block)
        self._current = []


def html_to_text(markup: str) -> str:
    """Title on the first line, then one paragraph per block, blank-line separated."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    parser._flush()
    title = " ".join((parser.h1 or parser.title).split())
    blocks = [b for b in parser.blocks if b != title]
    parts = [title] if title else []
    parts += blocks
    return "\n\n".join(parts)
