"""British-style quotation marks, read as the engine reads American ones.

Many outlets (the BBC, the Guardian, the Times, Reuters' UK desk, ...) open a quotation with ‘ and
close it with ’, and mark a quotation inside one with “ ”. The engine reads “…” (or "…") as the
quotation. So when an article's single marks pair up as quotations more often than it has double
marks, :func:`for_engine` gives the engine a copy of the text with the roles swapped, one character
for another, so that every offset the engine finds is an offset of the original text, which the
tables and the Reader still show as written.

The catch is the apostrophe: ’ (or ') is also "don’t", "Trump’s", "the voters’ choice", "’90s". A
mark opens a quotation only at a word's start (after a space, a bracket or a dash, before a
non-space); it closes one only at a word's end (after a non-space, before no letter or digit), so
"don’t" and "’90s" are no marks. "voters’ choice" could close a quotation: such a closing mark
(an s, the mark, a space and a lower-case word) is taken only when no other closes the quotation
before the next one opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Paragraph, ParagraphRole

OPENERS = "‘'"
CLOSERS = "’'"
# ('' and ''' are the NYT's double marks) (the mark comes first and the look-behind after it, so that
# the search skips to the next mark in C: the same marks as "(?<!')[‘’'](?!')")
_SINGLE_RE = re.compile(r"[‘’'](?<!'[‘’'])(?!')")
DOUBLE_MARKS = ("“", "”", '"', "''", "``")  # (the NYT's '' and `` as one mark each)
# A mark as _opens reads it, after a space, a bracket, a dash, a slash or a double mark: the mark itself
# (as written, "[\s(\[{—–\-/“\"][‘'](?=[^\s'])" matched the character before too; the same count of
# matches in a whole text, and the search skips from mark to mark in C)
_OPENER_RE = re.compile(r"[‘'](?<=[\s(\[{—–\-/“\"].)(?=[^\s'])")
_BEFORE_OPENER = '([{—–-/“"'
SWAP = str.maketrans({"“": "‘", "”": "’", '"': "'"})  # the quotations inside a British quotation
NOTE = "read its quotation marks British style: ‘…’ as the quotation, “…” as a quotation inside it"


def _opens(text: str, i: int, end: int) -> bool:
    prev = text[i - 1] if i > 0 else "\n"
    return (prev.isspace() or prev in _BEFORE_OPENER) and i + 1 < end and not text[i + 1].isspace()


def _closes(text: str, j: int, start: int) -> bool:
    nxt = text[j + 1] if j + 1 < len(text) else "\n"
    return j > start and not text[j - 1].isspace() and not nxt.isalnum()


def _possessive(text: str, j: int) -> bool:
    """ "the voters’ choice": a plural's apostrophe as much as a closing mark."""
    return text[j - 1] in "sS" and text[j + 1 : j + 2] == " " and text[j + 2 : j + 3].islower()


def _goes_on(text: str, spans: list[tuple[int, int]], n: int) -> bool:
    """The span after the ``n``-th opens with a quotation mark: a quotation left open in the ``n``-th goes on
    there ("… she says. 'Everything in there was him." and a paragraph opening "'People think …")."""
    if n + 1 >= len(spans):
        return False
    s, e = spans[n + 1]
    return text[s] in OPENERS and _opens(text, s, e)


