"""Pronoun contractions before a cue: "I'll say", "we've said", "they're saying".

A contraction is never a source's name: "I'll" is the pronoun "I" and the auxiliary "will". And a future
"will say more" (or "later", "soon") announces words to come: it reports nothing.
"""

from __future__ import annotations

import re

from quotelens.segment import Token

_CONTRACTION_RE = re.compile(r"(?i)(i|we|you|he|she|they)[’'](?:ll|ve|re|d|m)")
_FUTURE = frozenset(["will", "shall", "'ll", "’ll"])
_ANNOUNCED = frozenset(["more", "later", "soon", "again"])


def pronoun_of(word: str) -> str:
    """The pronoun of a pronoun contraction ("I'll" → "I"), else the word itself."""
    m = _CONTRACTION_RE.fullmatch(word)
    return m.group(1) if m else word


def pronoun_source(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The source span of the subject tokens ``np``: one pronoun contraction cut to its pronoun ("I'll" → "I")."""
    first, last = toks[np[0]], toks[np[1] - 1]
    if np[1] - np[0] == 1 and (word := pronoun_of(first.text)) != first.text:
        return first.start, first.start + len(word)
    return first.start, last.end


def announces_only(toks: list[Token], i: int, k: int) -> bool:
    """Is the cue at ``i`` a future one announcing words to come ("I'll say more in the spring", "she will
    say more later"), its object at ``k`` ("more") and no content?"""
    if i == 0 or k >= len(toks) or toks[k].lower not in _ANNOUNCED:
        return False
    before = toks[i - 1].lower
    return before in _FUTURE or (pronoun_of(toks[i - 1].text) != toks[i - 1].text and before.endswith("ll"))
