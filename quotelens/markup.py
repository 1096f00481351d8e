"""The dashboard's HTML and messages, built from escaped text only.

In: an :class:`~quotelens.article.Article`, filtered quotes and the colour map. Out: strings for
``st.markdown(..., unsafe_allow_html=True)`` (the reader view, speaker chips, legends, the
headline panel) and for plain messages.

Notes:
    Article text, speaker names, file names and URL parameters are untrusted. :func:`safe_text`
    turns every character HTML or Markdown gives a meaning to into a numeric entity, so nothing
    in the result can open a tag, a link or an image, and no request leaves the page; the tags
    in this module are the only markup a page ever sends. Messages that quote the visitor
    (:func:`plain`) go through the same function: Streamlit renders a message as Markdown.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import pandas as pd

from quotelens import derived, views
from quotelens import doubt as doubt_words
from quotelens.article import Article
from quotelens.citing import _CLOSING, as_cited
from quotelens.citing import in_quotation_marks as in_quotation_marks
from quotelens.palette import INK, UNRESOLVED, text_colour_on, with_alpha
from quotelens.reasons import card_evidence, card_head, plain_found, reported_denial
from quotelens.story import NOT_STORY, headline_ids
from quotelens.views import KIND_LABEL, KIND_UNDERLINE, UNKNOWN, column_rows

# HTML's own specials and every character markdown gives a meaning to, as numeric entities.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~$:=@%^"})


def safe_text(text: str) -> str:
    """Text made inert for ``st.markdown``: HTML-escaped, and markdown syntax turned to entities.

    Nothing in the result can open a tag, a link or an image, so no script runs and no request leaves.
    """
    return text.translate(_INERT)


def plain(text: str, limit: int = 300) -> str:
    """Visitor-supplied text for a Markdown message: a code span, on one line, cut to ``limit`` characters.

    Entities are not enough in a message: Streamlit turns ``http://…``, ``www.…`` and ``:red[…]`` in
    the text into links and colours after the Markdown is parsed. Nothing applies inside a code
    span, and its look says "this is what you sent".
    """
    one_line = " ".join(str(text).split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1] + "…"
    longest = max((len(run) for run in re.findall(r"`+", one_line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one_line.startswith("`") or one_line.endswith("`") or not one_line else ""
    return f"{fence}{pad}{one_line}{pad}{fence}"


def note_html(text: str) -> str:
    """A small note as an HTML block (no Markdown is applied inside it)."""
    return f'<div class="ql-note"><small>ℹ️ {safe_text(text)}</small></div>'


def never_heard_html(names: Iterable[str], colours: dict[str, str], label: str = "Named but never heard") -> str:
    chips, icon = " ".join(speaker_chip(n, colours) for n in names), "⚠️" if label == "Named but never heard" else "ℹ️"
    return f'<div class="ql-silent" style="line-height:2">{icon} <b>{safe_text(label)}:</b> {chips}</div>'


# Tapping (or clicking) a highlight focuses it and opens its evidence: hover is not needed. The
# evidence is a card laid over the lines below the quotation (positioned against its paragraph,
# at the width of the paragraph), so opening it moves no word of the sentence or of the article.
# The card is the element after the highlight, escaped text; for a file of the collection it is a
# link that selects the quotation (``?quote=``), and it stays open while it is pressed or hovered.
UNSURE_NOTE = f" ({doubt_words.CLOSE_CALL})"  # after the speaker in a highlight's evidence card
UNSURE_TITLE = "The resolver was unsure of this speaker: a close call between two readings"
LOW_TITLE = "Unsure attribution: the model's confidence in it is below the bar under which it would drop it"
SELECTED_ANCHOR = "ql-quote"  # the heading the page scrolls to when a link selects a quotation
READER_CSS = (
    "<style>"
    ".ql-para{position:relative}"
    "h2.ql-para,h3.ql-para{line-height:1.3}"  # a headline is not spaced as the lines of text are
    ".ql-quote{cursor:pointer;color:inherit}"
    ".ql-selected{box-shadow:0 0 0 2px currentColor}"
    f"h3#{SELECTED_ANCHOR}{{font-size:.9rem;font-weight:600;padding:.5rem 0 0;opacity:.85}}"
    ".ql-quote:focus{outline:2px solid currentColor;outline-offset:1px}"
    ".ql-card{display:none;position:absolute;left:0;right:0;z-index:20;"
    "margin-top:.3em;padding:.45em .7em;font-size:.82rem;line-height:1.45;font-style:normal;font-weight:400;"
    "white-space:normal;text-decoration:none;pointer-events:none;background:Canvas;color:CanvasText;"
    "border:1px solid rgba(128,128,128,.6);border-radius:.4em;box-shadow:0 4px 14px rgba(0,0,0,.3)}"
    ".ql-quote:focus+.ql-card,a.ql-card:hover,a.ql-card:focus,a.ql-card:active{display:block}"
    "a.ql-card{pointer-events:auto;cursor:pointer}.ql-go{font-weight:600;text-decoration:underline}"
    ".ql-card:focus-within{display:block}.ql-why{display:none;font-weight:600;padding-top:.3em}"
    # a phone: the card's first lines and its link, then "Why: how it was found" unfolds the rest (cardlinks)
    # (folded out of sight only: a screen reader still reads the whole card, so "Why" is for eyes alone)
    "@media (max-width:640px){a.ql-card:not(.ql-open) .ql-rest{position:absolute;width:1px;height:1px;"
    "overflow:hidden;clip-path:inset(50%);white-space:nowrap}a.ql-card:not(.ql-open) .ql-why{display:block}}"
    "</style>"
)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    group: int
    speaker: str
    kind: str
    last: bool
    tooltip: str
    nested: bool  # reported inside another quotation
    href: str = ""  # a link that selects the quotation (``?article=…&quote=…``), when it can have one
    selected: bool = False  # the selected quotation
    unsure: bool = False  # its speaker was a close call for the resolver
    low: bool = False  # unsure for either reason (quotelens.doubt.unsure_mask): drawn lighter, "(?)"
    fold: int = 0  # where the card's first lines (speaker, kind, cue, confidence) end in ``tooltip``


def _pieces(
    quotes: pd.DataFrame,
    headline: frozenset[int] = frozenset(),
    links: Mapping[int, str] | None = None,
    selected: int | None = None,
) -> dict[int, list[_Piece]]:
    """The pieces of ``quotes`` grouped by paragraph id, each with its evidence line and its link."""
    links = links or {}
    last_of_group: dict[int, int] = {}
    for group, end in column_rows(quotes, "group", "end"):
        last_of_group[group] = max(end, last_of_group.get(group, end))
    out: dict[int, list[_Piece]] = {}
    rows = column_rows(
        quotes,
        *("start", "end", "group", "speaker", "kind", "cue_text", "stance", "mention_text", "via"),
        *("confidence", "paragraph_id", "resolution", "evidence"),
    )
    unsure = doubt_words.close_call(quotes).tolist()  # (with a low confidence: the two reasons of quotelens.doubt)
    lows = iter(doubt_words.low_confidence(quotes).tolist())
    relays = [via for (via,) in column_rows(derived.relays_by_others(quotes), "via")]  # nobody relays themselves
    texts = iter(column_rows(quotes, "text"))  # what a card's verb acts on ("rejected the claim that …")
    for (start, end, group, speaker, kind, cue, stance, mention, nested, conf, pid, how, evidence), via, doubt in zip(
        rows, relays, unsure, strict=True
    ):
        speaker = speaker or UNKNOWN
        (words,) = next(texts)
        low = next(lows)
        head = (
            speaker
            + (UNSURE_NOTE if doubt else "")
            + (f" ({doubt_words.low_title(conf)})" if low else "")
            + f" · {card_head(kind, cue or '', stance, mention or '', via or '', conf, words or '')}"
        )
        tip = (
            head
            + (f" · found by: {plain_found(how, speaker)}" if how else "")
            + (f" — {card_evidence(evidence)}" if evidence else "")  # (the table keeps the engine's words)
            + (" · the headline's own claim about them, not their words" if pid in headline else "")
        )
        last = end == last_of_group[group]
        href = links.get(int(group), "")
        piece = _Piece(start, end, group, speaker, kind, last, tip, nested is not None, href, group == selected, doubt)
        piece = replace(piece, fold=len(head), low=low or doubt)
        out.setdefault(int(pid), []).append(piece)
    return out


def _span_open(piece: _Piece, colours: dict[str, str]) -> str:
    colour = colours.get(piece.speaker, UNRESOLVED)
    style = (
        f"background:{with_alpha(colour, doubt_words.LOW_ALPHA if piece.low else doubt_words.SURE_ALPHA)};"
        f"text-decoration:underline {KIND_UNDERLINE.get(piece.kind, 'solid')} {colour};"
        "text-decoration-thickness:2px;text-underline-offset:3px;border-radius:2px;"
    )
    nested = ""
    if piece.nested:  # drawn inside its parent: an inner dashed frame in the speaker's colour
        style += f"outline:1.5px dashed {colour};outline-offset:-1px;"
        nested = " ql-nested"
    # a link (to this page with ``?quote=``) selects the quotation; without one, a focusable span shows the card
    selected = ' aria-current="true"' if piece.selected else ""
    nested += " ql-low" if piece.low else ""
    nested += " ql-selected" if piece.selected else ""  # (last: split_at_selected finds it by ' ql-selected"')
    return (
        f'<span class="ql-quote ql-{safe_text(piece.kind)}{nested}" tabindex="0"{selected} '
        f'data-group="{int(piece.group)}" data-speaker="{safe_text(piece.speaker)}" '
        f'title="{safe_text(piece.tooltip)}" style="{style}">'
    )


def _card(piece: _Piece) -> str:
    """The evidence card opened by a tap on the highlight; with a link, a tap on it selects the quotation. No
    Tab stop: the card hides as its highlight loses the focus, so Tab landed nowhere; Enter on the highlight
    selects it instead (:mod:`quotelens.cardlinks`)."""
    if not piece.href:
        return f'<span class="ql-card" aria-hidden="true">{safe_text(piece.tooltip)}</span>'
    head, rest = piece.tooltip[: piece.fold or None], piece.tooltip[piece.fold or len(piece.tooltip) :]
    # on a phone the rest folds under the link until "Why" is tapped (READER_CSS, cardlinks); on a desk it is read
    # at once. (Phrasing content only: a <details> inside the paragraph's <p> would close the paragraph there.)
    why = '<span class="ql-why" aria-hidden="true">Why: how it was found ›</span>' if rest else ""
    return (
        f'<a class="ql-card" href="{html.escape(piece.href)}" target="_self" tabindex="-1">{safe_text(head)}'
        f'<span class="ql-rest">{safe_text(rest)}</span>'
        f'<br><span class="ql-go">Select this quotation for the correction form ›</span>{why}</a>'
    )


def speaker_chip(name: str, colours: dict[str, str], colour: str | None = None, unsure: bool | str = False) -> str:
    """A name on its colour; someone named but never quoted has no speaker colour (neutral ink). ``unsure``:
    the attribution is unsure (True: its speaker is a close call; a string: why, as the chip's title), said by a
    "(?)" after the name (and its evidence card)."""
    colour = colour or colours.get(name, INK)
    doubt = f'" title="{safe_text(unsure if isinstance(unsure, str) else UNSURE_TITLE)}' if unsure else ""
    return (
        f'<span class="ql-chip{" ql-unsure" if unsure else ""}" style="background:{colour};'
        f"color:{text_colour_on(colour)};border-radius:0.6em;padding:0 0.45em;font-size:0.78em;font-weight:600;"
        f'{CHIP_FIT}{doubt}">{safe_text(name)}{" (?)" if unsure else ""}</span>'
    )


# a chip stays on one line, and never wider than its column: a long description ("a sharply worded letter from
# Defense Minister Yoav Ben-Ami to Prime Minister Eitan Carmeli") ends in "…" on a phone instead of running off
# the screen (the card and the tables give it whole)
CHIP_FIT = (
    "white-space:nowrap;display:inline-block;max-width:100%;box-sizing:border-box;overflow:hidden;"
    "text-overflow:ellipsis;"
    "vertical-align:bottom;line-height:1.5;"
)


def paragraph_html(text: str, start: int, end: int, pieces: list[_Piece], colours: dict[str, str]) -> str:
    """One paragraph with its quotation pieces highlighted; nested pieces take the inner colour."""
    inside = [p for p in pieces if p.start < end and p.end > start]
    cuts = sorted({start, end, *(max(p.start, start) for p in inside), *(min(p.end, end) for p in inside)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        covering = [p for p in inside if p.start <= a and p.end >= b]
        segment = safe_text(text[a:b]).replace("\n", " ")  # a soft line break inside a paragraph
        if not covering:
            out.append(segment)
            continue
        piece = min(covering, key=lambda p: p.end - p.start)
        out.append(_span_open(piece, colours) + segment + "</span>" + _card(piece))
        ending = [p for p in covering if p.last and p.end == b]
        for name in dict.fromkeys(p.speaker for p in ending):  # a report and one nested in it, ending together:
            theirs = [p for p in ending if p.speaker == name]  # their speaker once ("(?)" if unsure)
            unsure = any(p.unsure for p in theirs) or (any(p.low for p in theirs) and LOW_TITLE)
            out.append(" " + speaker_chip(name, colours, unsure=unsure))
    return "".join(out)


# A section heading reads as one, a byline as the small print it is; page debris is greyed.
_ROLE_TAG = {"title": "h2", "heading": "h3"}
_ROLE_STYLE = {
    "boilerplate": ' style="opacity:0.6;font-style:italic"',
    "byline": ' style="opacity:0.75;font-size:0.9em;font-style:italic"',
}


def reader_html(
    article: Article,
    quotes: pd.DataFrame,
    colours: dict[str, str],
    roles: Iterable[str] = ("body",),
    links: Mapping[int, str] | None = None,
    selected: int | None = None,
) -> str:
    """The article's paragraphs of the given roles as escaped HTML with highlighted quotations.

    ``"body"`` stands for every paragraph of the story, whatever role the engine gave it
    (anything but the headline and page debris). ``links``: the link of each quotation (group) that
    selects it; ``selected``: the selected quotation, drawn framed and focused.
    """
    paras = article.paragraphs
    pieces = _pieces(quotes, headline_ids(paras), links, selected)
    wanted = set(roles)
    blocks = []
    for pid, start, end, role in column_rows(paras, "id", "start", "end", "role"):
        shown_as = role if role in NOT_STORY else "body"
        if shown_as not in wanted:
            continue
        inner = paragraph_html(article.text, start, end, pieces.get(int(pid), []), colours)
        tag = _ROLE_TAG.get(str(role), "p")
        style = _ROLE_STYLE.get(str(role), "")
        blocks.append(
            f'<{tag} class="ql-para" data-paragraph="{pid}" data-role="{safe_text(str(role))}"{style}>{inner}</{tag}>'
        )
    # One line that opens with a block tag: Markdown treats all of it as HTML and touches none of the text.
    return _READER_OPEN.format(css=READER_CSS) + "".join(blocks) + "</div>"


_READER_OPEN = '<div class="ql-reader" style="line-height:1.75">' + "{css}"


def split_at_selected(reader: str) -> tuple[str, str]:
    """:func:`reader_html` cut before the paragraph of the selected quotation, each part a reader of its own
    (``(reader, "")`` when none is selected): the page puts the anchor it scrolls to between them."""
    at = reader.find(' ql-selected"')  # (the class of the selected piece, not the style sheet's rule)
    block = reader.rfind("<", 0, reader.rfind(' class="ql-para"', 0, at)) if at >= 0 else -1
    if block < 0:
        return reader, ""
    return reader[:block] + "</div>", _READER_OPEN.format(css=READER_CSS) + reader[block:]


def selected_heading(article: Article, group: int) -> str:
    """The selected quotation in a line (inert Markdown): who said it, its first words, who relayed it; a
    reported denial says so (its words are what was denied, as the Reader's card says)."""
    rows = article.quotes[article.quotes["group"] == group].sort_values("start")
    if rows.empty:
        return ""
    first = rows.iloc[0]
    speaker = first["speaker"] if isinstance(first["speaker"], str) else UNKNOWN
    kind = str(first["kind"])
    via = f" · relayed by {first['via']}" if isinstance(first["via"], str) and first["via"] else ""
    cited = as_cited(" … ".join(rows["text"]), kind)  # (marks set on the whole quotation, then cut)
    words = cited.split()
    closing = cited[-1] if kind == "direct" and cited[-1:] in _CLOSING else ""
    opening = " ".join(words[:12]) + (f" …{closing}" if len(words) > 12 else "")
    said = f", {opening}" if kind == "direct" else f" · {views.KIND_NAME.get(kind, kind)}: {opening}"
    cue = first["cue_text"] if isinstance(first["cue_text"], str) else ""
    if reported_denial(kind, cue, str(first["stance"]), " ".join(rows["text"])):
        said = f" · denied (a report of a denial): {opening}"
    return safe_text(f"▸ Selected: {speaker}{said}{via}")


def selected_note(article: Article, group: int, form: str) -> str:
    """The note at the top of the Reader after a link selected a quotation (the page opens at its top):
    the quotation, and links down to it in the text and to ``form`` (an anchor of this page)."""
    heading = selected_heading(article, group)
    return f"{heading} · [show it in the text](#{SELECTED_ANCHOR}) · [correct it](#{form})"


def reader_for(
    article: Article,
    speaker: str | None,
    kinds: tuple[str, ...] | None,
    search: str,
    roles: tuple[str, ...],
    links: tuple[tuple[int, str], ...] = (),
    selected: int | None = None,
) -> str:
    """:func:`reader_html` of the quotations a page's filters keep (``links``: ``(group, link)`` pairs)."""
    quotes = views.filtered(article, speaker, kinds, search)
    return reader_html(article, quotes, views.colours_for(article), roles, dict(links), selected)


def legend_html(entries: Iterable[tuple[str, str]], kinds: bool = True) -> str:
    """Chips for ``(label, colour)`` entries, and the underline styles of the kinds."""
    chips = " ".join(speaker_chip(label, {}, colour) for label, colour in entries)
    if not kinds:
        return f'<div class="ql-legend" style="line-height:2">{chips}</div>'
    styles = " · ".join(
        f'<span style="text-decoration:underline {KIND_UNDERLINE[k]};text-decoration-thickness:2px">'
        f"{html.escape(label)}</span>"
        for k, label in KIND_LABEL.items()
    )
    return f'<div class="ql-legend" style="line-height:2">{chips}<br><small>{styles}</small></div>'


def unsure_legend_html() -> str:
    """The legend's line for an unsure attribution: a sample of its lighter highlight, and what it means."""
    sample = f"background:{with_alpha(INK, doubt_words.LOW_ALPHA)};border-radius:2px;padding:0 .2em"
    return (
        f'<div class="ql-legend-unsure" style="font-size:0.9em"><span style="{sample}">words</span> '
        f"{safe_text(doubt_words.legend_note())}</div>"
    )


# fill opacity and outline dash of each kind, as the who-said-what chart draws them (charts.KIND_FILL/KIND_DASH)
KIND_SWATCH = {"direct": (1.0, "solid"), "mixed": (0.5, "dashed"), "indirect": (0.15, "dotted")}


def swatches_html(items: Iterable[tuple[str, float, str]]) -> str:
    """A legend of neutral squares: ``(label, fill opacity, border style)`` each, in the text's colour."""
    out = []
    for label, fill, border in items:
        box = (
            "display:inline-block;width:1.1em;height:1.1em;vertical-align:-0.2em;margin-right:0.35em;"
            f"border:2px {border} currentColor;background:rgba(128,128,128,{fill});"
        )
        out.append(
            f'<span style="margin-right:1.2em;white-space:nowrap"><span style="{box}"></span>{safe_text(label)}</span>'
        )
    return '<div class="ql-swatches" style="font-size:0.9em;line-height:2">' + "".join(out) + "</div>"


def kind_swatches_html(kinds: Iterable[str]) -> str:
    return swatches_html((views.KIND_NAME.get(k, k), *KIND_SWATCH.get(k, (0.3, "double"))) for k in kinds)


def headline_html(title: str) -> str:
    style = "font-size:clamp(1.35rem,1rem + 2.5vw,2rem);line-height:1.25;margin:.4rem 0 .8rem"  # smaller on a phone
    return f'<h2 class="ql-headline" style="{style}">{safe_text(title)}</h2>'