def single_pairs(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (opening, closing) offsets of the single marks that pair up as quotations in ``spans``
    (closing -1: a quotation opened at a paragraph's start and going on into the next one)."""
    pairs: list[tuple[int, int]] = []
    spans = list(spans)
    for n, (start, end) in enumerate(spans):
        open_at: int | None = None
        weak: int | None = None  # a possessive-looking closer, kept in reserve
        for m in _SINGLE_RE.finditer(text, start, end):
            j, mark = m.start(), m.group()
            if open_at is None or (weak is not None and mark in OPENERS and _opens(text, j, end)):
                if open_at is not None and weak is not None:
                    pairs.append((open_at, weak))
                open_at, weak = (j, None) if mark in OPENERS and _opens(text, j, end) else (None, None)
            elif mark in CLOSERS and _closes(text, j, start):
                if _possessive(text, j):
                    weak = weak if weak is not None else j
                else:
                    pairs.append((open_at, j))
                    open_at, weak = None, None
        if open_at is not None and (weak is not None or open_at == start or _goes_on(text, spans, n)):
            # (a quotation going on into the next paragraph opens each of its paragraphs and closes
            # only in the last: its opening mark is left unclosed, as in “…)
            pairs.append((open_at, weak if weak is not None else -1))
    return pairs


def for_engine(text: str, paragraphs: list[Paragraph]) -> tuple[str, str | None]:
    """The text the engine reads (the same length, the same offsets), and a note when its quotation
    marks were read British style (None: read as they are): when at least two single-mark pairs are
    found in its body and they outnumber half its double marks (see :data:`DOUBLE_MARKS`)."""
    doubles = sum(text.count(mark) for mark in DOUBLE_MARKS)
    # (no more pairs than marks that could open one: most articles are settled here, in C)
    if 2 * (text.count("‘") + text.count("'")) <= max(doubles, 2) or 2 * (
        len(_OPENER_RE.findall(text)) + (text[:1] in OPENERS)
    ) <= max(doubles, 2):
        return _mixed(text, paragraphs), None
    spans = [(p.start, p.end) for p in paragraphs if p.role is ParagraphRole.BODY]
    pairs = single_pairs(text, spans)
    if len(pairs) < 2 or 2 * len(pairs) <= doubles:
        return _mixed(text, paragraphs, pairs), None
    chars = list(text)
    for s, e in spans:
        chars[s:e] = text[s:e].translate(SWAP)
    for o, c in pairs:
        chars[o] = "“"
        if c >= 0:
            chars[c] = "”"
    return "".join(chars), NOTE


def _mixed(text: str, paragraphs: list[Paragraph], pairs: list[tuple[int, int]] | None = None) -> str:
    """An article read American style that also quotes with single marks ("'This is chaos,' Sir Keir
    told the BBC.", "He said: 'We will win.'"). A single-mark pair is a candidate when it holds three
    words or more ending in a stop or a comma, closes in its paragraph, lies outside any double-mark
    quotation and does not fill its paragraph (a subhead); once one candidate stands right after or
    before a cue, the article quotes with single marks and every candidate is read as a quotation
    (its marks given the engine as “ ”). Scare quotes ("the plan was 'reckless'") and quotations
    inside quotations stay as they are."""
    closers = _closer_starts(text)
    if not closers:
        return text  # (no single mark closes a sentence: most articles are settled here, in C)
    spans = [(p.start, p.end) for p in paragraphs if p.role is ParagraphRole.BODY]
    if pairs is None:  # (only the paragraphs where a single mark closes a sentence can hold a candidate)
        pairs = single_pairs(text, [(s, e) for s, e in spans if any(s <= c < e for c in closers)])
    candidates = []
    cued = False
    for o, c in pairs:
        if c < 0 or text[c - 1] not in ",.?!" or len(text[o:c].split()) < 3:
            continue
        start, end = next((s, e) for s, e in spans if s <= o < e)
        before = text[start:o]
        if before.count("“") > before.count("”") or before.count('"') % 2 or before.count("''") % 2:
            continue  # inside a quotation: the quotation's own inner quotation
        if not before.strip() and not text[c + 1 : end].strip():
            continue  # a subhead
        candidates.append((o, c))
        cued = cued or bool(_CUE_AFTER_RE.match(text, c + 1) or _CUE_BEFORE_RE.search(text[max(start, o - 40) : o]))
    if not cued:
        return text
    chars = list(text)
    for o, c in candidates:
        chars[o], chars[c] = "“", "”"
    return "".join(chars)


_SENTENCE_CLOSER_RE = re.compile(r"[,.?!][’'](?!')")  # (",''" is the NYT's closing double mark)


def _closer_starts(text: str) -> list[int]:
    """Where :data:`_SENTENCE_CLOSER_RE` matches, in order: found from the single marks, which are few, instead
    of trying the pattern at every character (no match opens with a single mark, so none overlaps another)."""
    out: list[int] = []
    for mark in "’'":
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1] in ",.?!" and text[at + 1 : at + 2] != "'":
                out.append(at - 1)
            at = text.find(mark, at + 1)
    out.sort()
    return out


# A cue right after a closing single mark ("..,' Sir Keir told", "..,' she said") or before an
# opening one ("said: '", "told the BBC: '"): words of the lexicon's cue forms.
_CUE_WORDS = "|".join(sorted((re.escape(f) for f in CUE_FORMS if f.isalpha()), key=len, reverse=True))
_CUE_AFTER_RE = re.compile(rf" (?:[A-Z][\w.'’-]*,? ){{0,3}}(?:he |she |they |we |I )?(?:{_CUE_WORDS})\b")
_CUE_BEFORE_RE = re.compile(rf"\b(?:{_CUE_WORDS})\b[^.!?'‘’]{{0,25}}[:,] ?$")


def to_british(text: str) -> str:
    """``text``'s American quotation marks set British style (“…” as ‘…’, a ‘…’ inside one as “…”),
    character for character: PolNeAR's gold offsets still hold, so the engine's reading of British
    marks is measured on it (``benchmarks/british_marks.py``). The NYT's ``''`` marks are left as they are."""
    from quotelens.segment import find_quote_regions, segment_paragraphs

    chars = list(text)
    for r in find_quote_regions(text, segment_paragraphs(text)):
        inner_end = r.end - 1 if r.closed else r.end
        for o, c in single_pairs(text, [(r.start + 1, inner_end)]):
            if c > o:
                chars[o], chars[c] = "“", "”"
        if text[r.start] in '“"':
            chars[r.start] = "‘"
        if r.closed and text[r.end - 1] in '”"':
            chars[r.end - 1] = "’"
    return "".join(chars)
