"""Full names the headline gives and the body does not ("Theresa May" above, "Mrs May" below).

In: the article's :class:`~quotelens.speakers.mentions.Cast` before it collects the body's names, and
the headline paragraph. Out: one person entity per full name of the headline (no mention: the headline
is no sentence of the body), so that the body's short names and titled surnames resolve to it.

How:
    A headline name is a known first name that is no plain word and the capitalised words after it
    ("Theresa May vows", "Jim Yong Kim for"); a title-case headline's run is cut before a plain word
    ("Bernie Sanders Wins Michigan"), and a plain-word surname ("May") is kept only where the headline
    goes on in lower case. The surname must come back, capitalised, in the body: the name is there
    for the body's "Mrs May" to find.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotelens.segment import Paragraph, tokenize
from quotelens.speakers.glued import glued, has_glue
from quotelens.speakers.lexicon import common_words, is_first_name
from quotelens.speakers.mentions import Cast
from quotelens.speakers.names import name_runs

_LOWER_NEXT = re.compile(r"\s+[a-z]")


def headline_people(cast: Cast, text: str, title: Paragraph) -> None:
    """Add the headline's full names of people to the cast (see the module docstring)."""
    plain = common_words()
    toks = tokenize(text, title.start, title.end)
    # (only the headline's own characters can glue its tokens: not the whole article's scanned)
    for run in name_runs(glued(toks) if has_glue(text, title.start, title.end) else toks, -1, title.id):
        words = run.words
        if run.kind != "person" or len(words) < 2 or words[0].lower() in plain or not is_first_name(words[0]):
            continue
        sentence_case = len(words) == 2 and _LOWER_NEXT.match(text, run.end) is not None
        n = 1
        while n < min(len(words), 3) and _surname_like(words[n]) and (words[n].lower() not in plain or sentence_case):
            n += 1
        if n >= 2 and _in_body(text, words[n - 1], title.end):
            # an entity, no mention; a title-case headline's words before the name are no titles or roles
            # ("Jeb Bush Super PAC Chief Praises Marco Rubio")
            cast._add_full(replace(run, words=words[:n], titles=[], roles=[]))


def _in_body(text: str, word: str, start: int) -> bool:
    """Does ``word`` come back as a whole word after ``start``? (a plain find: a regular expression scans
    the whole body at every position)"""
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        before, after = text[at - 1 : at], text[end : end + 1]
        if not (before.isalnum() or before in ("’", "'")) and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, end)
    return False


def _surname_like(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()
