"""Split an article into paragraphs, sentences, tokens and quoted regions.

In: the article text (a ``str``). Out: small records whose ``start``/``end`` are
half-open character offsets into that same text, so ``text[start:end]`` is the span.

Notes:
    * A paragraph is a block between blank lines. Inside a block a single line break
      is kept as a soft break (a quote "broken over a line") when the line does not
      end a sentence or the next line starts in lower case; otherwise it starts a new
      paragraph, which is how texts without blank lines are read.
    * The first paragraph is the headline when it is short; short paragraphs that
      match web debris ("Please enter your comment!", "Read more") are boilerplate, and a
      byline or dateline just under the headline is a byline (``quotelens.paragraph_roles``).
      None is deleted: they keep their offsets. Debris is never mined for quotes;
      the headline is mined by its own, title-case aware pass in the attribution engine.
    * Quoted regions pair double quotation marks left to right within a paragraph;
      an opening mark left open at the end of a paragraph is the news-style
      multi-paragraph quote, continued when the next paragraph opens with a mark.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum

from quotelens.lexicon import ABBREVIATIONS
from quotelens.paragraph_roles import (
    BYLINE_WITHIN,
    is_boilerplate,
    is_byline,
    is_entry_headline,
    is_list_header,
    is_list_label,
)
from quotelens.tokenizer import tokenize
from quotelens.tokenrecord import Token


class ParagraphRole(StrEnum):
    TITLE = "title"
    BODY = "body"
    BOILERPLATE = "boilerplate"
    HEADING = "heading"  # a section heading of a web page or Markdown file: never mined for quotes
    BYLINE = "byline"  # "By Ann Lee": who wrote it, not what anyone said


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: int
    start: int
    end: int
    role: ParagraphRole


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a body paragraph with its tokens (computed once, shared by every stage)."""

    paragraph: int
    start: int
    end: int
    tokens: list[Token]


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A stretch inside quotation marks; ``start`` is the opening mark's offset."""

    start: int
    end: int
    paragraph: int
    closed: bool
    continued: bool  # opened in an earlier paragraph (multi-paragraph quote)


