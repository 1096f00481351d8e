"""Kinds of organisation written as initials before a name: "the NGO Aktiva" is Aktiva, an NGO, as "the charity
Aktiva" is Aktiva, a charity.

In: the tokens of a capitalised run (``kind_initials_end``) or a source phrase's words (``after_kind_initials``).
Out: where the name begins past the kind. Only after a determiner, a lower-case word or a hyphened modifier
("the Lagos-based NGO Aktiva"), and never before common words alone ("NGO Monitor" is a name).
"""

from __future__ import annotations

from quotelens.segment import Token
from quotelens.speakers.lexicon import common_words
from quotelens.speakers.nameparts import INTRO_DETERMINERS, bare, hyphened_modifier

# Kinds of organisation written as initials, before a name as "the charity" is ("the Lagos-based NGO *Aktiva*")
KIND_INITIALS = frozenset(["NGO", "NPO", "INGO", "CSO"])


def kind_initials_end(toks: list[Token], a: int, b: int) -> int:
    """Where a name begins after a kind written as initials that a description opens ("the NGO *Aktiva*",
    "the Lagos-based NGO *Aktiva*"), or ``a``: not at a sentence's start, nor before a common word alone
    ("NGO Monitor" is a name)."""
    if b - a < 2 or toks[a].text not in KIND_INITIALS or a == 0:
        return a
    before = toks[a - 1]
    if not before.is_word or (
        before.is_capitalised and before.lower not in INTRO_DETERMINERS and not hyphened_modifier(before.text)
    ):
        return a
    return a if all(bare(t.text) in common_words() for t in toks[a + 1 : b]) else a + 1


def after_kind_initials(words: list[str]) -> list[str]:
    """The words of a source phrase past a kind written as initials after a lower-case word or a hyphened
    modifier ("the NGO *Aktiva*", "the Lagos-based NGO *Aktiva*"); the words as they are when none."""
    k = next((i for i, w in enumerate(words) if w in KIND_INITIALS), 0)
    if k == 0 or k == len(words) - 1:
        return words
    before = words[k - 1]
    if before[:1].isupper() and before.lower() not in INTRO_DETERMINERS and not hyphened_modifier(before):
        return words
    return words if all(w.lower() in common_words() for w in words[k + 1 :]) else words[k + 1 :]
