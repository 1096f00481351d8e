"""Parts of a capitalised run that say what it is: an age after a name, words before a first name, an acronym.

Helpers of :mod:`quotelens.speakers.names` (kept apart to keep that module short).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quotelens.segment import Token
from quotelens.speakers.lexicon import SURNAME_PARTICLES, common_words, is_first_name, sex_of_first_name

_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]+$")
NOT_ACRONYMS = frozenset("est edt cst cdt pst pdt gmt utc am pm tv ok us usa uk eu ceo cfo coo vp md phd".split())


def aged(toks: list[Token], b: int) -> bool:
    """Does an age follow the name ending at token ``b`` (", 22,")?"""
    return (
        b + 2 < len(toks)
        and toks[b].text == ","
        and toks[b + 1].text.isdigit()
        and len(toks[b + 1].text) <= 3
        and toks[b + 2].text == ","
    )


def leading_words(words: list[str], n_titles: int, kind_of: Callable[[list[str], list[str]], str]) -> int:
    """Capitalised words before a first name that are no part of the name: the end of a title ("Director
    of National Intelligence James Clapper", "Undersecretary for Political Affairs Wendy Sherman") or an
    epithet ("Crooked Hillary Clinton"). Only when a surname follows and the run's first word is no first
    name, and never in an organisation's or a medium's name (``kind_of`` says which)."""
    rest = words[n_titles:]
    if len(rest) < 3 or is_first_name(rest[0]) or kind_of(rest, []) not in ("person", "unknown"):
        return 0
    for i in range(1, len(rest) - 1):
        word = rest[i]
        if _INITIAL.match(word) or word.lower() in SURNAME_PARTICLES:
            return 0
        if is_first_name(word) and sex_of_first_name(word) is not None:
            return i
    return 0


def is_acronym(word: str) -> bool:
    """ "FBI", "SVP" name organisations; "EST", "TV" or a shouted word ("TEXT") do not."""
    low = word.lower()
    return bool(_ACRONYM.match(word)) and len(word) >= 2 and low not in common_words() and low not in NOT_ACRONYMS
