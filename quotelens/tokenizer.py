"""Tokens of a text: words, numbers, titles and abbreviations, marks, with their offsets.

In: a text and a span of it. Out: :class:`quotelens.tokenrecord.Token` records whose ``start``/``end`` are
half-open character offsets into that text (re-exported by :mod:`quotelens.segment`, where every stage
imports it from).

How: one pattern (:data:`_TOKEN_RE`) says what a token is. Between single spaces most chunks of text are a
word of letters and digits, maybe with a mark before or after it: those are tokens as the pattern reads
them without running it; the pattern reads the rest.
"""

from __future__ import annotations

import re

from quotelens.tokenrecord import Token

_TOKEN_RE = re.compile(
    # (the first three kinds all open with one to four letters and a full stop: checked once, so that
    # an ordinary word fails them at once instead of trying every title; keep titles to four letters)
    # (possessive: after the longest run of letters comes no full stop, nor after any shorter one; and
    # a word's joined parts are taken possessively too: nothing after them can fail, so none is given back)
    r"(?=[A-Za-z]{1,4}+\.)(?:"
    r"(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Brig|Adm|Cmdr|Sgt|Capt|Det|Insp|Supt|Cpl|Pfc|Pvt|Spc|St|Prof|Rev"
    r"|Hon|Pres"
    r"|Shri|Smt|Sri|Kum|Coun|Cllr|Comr)\.(?=\s)"  # titles (and those of South Asia, a councillor's, a police rank)
    r"|(?:Jr|Sr)\.(?=[\s,])"
    r"|(?:Ma|Wm|Chas|Thos|Jas|Geo)\.(?=\s+[A-Z])"  # a given name written short: "Ma. Cristina", "Wm. Hale"
    r"|(?:Inc|Corp|Co|Ltd|Plc|Bros)\.(?=,|\s+[a-z])"  # "Apple Inc. said", "Acme Corp., which": the name's end
    r"|[A-Z]\.(?=\s+[A-Z])"  # a middle initial: Donald J. Trump
    r")"
    r"|(?:Const|Lieut|Comdr|Commr)\.(?=\s)"  # a constable's, a lieutenant's, a commander's, a commissioner's
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)"  # 20,000 and 1,769.5: one number, not three tokens
    r"|\w+(?:[’'\-]\w+|\.(?!(?<=[a-z]\.)[A-Z][a-z])\w+)*+"  # words, hyphenated words, don't, 3.5 (not "said.Trump")
    r"|'(?=''(?!\w))"  # the inner mark of a closing ''' (then '' closes the outer quote)
    r"|''|``"  # two-apostrophe quote marks (NYT)
    r"|[^\w\s]"  # any other single symbol
)
# The white space in front of a token (group 1), then the token (group 2): every other character opens
# a token and no white space does, so the tokens are the same, but each search succeeds where it starts
# instead of failing through every branch at each space first, and each match starts where the one
# before it ended (``findall`` gives the pairs without a match object each).
_SPACED_TOKEN_RE = re.compile(r"(\s*+)(" + _TOKEN_RE.pattern + ")")

# What a token's text says of it, (lower, is_word, is_capitalised), by text: looked up once per word
# form instead of three string calls per token (an article repeats most of its words; cleared when full).
_TOKEN_FACTS: dict[str, tuple[str, bool, bool]] = {}
_TOKEN_FACTS_MAX = 200_000


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    piece = text[start:end]
    chunks = piece.split()
    if " ".join(chunks) != piece:  # (white space other than one space between chunks: the pattern throughout)
        found = _tokens(_SPACED_TOKEN_RE.findall(text, start, end), start)
        if len(_TOKEN_FACTS) > _TOKEN_FACTS_MAX:
            _TOKEN_FACTS.clear()
        return found
    # Between single spaces, a chunk of letters and digits is one token, as the pattern reads it (no branch
    # before its words' takes a chunk without "." or ","); so is a lone mark before or after one. Only the
    # other chunks are searched, each a short search instead of one per token (most of tokenizing's cost).
    new = object.__new__  # (a token's slots filled here: calling Token's __init__ per token costs twice as much)
    known = _TOKEN_FACTS.get
    out: list[Token] = []
    append = out.append
    pos = start
    for chunk in chunks:
        if chunk.isalnum():
            tok = new(Token)
            tok.text, tok.start = chunk, pos
            pos += len(chunk)
            tok.end = pos
            tok.lower, tok.is_word, tok.is_capitalised = known(chunk) or _facts(chunk)
            append(tok)
            pos += 1  # (the space after the chunk)
            continue
        for t in _chunk_tokens(text, pos, chunk, end):
            tok = new(Token)
            tok.text, tok.start = t, pos
            pos += len(t)
            tok.end = pos
            tok.lower, tok.is_word, tok.is_capitalised = known(t) or _facts(t)
            append(tok)
        pos += 1
    if len(_TOKEN_FACTS) > _TOKEN_FACTS_MAX:
        _TOKEN_FACTS.clear()
    return out