OPENING_MARKS = "“«„"
CLOSING_MARKS = "”»"
# A closing ''' ends an inner 'quote' and the outer ''quote'' at once (NYT style).
# (every branch opens with a literal character, so that the search skips to the next of them in C
# instead of trying the branches at every character: the same marks as ``[\"“”«»„]`` for the last five)
_QUOTE_MARK_RE = re.compile(r"'''(?!\w)|''|``|\"|“|”|«|»|„")
_LIST_MARKS = frozenset("•▪◦‣●■")
_SENTENCE_END_RE = re.compile(
    # (every branch opens with the first of its [.!?]+, taken out in front so that the search skips to
    # the next stop in C instead of trying the three branches at every character of the paragraph)
    r"[.!?](?:[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]*[A-Z0-9])|[.!?]*[\"”’')\]]*$"
    # a lost space: "Trump said.Trump claimed", "voters!”After", 'native-born.”“Your facts are wrong,”'
    r"|(?<=[a-z][.!?])[.!?]*(?:[\"”]?(?=[A-Z][a-z])|”(?=“[A-Z])))"
)
_TERMINAL = tuple('.!?:;"”’»')
_TITLE_MAX_WORDS = 40


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _soft_break(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether a single line break between two non-empty lines is inside a paragraph."""
    before = text[prev[0] : prev[1]].rstrip()
    after = text[nxt[0] : nxt[1]].lstrip()
    if not before or not after:
        return False
    if not before.endswith(_TERMINAL):
        return after[0].islower() or after[0].isdigit() or before.endswith((",", "-", "—"))
    return False


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, trimmed of surrounding white space; empty lines separate."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    prev_line: tuple[int, int] | None = None
    for s, e in _line_spans(text):
        if not text[s:e].strip():
            if current:
                blocks.append(current)
            current, prev_line = None, None
            continue
        if current is not None and prev_line is not None and _soft_break(text, prev_line, (s, e)):
            current = (current[0], e)
        else:
            if current:
                blocks.append(current)
            current = (s, e)
        prev_line = (s, e)
    if current:
        blocks.append(current)
    out = []
    for s, e in blocks:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def segment_paragraphs(text: str, has_title: bool = True) -> list[Paragraph]:
    """Paragraphs with their roles (title, body, boilerplate, byline)."""
    spans = split_paragraphs(text)
    paragraphs: list[Paragraph] = []
    listing = False  # under a header of links or topics ("Explore more on these topics")
    for i, (s, e) in enumerate(spans):
        body = text[s:e]
        if i == 0 and has_title and len(spans) > 1 and len(body.split()) <= _TITLE_MAX_WORDS:
            role = ParagraphRole.TITLE
        elif is_boilerplate(body) or (listing and is_list_label(body)):
            role = ParagraphRole.BOILERPLATE
            listing = listing or is_list_header(body)
        elif 0 < i <= BYLINE_WITHIN and paragraphs[0].role is ParagraphRole.TITLE and is_byline(body):
            role = ParagraphRole.BYLINE
        elif i > 1 and is_entry_headline(body, text[spans[i - 1][0] : spans[i - 1][1]]):
            role = ParagraphRole.HEADING  # (a live page's entry: its headline after its time stamp)
        else:
            role = ParagraphRole.BODY
        listing = listing and role is ParagraphRole.BOILERPLATE
        paragraphs.append(Paragraph(i, s, e, role))
    return paragraphs


# Sentence ends after an abbreviation (issue 21). A title introduces a name and never ends a
# sentence ("Sen. Tom Hale"); some abbreviations never do ("approx.", "vs."); a clock time ends one
# before any capitalised word but a zone or a day ("10 p.m. Officials" / "5 p.m. Friday"); the rest
# ("U.S.", "Inc.", "N.Y.", "Jr.", "Sept.") end one only before a word that starts sentences ("to the
# U.S. The", "Downey Jr. He"), never before a title ("U.S. Rep. Jo Smith") or a number ("Jan. 5").
NAME_TITLES = frozenset(
    "mr mrs ms messrs dr sen sens rep reps gov gen lt col capt cmdr adm maj sgt cpl pvt pfc spc st prof rev hon pres "
    "sec supt det insp fr msgr atty gens shri smt sri kum thiru coun cllr const lieut brig comdr comr commr".split()
)
# Given names written short before the rest of the name (the Philippines' "Ma." for Maria; "Wm.", "Chas.")
GIVEN_ABBREVIATIONS = frozenset("ma wm chas thos jas geo".split())
NEVER_FINAL = frozenset("approx vs cf ca nos vol vols fig figs pp ft mt no".split())
_CLOCK = frozenset(("a.m", "p.m"))
_CLOCK_GOES_ON = frozenset(
    "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet eastern central mountain pacific local "
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight".split()
)
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you his her its their our my your this that these those there here "
    "but and or so yet nor for in on at by from with without after before during since until while when "
    "where why how what who which whose if as although though because unless whether some many most "
    "several all both each every few none not neither either one two three another other such still also "
    "then now later earlier meanwhile however instead yesterday today tomorrow last next only even just "
    "to of over under about among according despite once no".split()
)
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENING_QUOTES = frozenset(OPENING_MARKS + '"‘')  # (the straight and single marks open a quotation too)
_NICKNAME = re.compile(r"[\"“‘«][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[\"”’»] [A-Z]")


def _possessive_s(text: str, b: int) -> bool:
    """Is the letter at ``b`` the "s" of a possessive: an apostrophe right before it and a letter before that?"""
    return b >= 2 and text[b - 1] in "’'" and text[b - 2].isalpha()


def _ends_after_abbreviation(text: str, dot: int, start: int, nxt: int, end: int) -> bool | None:
    """Whether the full stop at ``dot`` ends a sentence when it closes an abbreviation (None: not one).

    ``nxt`` is where the next sentence would begin (after spaces), ``start`` the current sentence's start.
    """
    b = dot
    while b > start and (text[b - 1].isalnum() or text[b - 1] in "._"):
        b -= 1
    word = text[b:dot]
    dotted = "." in word
    if dotted and not _DOTTED_ABBREVIATION.fullmatch(word):
        last = word.rsplit(".", 1)[-1]  # "Breitbart.com", "2.0", "C.D.O.s"
        return False if len(last) == 1 and last.isalpha() else None
    low = word.lower()
    if not dotted and len(low) == 1 and low.isalpha() and not (low == "s" and _possessive_s(text, b)):
        # (not a possessive's "s": "neighbours Sir Geoffrey’s. Mr Pelling has"; but "The film 'J. Edgar'")
        # an initial ("Donald J. Trump"), but not before a quotation ('in a post on X. "Today we delivered,"
        # she wrote.'), unless a nickname follows it ('Rep. Robert C. "Bobby" Scott')
        return text[nxt : nxt + 1] in _OPENING_QUOTES and not _NICKNAME.match(text, nxt, end)
    if low in GIVEN_ABBREVIATIONS and text[nxt : nxt + 1].isupper():
        return text[nxt:end].split(" ", 1)[0].lower() in SENTENCE_STARTERS  # "Ma. Cristina Robles", "Wm. Hale"
    if not dotted and low not in ABBREVIATIONS and low not in NAME_TITLES and low not in NEVER_FINAL:
        return None  # an ordinary word
    if low in NAME_TITLES or low in NEVER_FINAL or low in ("e.g", "i.e"):
        return False
    e = nxt
    while e < end and (text[e].isalnum() or text[e] in "’'-"):
        e += 1
    following = text[nxt:e]
    if not following[:1].isalpha():
        return False  # "Jan. 5", "No. 10", or a quotation mark: kept as before
    if following.lower() in NAME_TITLES and text[e : e + 1] == ".":
        return False  # "U.S. Rep. Jo Smith"
    if low in _CLOCK:
        return following.lower() not in _CLOCK_GOES_ON
    return following.lower() in SENTENCE_STARTERS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph)."""
    spans = []
    s = start
    if start + 1 < end and text[start] in _LIST_MARKS and text[start + 1].isspace():
        s = start + 2  # "• Rep. Ana Ruiz (D-Ariz.) said ...": a list item's mark is no word of its sentence
        while s < end and text[s].isspace():
            s += 1
    for m in _SENTENCE_END_RE.finditer(text, s, end):
        stop = m.end()
        if text[m.start()] == ".":
            nxt = stop
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if _ends_after_abbreviation(text, m.start(), s, nxt, end) is False:
                continue
        if stop < end and text[s:stop].strip():
            spans.append((s, stop))
            s = stop
            while s < end and text[s].isspace():
                s += 1
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans


def find_quote_regions(text: str, paragraphs: list[Paragraph]) -> list[QuoteRegion]:
    """Quoted regions in body paragraphs (see the module notes for the pairing rule)."""
    regions: list[QuoteRegion] = []
    carried = False  # the previous body paragraph ended inside an open quote
    for para in paragraphs:
        if para.role is not ParagraphRole.BODY:
            carried = False
            continue
        open_at: int | None = None
        first_mark = True
        continued_here = False
        for m in _QUOTE_MARK_RE.finditer(text, para.start, para.end):
            mark = m.group()
            prev_char = text[m.start() - 1] if m.start() > para.start else " "
            if open_at is None:
                open_at = m.start()
                continued_here = carried and first_mark and m.start() == para.start
            elif mark in OPENING_MARKS and (prev_char.isspace() or prev_char in "([{—–-"):
                pass  # an opener while open: nested or mistyped, keep the first
            else:
                regions.append(QuoteRegion(open_at, m.end(), para.id, True, continued_here))
                open_at = None
                continued_here = False
            first_mark = False
        if open_at is not None:
            regions.append(QuoteRegion(open_at, para.end, para.id, False, continued_here))
            carried = True
        else:
            carried = False
    return regions


def segment_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of the body paragraphs, each with its tokens, in text order."""
    out = []
    for para in paragraphs:
        if para.role is not ParagraphRole.BODY:
            continue
        for s, e in split_sentences(text, para.start, para.end):
            out.extend(_bounded_sentences(para.id, s, e, tokenize(text, s, e)))
    return out


# A run of text with no sentence end (a paragraph without punctuation) is read in pieces of this
# many tokens, so that no stage's work on a sentence grows with the square of its length. The
# longest sentence of PolNeAR train and dev has 220 tokens.
MAX_SENTENCE_TOKENS = 400


def _bounded_sentences(paragraph: int, start: int, end: int, tokens: list[Token]) -> list[Sentence]:
    """The sentence ``start``-``end``, cut into pieces of at most MAX_SENTENCE_TOKENS tokens."""
    if len(tokens) <= MAX_SENTENCE_TOKENS:
        return [Sentence(paragraph, start, end, tokens)]
    out = []
    for i in range(0, len(tokens), MAX_SENTENCE_TOKENS):
        piece = tokens[i : i + MAX_SENTENCE_TOKENS]
        last = i + MAX_SENTENCE_TOKENS >= len(tokens)
        out.append(Sentence(paragraph, start if i == 0 else piece[0].start, end if last else piece[-1].end, piece))
    return out


_WORD_RE = re.compile(r"\w+")


class RegionIndex:
    """Which quoted region, if any, holds a position: a binary search over region starts."""

    def __init__(self, regions: list[QuoteRegion]):
        self.regions = regions
        self._starts = [r.start for r in regions]

    def at(self, pos: int) -> QuoteRegion | None:
        k = bisect.bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self.regions[k].end:
            return self.regions[k]
        return None

    def quoted_share(self, text: str, spans: list[tuple[int, int]]) -> float:
        """Share of the words (\\w runs) of ``text``'s ``spans`` that a quoted region holds (0 with none)."""
        words = [m.start() for s, e in spans for m in _WORD_RE.finditer(text, s, e)]
        return sum(self.at(w) is not None for w in words) / len(words) if words else 0.0
