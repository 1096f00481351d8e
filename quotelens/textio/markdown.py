"""Markdown to the text a reader sees, with the blocks that are not story marked.

In: Markdown source (line ends already ``\\n``). Out: a :class:`~quotelens.textio.blocks.Layout`:
the text (markers, link targets, images and comments dropped) and the spans of its title,
headings and byline, so that these are not read as body paragraphs.

Notes:
    * Every heading (``#`` or underlined) stands alone between blank lines; the first block,
      when it is a heading, is the title, later ones are headings.
    * A line near the top that starts with "By " (or "Written by", "Updated", "Published") is
      the byline.
    * A link keeps its text; its target, even with parentheses inside
      (``[x](javascript:alert('a'))``), is dropped whole.
"""

from __future__ import annotations

import re

from quotelens.textio.blocks import Layout, LayoutBuilder

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SETEXT = re.compile(r"^\s{0,3}(?:={2,}|-{2,})\s*$")
_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
# A link target may hold one level of balanced parentheses, as CommonMark allows.
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_IMAGE = re.compile(r"!\[[^\]]*\]" + _TARGET)
LINK = re.compile(r"\[([^\]]+)\]" + _TARGET)
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`\n]+)`")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
BYLINE = re.compile(r"^(?:by|written by|updated|published|posted)\b\s*:?\s+\S", re.IGNORECASE)
_BYLINE_MAX_WORDS = 16
_BYLINE_WITHIN = 4  # blocks after the title


def looks_like_markdown(text: str) -> bool:
    head = text[:20000]
    if "#" not in head:
        return False  # (no heading, so at most one signal: the line-by-line reading is not needed)
    first = next((line for line in head.splitlines() if line.strip()), "")
    signals = (
        bool(_HEADING.match(first))
        + (len(LINK.findall(head)) >= 2)
        + (sum(1 for line in head.splitlines() if _HEADING.match(line)) >= 2)
    )
    return signals >= 2 or (bool(_HEADING.match(first)) and "\n\n" in head)


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM.sub(lambda m: m.group(1) or m.group(2), line)
    return _CODE.sub(r"\1", line)


def convert_markdown(md: str) -> Layout:
    """The reader's text of ``md`` and the spans of its title, headings and byline."""
    lines = _COMMENT.sub("", md).split("\n")
    out = LayoutBuilder()
    blocks_seen = 0  # blocks begun so far, to find the title and a byline near the top
    underline = False  # the line is the underline of the heading just written
    for k, raw in enumerate(lines):
        if underline:
            underline = False
            continue
        setext = k + 1 < len(lines) and bool(raw.strip()) and bool(_SETEXT.match(lines[k + 1]))
        if _HEADING.match(raw) or (setext and out.at_block_start() and not _LIST.match(raw)):
            text = _inline(_CLOSING_HASHES.sub("", _HEADING.sub("", raw)).strip())
            out.block(text, "title" if blocks_seen == 0 else "heading")
            blocks_seen += 1
            underline = setext and not _HEADING.match(raw)
            continue
        if _RULE.match(raw) or _REF_DEF.match(raw):
            out.blank()
            continue
        line = _inline(_LIST.sub("", _QUOTE.sub("", raw)))
        if not line.strip():
            out.blank()
            continue
        if (
            0 < blocks_seen <= _BYLINE_WITHIN
            and out.at_block_start()
            and BYLINE.match(line.strip())
            and len(line.split()) <= _BYLINE_MAX_WORDS
        ):
            out.block(line.strip(), "byline")
            blocks_seen += 1
            continue
        if out.at_block_start():
            blocks_seen += 1
        out.line(line)
    return out.build()


def markdown_to_text(md: str) -> str:
    """Markdown reduced to the text a reader sees: markers, link targets and images dropped."""
    return convert_markdown(md).text
