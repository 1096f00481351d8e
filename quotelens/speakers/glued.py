"""Words the tokenizer split at a combining mark or a stray byte, glued back for names.

In: a text and the tokens of one of its sentences. Out: the same tokens, but each run of pieces written
with no space between them that holds a combining accent (a decomposed "é" is "e" + U+0301) or a
control or Latin-1 sign (the bytes of a doubly encoded "á") is one word token, its text composed (NFC),
its offsets those of the whole run: "Arturo Sarukha" + U+0303 + ... + "n" is "Arturo Sarukhán"'s
last name, not "Sarukha". Only an article whose text holds such a character is read again
(:func:`has_glue`: one scan), so an ordinary article costs one regular-expression search (an ASCII one none).
"""

from __future__ import annotations

import re
import unicodedata

from quotelens.segment import Token

# Combining marks, C1 controls, and Latin-1 signs (not the no-break space) that never open or end a word
_GLUE = re.compile("[\u0300-\u036f\u0080-\u009f\u00a1-\u00bf]")


def has_glue(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a glue character."""
    if text.isascii():
        return False  # (every glue character is past ASCII: a text known to be ASCII, in O(1), needs no scan)
    return _GLUE.search(text, start, len(text) if end is None else end) is not None


def glued(tokens: list[Token]) -> list[Token]:
    """The tokens with each glued run of word and glue pieces merged (see the module docstring)."""
    out: list[Token] = []
    k, n = 0, len(tokens)
    while k < n:
        j = k
        while j + 1 < n and tokens[j + 1].start == tokens[j].end and _piece(tokens[j + 1]) and _piece(tokens[j]):
            j += 1
        pieces = tokens[k : j + 1]
        if j > k and tokens[k].is_word and any(_GLUE.match(t.text) for t in pieces):
            text = unicodedata.normalize("NFC", "".join(t.text for t in pieces))
            first = tokens[k]
            out.append(Token(text, first.start, tokens[j].end, text.lower(), True, first.is_capitalised))
        else:
            out.extend(pieces)
        k = j + 1
    return out


def _piece(tok: Token) -> bool:
    """A word, or glue alone (not an ordinary mark: "Smith," keeps its comma apart)."""
    return tok.is_word or all(_GLUE.match(c) for c in tok.text)
