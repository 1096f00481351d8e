"""Words inside a name that a walk back from a subject's head must not stop at: a quoted nickname
(Jose "Joma" Santillan) and the "of the" of an institution's or a party's name ("University of the
Philippines", "Santillan of the Agri party-list"), and the adverbs that open a sentence before a name
("Then Marcus Okafor remembered"), which are no part of it."""

from __future__ import annotations

from quotelens.attribution.tokens import is_quote
from quotelens.lexicon import ROLE_NOUNS, TITLE_WORDS
from quotelens.segment import Token

_TITLES_OR_ROLES = TITLE_WORDS | ROLE_NOUNS
OPENING_ADVERBS = frozenset("then now meanwhile instead still later earlier also indeed moreover however thus".split())


def nickname_before(tokens: list[Token], a: int) -> bool:
    """A quoted capitalised word between two names ends before ``a``: Jose "Joma" Santillan."""
    quoted = a >= 4 and is_quote(tokens[a - 1]) and is_quote(tokens[a - 3])
    return quoted and all(tokens[m].is_capitalised for m in (a, a - 2, a - 4))


def of_the_in_name(tokens: list[Token], a: int) -> bool:
    """The "the" at ``a`` is inside a name ("University of the Philippines", "Santillan of the Agri party"),
    not after a title's "of" ("the President of the Independent Marketers Association, Musa Garba,")."""
    of_the = a >= 2 and a + 1 < len(tokens) and tokens[a].lower == "the" and tokens[a - 1].lower == "of"
    named = of_the and tokens[a - 2].is_capitalised and tokens[a + 1].is_capitalised
    return named and tokens[a - 2].lower not in _TITLES_OR_ROLES