def _facts(t: str) -> tuple[str, bool, bool]:
    """What the token text ``t`` says of its token, remembered (:func:`tokenize` empties the memo when full)."""
    c = t[0]
    f = _TOKEN_FACTS[t] = (t.lower(), c.isalnum(), c.isupper())
    return f


# Marks the pattern makes a token of wherever they stand (its last branch, ``[^\w\s]``), and which no other
# branch opens or joins to a word (not "." "'" "’" "-" "`")
_LONE_MARKS = frozenset(',;:?!()[]"“”‘—–')


def _chunk_tokens(text: str, at: int, chunk: str, end: int) -> tuple[str, ...] | list[str]:
    """The tokens' texts of ``chunk``, a run of ``text`` without white space at ``at``
    that is not all letters and digits, as :data:`_SPACED_TOKEN_RE` reads them in a text that ends at ``end``."""
    n = len(chunk)
    lead = chunk[0] in _LONE_MARKS
    if n == 1 and lead:
        return (chunk,)
    trail = chunk[-1] in _LONE_MARKS
    body = chunk[lead : n - trail]
    if body.isalnum():  # '“We', 'said,', '(AP)'
        return (chunk[0], body, chunk[-1]) if lead and trail else (chunk[0], body) if lead else (body, chunk[-1])
    word = body[:-1]
    if body[-1:] == "." and word.isalnum() and len(word) > 1 and word not in _DOTTED:  # 'said.', 'Trump.”'
        return _marked(chunk, lead, trail, (word, "."))
    parts = body.replace("’", "-").replace("'", "-").split("-")
    if len(parts) > 1:
        if all(map(str.isalnum, parts)):  # "Trump’s", "don't", "cap-and-trade": one word
            return _marked(chunk, lead, trail, (body,))
        # ("Trump’s.", "cap-and-trade.": the word, then its stop, which no word character follows; its first
        # part ends at a joining mark, not at a stop, so none of the pattern's titles takes it)
        last = parts[-1]
        if last[-1:] == "." and last[:-1].isalnum() and all(map(str.isalnum, parts[:-1])):
            return _marked(chunk, lead, trail, (word, "."))
    # (the search reads on past the chunk by its space and one character: what the pattern's look-aheads ask)
    out, got = [], 0
    for _, t in _SPACED_TOKEN_RE.findall(text, at, at + n + 2 if at + n + 2 < end else end):
        if got >= n:
            break
        out.append(t)
        got += len(t)
    return out


# Words that the pattern's first branches read with their full stop (titles, "Jr.", "Inc."; taken from its
# groups of words before "\."): these, and one-letter words ("J."), are left to the pattern. Any other word of
# letters and digits before a final full stop is read by its ``\w+`` branch, which joins no "." that no word
# character follows, so the stop is a token of its own.
_DOTTED = frozenset(w for group in re.findall(r"\(\?:([A-Za-z|]+)\)\\\.", _TOKEN_RE.pattern) for w in group.split("|"))


def _marked(chunk: str, lead: bool, trail: bool, words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` between ``chunk``'s lone marks, if it opens or closes with one."""
    if lead:
        words = (chunk[0], *words)
    return (*words, chunk[-1]) if trail else words


def _tokens(pairs: list[tuple[str, str]], start: int) -> list[Token]:
    """Tokens from the pattern's (white space before, token) pairs, the first at or after ``start``."""
    new = object.__new__
    known = _TOKEN_FACTS.get
    out: list[Token] = []
    append = out.append
    pos = start  # (each match starts where the one before ended: see _SPACED_TOKEN_RE)
    for space, t in pairs:
        s = pos + len(space)
        pos = s + len(t)
        f = known(t) or _facts(t)
        tok = new(Token)
        tok.text, tok.start, tok.end = t, s, pos
        tok.lower, tok.is_word, tok.is_capitalised = f
        append(tok)
    return out
