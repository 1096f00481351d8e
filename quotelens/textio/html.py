"""A saved web page to the story it holds: headline, main text and what the page says about it.

In: the page's markup (a ``str``). Out: :class:`Page`: a :class:`~quotelens.textio.blocks.Layout`
(the headline, then one paragraph per block of the main text, headings marked), the metadata
(headline, byline, date, outlet, url) and notes saying how it was read.

Notes:
    * The main text comes from trafilatura (the reference extractor of the issue, measured in
      ``benchmarks/html_extraction.py``): menus, teasers, captions, cookie banners and related links are
      left out. When it finds no main text, the plain reducer below keeps every block of text
      (scripts, styles, navigation, header, footer and forms dropped), and a note says so.
    * The headline is the page's own: ``og:title`` (less a trailing " | Outlet"), else the
      article's ``<h1>`` (text inside SVG icons and scripts ignored), else ``<title>``.
    * Nothing of the page becomes markup: every block is plain text, whitespace collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from quotelens.textio.blocks import Layout, LayoutBuilder

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]+\s+")
_VISIBLE_TEXT = ".//text()[not(ancestor::svg) and not(ancestor::script) and not(ancestor::style)]"
_MAX_HEADLINE_WORDS = 40
_LEAST_SHARE = 10  # the extractor keeping under 1/10 of a page's text is taken as a failure ...
_LEAST_PAGE_TEXT = 2000  # ... on a page with at least this much text


@dataclass(slots=True)
class Page:
    layout: Layout
    meta: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _parse(markup: str) -> Any:
    """The lxml tree of the page, or None when lxml finds no document."""
    import lxml.etree
    import lxml.html

    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        for value in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
            if _squash(value):
                return _squash(value)
    return ""


def _h1(tree: Any, outlet: str) -> str:
    """The article's first ``<h1>``: inside ``<article>``/``<main>`` first, never the site's logo."""
    for path in ("//article//h1 | //main//h1", "//h1"):
        for h1 in tree.xpath(path):
            text = _squash(" ".join(h1.xpath(_VISIBLE_TEXT)))
            if text and text.lower() != outlet.lower() and len(text.split()) <= _MAX_HEADLINE_WORDS:
                return text
    return ""


def strip_outlet(title: str, names: list[str], h1: str) -> str:
    """``title`` less a trailing or leading " | Outlet": a part naming the outlet, or all but the h1."""
    seps = list(_SEPARATORS.finditer(title))
    if not seps:
        return title
    if h1:
        for m in seps:
            if h1 in (_squash(title[: m.start()]), _squash(title[m.end() :])):
                return h1
    tail, head = title[seps[-1].end() :].strip().lower(), title[: seps[0].start()].strip().lower()
    for name in (n.lower() for n in names if n):
        if tail and (tail in name or name in tail):
            return strip_outlet(title[: seps[-1].start()], names, h1)
        if head and (head in name or name in head):
            return strip_outlet(title[seps[0].end() :], names, h1)
    return title


def page_metadata(tree: Any) -> dict[str, str]:
    """Headline, outlet and url as the page declares them (og:title before the ``<h1>``)."""
    outlet = _meta(tree, "og:site_name", "application-name")
    h1 = _h1(tree, outlet)
    og = _meta(tree, "og:title", "twitter:title")
    titles = tree.xpath("//head/title") or tree.xpath("//title[not(ancestor::svg)]")
    title_tag = _squash(titles[0].text_content()) if titles else ""
    url = _meta(tree, "og:url") or _canonical(tree)
    host = re.sub(r"^www\d?\.|\.(com|org|net|gov|co|news)?(\.[a-z]{2})?$", "", _hostname(url))
    names = [outlet, host]
    meta = {"outlet": outlet, "url": url}
    if h1 and title_tag:
        h1 = _agreeing_part(h1, title_tag)
    if og:
        meta["headline"], meta["headline_from"] = strip_outlet(og, names, h1), "og:title"
    elif h1:
        meta["headline"], meta["headline_from"] = h1, "<h1>"
    elif title_tag:
        meta["headline"], meta["headline_from"] = strip_outlet(title_tag, names, h1), "<title>"
    return {k: v for k, v in meta.items() if v}


def _agreeing_part(h1: str, title: str) -> str:
    """An h1 that runs on past the page title's first part ("Headline" + the outlet's logo link) is cut there."""
    first = _squash(_SEPARATORS.split(title)[0])
    if len(first.split()) >= 3 and h1 != first and h1.startswith(first):
        return first
    return h1


def _canonical(tree: Any) -> str:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    return _squash(links[0]) if links else ""


def _hostname(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _block_text(el: Any) -> str:
    """An element's text with its line breaks as spaces, whitespace collapsed."""
    parts: list[str] = []
    for node in el.iter():
        if node is not el and node.tag == "lb":
            parts.append(" ")
        if node.text and node.tag not in ("graphic",):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return _squash("".join(parts))


