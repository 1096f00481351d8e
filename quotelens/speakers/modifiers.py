"""A body's name used as a modifier before a common noun: "one Senate seat", "the House race", "a Cabinet
meeting" name a seat, a race and a meeting, not the Senate, the House or the Cabinet, so they are no mention
of the body (it would be listed as named but never heard).

In: a sentence's tokens and a capitalised run ``toks[a:b]`` read as an organisation. Out: whether it only
modifies the noun after it. Kept narrow: one word that is a body's kind ("Senate", "House", "Cabinet"), a
determiner before it, and after it a lower-case word that is no verb form, function word or noun that the
body may speak through ("the Senate committee", "the Court ruling", "the Cabinet spokesman" keep the body).
An acronym is one too after a lower-case word other than "the" ("order MRI scans", "an HIV test").
"""

from __future__ import annotations

from quotelens.lexicon import CAPITALISED_STOPWORDS, CUE_FORMS
from quotelens.segment import Token
from quotelens.speakers.lexicon import ANONYMOUS, DOCUMENT_NOUNS, ORG_KIND_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS
from quotelens.speakers.nameroles import past_form

_BODIES = frozenset(w for w, kind in ORG_KIND_NOUNS.items() if kind == "organisation") | frozenset(
    "cabinet parliament assembly".split()
)
_DETERMINERS = frozenset("a an the one his her their its our this that each every another any no".split())
_NOT_NOUNS = (
    CAPITALISED_STOPWORDS
    | frozenset(CUE_FORMS)
    | frozenset(
        """is was are were be been being has had have will would could should can may might must does did do
        itself alone too again also already not never now then there later""".split()
    )
)
# Words after which a clause opens: an acronym there is its subject ("when NATO met", "and EPA said")
_CLAUSE_OPENERS = frozenset(
    "the and but or nor so yet when while after before because if as since that though although until unless where "
    "whether which who once than".split()
)
_SPEAKS_THROUGH = ROLE_NOUNS | frozenset(ORG_KIND_NOUNS) | DOCUMENT_NOUNS | PEOPLE_NOUNS | ANONYMOUS


def body_modifier(toks: list[Token], a: int, b: int, kind: str, titles: list[str]) -> bool:
    """Is the one-word organisation ``toks[a:b]`` a modifier of the common noun after it ("one Senate seat")?"""
    if kind != "organisation" or titles or b - a != 1 or b >= len(toks) or a == 0:
        return False
    acronym = _acronym_modifier(toks, a)
    if not acronym and (toks[a].lower not in _BODIES or toks[a - 1].lower not in _DETERMINERS):
        return False
    nxt = toks[b]
    low = nxt.lower
    if not (nxt.text.isalpha() and nxt.text.islower()) or low in _NOT_NOUNS or low in _SPEAKS_THROUGH:
        return False
    if acronym and low.endswith("s") and low[:-1] not in _SPEAKS_THROUGH:  # ("order MRI scans")
        return not low.endswith("ss") and not past_form(nxt)
    return not (low.endswith(("s", "ly")) or past_form(nxt))  # (not "the Senate votes", "the House narrowly")


def _acronym_modifier(toks: list[Token], a: int) -> bool:
    """An acronym after a lower-case word that is no "the" ("order MRI scans", "an HIV test"): no subject's place,
    so what follows it is a noun it modifies, not a verb ("The FDA approved", "NATO warns" keep the body)."""
    word, before = toks[a].text, toks[a - 1]
    lone = len(word) >= 2 and word.isalpha() and word.isupper()
    opens = before.lower in _CLAUSE_OPENERS or before.lower in CUE_FORMS  # ("when NATO met", "said EPA")
    return lone and before.text.isalpha() and before.text.islower() and not opens
