"""Who "Named but never heard" may list: a speaker typed person only with some evidence of being a person.

In: an article's speakers table (its ``type``, ``roles`` and ``name``) and mentions table (``how`` each mention
was found, its ``text``). Out: of the names mentioned and never quoted, those the page may call silenced.

Notes:
    The engine types every capitalised name it cannot place as a person, so a town ("Port Ellis", in an article
    without quotations) was flagged "⚠ Named but never heard". Here a person needs one of: a role ("mayor"), a
    title in a mention ("Mr. Park"), a pronoun resolved to them, or a first name the name lists know. The names
    and their types stay the engine's (:mod:`quotelens.speakers`); this module only reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotelens.article import Article
from quotelens.speakers.lexicon import TITLES, is_first_name

PERSON = "person"


def _titled(text: str) -> bool:
    first = str(text).split()[:1]
    return bool(first) and first[0].lower().rstrip(".") in TITLES


def evidently_people(article: Article) -> frozenset[str]:
    """The speakers typed person with some evidence of being one (see the module's notes)."""
    sp = article.speakers
    people = sp[sp["type"] == PERSON]
    found = {str(n) for n, r in zip(people["name"], people["roles"], strict=True) if str(r or "").strip()}
    found |= {str(n) for n in people["name"] if (words := str(n).split()) and is_first_name(words[0])}
    m = article.mentions
    if len(m) and {"speaker", "how", "text"} <= set(m.columns):
        found |= {
            str(s)
            for s, how, text in zip(m["speaker"], m["how"], m["text"], strict=True)
            if how == "pronoun" or _titled(text)
        }
    return frozenset(found & set(people["name"].astype(str)))


def may_be_called_silent(names: Iterable[str], article: Article) -> list[str]:
    """Of ``names`` (mentioned, never quoted), those not typed person, and the people with evidence of it."""
    sp = article.speakers
    typed = dict(zip(sp["name"].astype(str), sp["type"], strict=False))
    people = evidently_people(article)
    return [n for n in names if typed.get(n) != PERSON or n in people]