def _main_blocks(body: Any) -> list[tuple[str, str]]:
    """``(text, role)`` of trafilatura's main text: paragraphs, list items, quotations, headings."""
    out: list[tuple[str, str]] = []
    for el in body:
        if el.tag == "head":
            out.append((_block_text(el), "heading"))
        elif el.tag in ("list", "quote") and len(el):
            out += _main_blocks(el) if el.tag == "quote" else [(_block_text(i), "body") for i in el]
        else:
            out.append((_block_text(el), "body"))
    return [(t, r) for t, r in out if t]


def _extract(tree: Any) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Main-text blocks and byline/date/outlet found by trafilatura (empty when it finds nothing)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            favor_precision=True,  # benchmarks/html_extraction.py: clutter 21 -> 10 of 96, kept 62 -> 61 of 62
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # whatever breaks inside the extractor, the plain reducer still reads the page
        return [], {}
    if doc is None or isinstance(doc, dict):
        return [], {}
    found = {"byline": doc.author, "date": doc.date, "outlet": doc.sitename, "title": doc.title}
    return _main_blocks(doc.body), {k: _squash(v) for k, v in found.items() if _squash(v)}


def read_html(markup: str) -> Page:
    """The story of a saved page (see the module notes)."""
    tree = _parse(markup)
    meta = page_metadata(tree) if tree is not None else {}
    blocks, found = _extract(tree) if tree is not None else ([], {})
    for key in ("byline", "date", "outlet"):
        if key in found and key not in meta:
            meta[key] = found[key]
    if "headline" not in meta and found.get("title"):
        meta["headline"], meta["headline_from"] = found["title"], "trafilatura"
    blocks, notes = _story_or_fallback(markup, blocks, meta)
    headline = meta.get("headline", "")
    if headline:
        notes.append(f"headline from the page's {meta['headline_from']}")
    out = LayoutBuilder()
    out.block(headline, "title")
    for text, role in blocks:
        if text == headline:
            continue
        if role == "body":
            out.line(text)
            out.blank()
        else:
            out.block(text, role)
    return Page(out.build(), meta, notes)


def _story_or_fallback(markup: str, blocks: list[tuple[str, str]], meta: dict[str, str]) -> tuple[list, list[str]]:
    """The extractor's blocks, or every block of the page when it kept nothing or next to nothing.

    "Next to nothing" is under a tenth of the page's text (the 21 saved pages of the benchmark keep
    17 % to 95 %): the extractor then dropped what it took for repeats or boilerplate, and a reader
    would rather see the whole page than lose the story silently.
    """
    kept = sum(len(t) for t, _ in blocks)
    fallback = _PlainText.blocks_of(markup) if kept * _LEAST_SHARE < len(markup) else None
    whole = sum(len(b) for b in fallback.blocks) if fallback else 0
    if blocks and (fallback is None or whole < _LEAST_PAGE_TEXT or kept * _LEAST_SHARE >= whole):
        import trafilatura

        meta["extractor"] = f"trafilatura {trafilatura.__version__}"
        return blocks, [
            f"HTML: main text kept by {meta['extractor']}; menus, teasers, captions and related links left out"
        ]
    assert fallback is not None
    if "headline" not in meta and fallback.headline:
        meta["headline"], meta["headline_from"] = fallback.headline, "<h1>"
    meta["extractor"] = "plain (html.parser)"
    why = "found no main text" if not blocks else f"kept only {kept / max(whole, 1):.1%} of the page's text"
    note = f"HTML: the extractor {why}, so every block of text on the page was kept: menus and teasers may remain"
    return [(b, "body") for b in fallback.blocks], [note]


class _PlainText(HTMLParser):
    """The plain reducer: every block of text, less scripts, styles, navigation, forms and footers."""

    _SKIP = frozenset("script style nav header footer aside form noscript svg iframe button select template".split())
    _HIDDEN = frozenset(("svg", "script", "style"))
    _BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li blockquote article section br tr pre figcaption".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.headline = ""
        self._current: list[str] = []
        self._skip = 0
        self._h1_depth = 0
        self._h1: list[str] = []
        self._hidden = 0  # inside svg, script or style: never headline text

    @classmethod
    def blocks_of(cls, markup: str) -> _PlainText:
        parser = cls()
        parser.feed(markup)
        parser.close()
        parser._flush()
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1" and not self.headline:
            self._h1_depth += 1  # counted even inside <header>, where the headline often is
        self._hidden += tag in self._HIDDEN
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._h1_depth:
            self._h1_depth = 0
            self.headline = _squash("".join(self._h1))
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._h1_depth and not self._hidden:
            self._h1.append(data)
        if not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        block = _squash("".join(self._current))
        if block:
            self.blocks.append(block)
        self._current = []


def html_to_text(markup: str) -> str:
    """The plain reducer's text: one paragraph per block of the page, blank-line separated."""
    return "\n\n".join(_PlainText.blocks_of(markup).blocks)
