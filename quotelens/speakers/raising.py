"""The subject of "seem" or "appear" ("she seemed to concede that C"): the words between the opening of the
verb's clause and the verb. In: the text, the sentence's start and the verb's offset. Out: the subject's span."""

from __future__ import annotations

import re

RAISING_VERBS = frozenset("seem seems seemed appear appears appeared".split())
# Where the clause of a "seem"/"appear" opens: a mark, or a conjunction or subordinator ("after the vote, she
# seemed"; "in which he seemed"; "that he seems"; not "and": "America and Britain appear"); a relative
# "which"/"who" is the subject itself
_CLAUSE_OPENS = re.compile(
    r"(?:[,;:—–(“\"]|\b(?:that|because|after|before|when|if|as|but|so|while|since|though|although|whether|"
    r"where|then|yet|[Ii]n\s+which|But|So|Yet|After|When|While|Since|Though|Although|If|As)\b)\s*"
)
# Adverbs between the subject and the verb; a word in -ly is one unless a noun's ("family", "ally", "supply":
# listed, or right after a determiner: "the family seemed", "his ally appeared")
_ADVERBS_BEFORE = re.compile(
    r"(?<!\bthe)(?<!\bThe)(?<!\b[Hh]is)(?<!\b[Hh]er)(?<!\b[Ii]ts)(?<!\b[Aa]n)(?<!\b[Aa])(?<!\b[Oo]ur)"
    r"(?<!\b[Tt]heir)(?<!\b[Tt]his)(?<!\b[Tt]hat)(?<!\b[Yy]our)(?<!\b[Mm]y)"
    r"(?:\s+(?:also|now|still|even|only|all|both|clearly|largely|really|"
    r"(?!(?:family|ally|assembly|supply|rally|monopoly|reply|anomaly|bully|belly|folly|tally|panoply|"
    r"butterfly|fly|lily|jelly|gully|homily|daily|weekly|monthly|quarterly)\b)[a-z]+ly))+$"
)
_NO_ONE = frozenset("it there this what".split())


def raising_subject(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The subject of a "seem" or "appear" at ``verb``, read from ``start`` (the sentence's start): the words
    between the clause's opening and the verb, past an adverb ("she seemed", "Internal memos obtained by the
    Ledger seem", "which now appears"); None for "it" or "there" (no one) or no subject of one to eight words."""
    before = text[start:verb].rstrip()
    adverbs = _ADVERBS_BEFORE.search(before)
    before = before[: adverbs.start()] if adverbs is not None else before
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(before)]
    s = start + (opens[-1] if opens else 0)
    s += len(text[s : start + len(before)]) - len(text[s : start + len(before)].lstrip())
    e = start + len(before)
    words = text[s:e].split()
    if not 1 <= len(words) <= 8 or words[0].lower() in _NO_ONE:
        return None
    return s, e
