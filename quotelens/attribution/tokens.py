"""Small tests on single tokens and text offsets, shared by every frame and pass."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from quotelens.attribution.record import Span
from quotelens.attribution.words import NUMBER_WORDS, QUOTE_CHARS, QUOTE_TOKENS, TITLE_SMALL_WORDS
from quotelens.endings import ENDS_ING
from quotelens.lexicon import CUE_FORMS, SUBJECT_PRONOUNS
from quotelens.segment import QuoteRegion, Token

_R = TypeVar("_R")


def per_token_list(fn: Callable[[list[Token], int], _R]) -> Callable[[list[Token], int], _R]:
    """``fn(tokens, i)`` for a pure ``fn``, remembered for the token list last asked about: the frames
    ask the same question of one sentence's cue more than once (the subject before it is read by the
    content-first frame, then by the source-first one). The list is kept (compared by identity, so its
    id is never reused meanwhile), and the answers are dropped when another list is asked about. The list
    and its answers are one pair, read once per call: two threads reading two articles at once each keep
    their own pair (two fields written apart could pair one thread's list with the other's answers)."""
    last: list[tuple[Any, dict[int, Any]]] = [(None, {})]

    @functools.wraps(fn)
    def remembered(tokens: list[Token], i: int) -> _R:
        held = last[0]
        if held[0] is not tokens:
            held = last[0] = (tokens, {})
        answers: dict[int, _R] = held[1]
        if i in answers:
            return answers[i]
        found = answers[i] = fn(tokens, i)
        return found

    return remembered


def contracted_be(tok: Token) -> bool:
    """ "He’s", "they're", "I’m": a subject pronoun with a contracted "be" (or "has")."""
    low = tok.lower.replace("’", "'")
    stem, _, clitic = low.rpartition("'")
    return clitic in {"s", "re", "m"} and stem in SUBJECT_PRONOUNS


def is_ing_cue(low: str) -> bool:
    return low in CUE_FORMS and ENDS_ING[low]


def start_of_last_runs(text: str, end: int, runs: int) -> int:
    """Where the last ``runs`` runs of spaces and of non-spaces before ``end`` begin."""
    p = end
    for _ in range(runs):
        if p == 0:
            break
        space = text[p - 1].isspace()
        while p > 0 and text[p - 1].isspace() == space:
            p -= 1
    return p


def first_token_from(toks: list[Token], pos: int) -> int:
    """Index of the first of ``toks`` that starts at or after ``pos`` (a binary search)."""
    return bisect.bisect_left(toks, pos, key=token_start)


def token_start(tok: Token) -> int:
    return tok.start


def span_end(span: Span) -> int:
    return span[1]


def region_start(region: QuoteRegion) -> int:
    return region.start


def is_quote_at(text: str, pos: int) -> bool:
    """Whether a quotation mark opens at ``pos``."""
    return text.startswith(("“", '"', "''", "«", "„"), pos)


def title_case(tokens: list[Token]) -> bool:
    """A line in title case: six words or more, each capitalised but for short function words
    (checked for every sentence: most fail at their second word)."""
    n = 0
    for t in tokens:
        if t.is_word and not t.text[0].isdigit():
            if not (t.is_capitalised or t.lower in TITLE_SMALL_WORDS):
                return False
            n += 1
    return n >= 6


def pieces_before(content: list[Span], cut: int) -> list[Span]:
    """The pieces of a content up to offset ``cut`` (the last one shortened to end there)."""
    return [(s, min(e, cut)) for s, e in content if s < cut]


def has_report_comma(quotation: str) -> bool:
    """Whether a quotation closes with a comma inside its marks ('"Nusra is Al Qaeda,"')."""
    return quotation.rstrip().rstrip("”\"'").rstrip().endswith(",")


def has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a double quotation mark (or the NYT's two apostrophes)."""
    return "''" in text or any(ch in QUOTE_CHARS for ch in text)


def is_quote(tok: Token) -> bool:
    return tok.text in QUOTE_TOKENS


def is_cue_word(tok: Token) -> bool:
    """A cue form written in lower case: "State" in "the Islamic State" is part of a name."""
    return tok.lower in CUE_FORMS and not tok.is_capitalised


def is_number(tok: Token) -> bool:
    return tok.text.isdigit() or tok.lower in NUMBER_WORDS


def is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in {"19", "20"}


def token_span(tokens: list[Token], a: int, b: int) -> Span:
    return (tokens[a].start, tokens[b - 1].end)


@per_token_list  # (asked for each proposal's end options and again by the source-first frame)
def in_relative_clause(toks: list[Token], cue: int) -> bool:
    """Is the cue in a relative clause set off by a comma ("Musa Adamu, who said C, was angry", "X, who
    endorsed Y and said C, ...")? Its content cannot run past the clause, into the main clause's verb."""
    for m in range(cue - 1, cue - 20 if cue > 20 else 0, -1):  # (back to the comma that opens the clause)
        text = toks[m].text
        if text == ",":
            return m + 1 < cue and toks[m + 1].lower in ("who", "which")
        if text in _CLAUSE_STOPS:
            return False
    return False


_CLAUSE_STOPS = QUOTE_TOKENS | {".", ";", ":"}


def before_then(toks: list[Token], j: int) -> int | None:
    """For ", then" at ``j`` ("X paused, then said"; 'X called it “a gift,” then added': the comma inside the
    quotation), the token the earlier verb's clause ends before: the comma, or the quotation's opening mark
    (the subject is looked for before the quotation, not inside it); else None."""
    if j < 1 or j + 1 >= len(toks) or toks[j + 1].lower != "then":
        return None
    if toks[j].text == ",":
        return j
    if not is_quote(toks[j]) or toks[j - 1].text != ",":
        return None
    for m in range(j - 2, max(0, j - 60), -1):
        if is_quote(toks[m]):
            return m
    return None
