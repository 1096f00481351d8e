"""A post-pass that ends a headline's report where the headline goes on without it.

In: the attributions found in headlines (rule ending " (headline)") whose content follows its cue.
Out: the same attributions, their content cut before a comma that opens the headline's next predicate
("Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible ...": the comma opens "Quotes") or a
clause of its own ("Trump Sides With Putin Over Election Meddling, This Is REVOLTING!", "..., And He’s
Willing To Bet"). A headline's comma is no clause boundary the body's end chooser learnt: on PolNeAR
train such a comma ends the headline's content 9 times in 11, while a bare verb after it ("to lead,
step up the fight") or a noun ("Trump, ‘Alt Right’ Pose A Threat") goes on with the content.
"""

from __future__ import annotations

import bisect

from quotelens.attribution.context import Context
from quotelens.attribution.frames.headline import headline_verb
from quotelens.attribution.rules import HEADLINE, Family, family_of
from quotelens.attribution.words import BE_FORMS, FINITE
from quotelens.endings import ENDS_S
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Token

# Subjects that open a clause of their own after a headline's comma ("This Is", "He Says", "It’s")
_CLAUSE_SUBJECTS = frozenset(["this", "that", "it", "he", "she", "they", "we", "i", "there"])
# Contracted subject and verb, one token ("He’s", "It's", "They’re", "We'll")
_VERB_CONTRACTIONS = ("’s", "'s", "’re", "'re", "’ll", "'ll", "’ve", "'ve")
_CONJUNCTIONS = frozenset(["and", "but"])
# Adverbs a headline puts before its next predicate ("..., Then Takes It Back", "..., Instantly Has")
_ADVERBS = frozenset(["then", "now", "just", "also", "still", "instantly", "quickly"])


def _reporting_verb(low: str) -> bool:
    """The -s form of a reporting verb ("quotes", "calls", "slams"), no auxiliary."""
    return ENDS_S[low] and low not in FINITE and (low in CUE_FORMS or headline_verb(low))


def _subject_and_verb(words: list[str]) -> bool:
    """Whether ``words`` open with a subject pronoun and a finite verb ("this is", "he says"), or the
    two in one token ("he’s", "they’re")."""
    first = words[0]
    for ending in _VERB_CONTRACTIONS:
        if first.endswith(ending):
            return first[: -len(ending)] in _CLAUSE_SUBJECTS
    return (
        len(words) >= 2
        and first in _CLAUSE_SUBJECTS
        and (words[1] in FINITE or words[1] in BE_FORMS or _reporting_verb(words[1]))
    )


def opens_own_clause(tokens: list[Token], k: int) -> bool:
    """Whether the words from ``tokens[k]`` (right after a comma) open the headline's next predicate
    (an -s reporting verb, maybe after an adverb: "Quotes Bible", "Then Calls") or a clause of its own
    (a subject pronoun and a finite verb, maybe after "and"/"but": "This Is", "And He’s")."""
    words = [t.lower for t in tokens[k : k + 3]]
    if words and words[0] in _ADVERBS:
        words = words[1:]
    if words and _reporting_verb(words[0]):
        return True
    if words and words[0] in _CONJUNCTIONS:
        words = words[1:]
    return bool(words) and _subject_and_verb(words)


class HeadlineEnds(Context):
    def _end_headline_reports(self) -> None:
        """'Trump Sides With Putin Over Election Meddling, This Is REVOLTING!': a headline's report
        whose content follows its cue ends before a comma that opens the headline's next predicate or
        a clause of its own (a label's content, "Cruz: A, B", keeps its commas)."""
        for att in self.attributions:
            if not att.rule.endswith(HEADLINE) or att.cue is None or att.cue[1] > att.start:
                continue
            if family_of(att.rule) == Family.SPEAKER_LABEL or len(att.content) != 1:
                continue
            s0, e0 = att.content[0]
            comma = self.text.find(",", s0, e0)
            while comma >= 0:
                k = bisect.bisect_left(self._token_starts, comma)
                if (
                    k + 1 < len(self._tokens)
                    and self._token_starts[k] == comma
                    and not self.inside_quote(comma)
                    and opens_own_clause(self._tokens, k + 1)
                ):
                    end = comma
                    while end > s0 and self.text[end - 1].isspace():
                        end -= 1
                    if end > s0:
                        att.content = [(s0, end)]
                        att.notes.append("ends where the headline goes on in a clause of its own")
                    break
                comma = self.text.find(",", comma + 1, e0)
