"""'in X's words' and 'in the words of X' beside a quotation name its speaker, as "as X put it" does:
'a project that, in Raman's words, “took eleven people three weeks”', 'in the words of a senior
adviser, “the torchbearer”', '“surprises,” in the words of one top staffer'."""

from __future__ import annotations

from quotelens.segment import Token

_PERSONAL = frozenset(["his", "her", "their", "my", "our"])
_ENDS = frozenset([",", ".", ";", ":", "—", "–", ")"])
_MAX_SOURCE = 10


def words_of(toks: list[Token], p: int) -> tuple[tuple[int, int], int, int] | None:
    """The speaker's character span, the index of "words" and the index after the phrase "in ... words
    ..." opening at ``p``; None for no such phrase."""
    n = len(toks)
    if p + 3 >= n or toks[p].lower != "in":
        return None
    if toks[p + 1].lower == "the" and toks[p + 2].lower == "words" and toks[p + 3].lower == "of":
        e = p + 4
        while e < n and e - p - 4 < _MAX_SOURCE and toks[e].is_word:
            e += 1
        if e == p + 4 or (e < n and toks[e].text not in _ENDS and not toks[e].text.startswith(('"', "“", "''"))):
            return None
        return (toks[p + 4].start, toks[e - 1].end), p + 2, e
    e = p + 1
    while e < n and e - p <= 4 and toks[e].is_capitalised and not _possessive(toks[e]):
        e += 1  # "in Priya Raman's words"
    if e < n and (_possessive(toks[e]) and (toks[e].is_capitalised or e > p + 1)):
        span = (toks[p + 1].start, toks[e].end - 2)
    elif e == p + 1 and toks[e].lower in _PERSONAL:
        span = (toks[e].start, toks[e].end)
    else:
        return None
    e += 1
    if e < n and toks[e].lower == "own":
        e += 1
    if e >= n or toks[e].lower != "words":
        return None
    return span, e, e + 1


def _possessive(t: Token) -> bool:
    return len(t.text) > 2 and t.text.endswith(("'s", "’s"))


def words_before(toks: list[Token], q: int) -> tuple[tuple[int, int], int, int] | None:
    """The phrase "in X's words," right before the quotation at ``q``; after "in the words of her
    manager, Tom Hale," the name in apposition is the speaker."""
    if q < 3 or toks[q - 1].text != ",":
        return None
    for p in range(q - 3, max(-1, q - 16), -1):
        got = words_of(toks, p)
        if got is None:
            continue
        a = got[2]
        if a == q - 1:
            return got
        if toks[a].text == "," and a + 1 < q - 1 and all(t.is_capitalised for t in toks[a + 1 : q - 1]):
            return (toks[a + 1].start, toks[q - 2].end), got[1], q - 1
        return None
    return None
