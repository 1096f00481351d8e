"""Frame ``seems (no source)``: "X seemed to C", "X appears weak" is the writer's reading of X, not X's words.

PolNeAR marks "seem" and "appear" as cues of an attribution with no source whose content is the
subject and what follows the verb, in two pieces:

- "The statistics appear to be fabricated." — no source, cue "appear", content "The statistics" +
  "to be fabricated";
- "Mr. Putin seemed most concerned with the economy." — no source, content "Mr. Putin" + "most
  concerned with the economy";
- "It seems that C." — no source, content "that C" (the dummy "it" is no part of it).

Without this frame the source-first frame read the subject as the speaker ("Trump appeared to lose his
temper" credited to Trump), a reading train's gold never gives, so the model dropped it. The verb in
its other sense ("Trump appeared on Fox", "appeared before the committee") is left alone: the word after
it must start a predicate (an infinitive, a that-clause, an adjective or adverb), not a preposition.

A passive cue before an infinitive raises its subject the same way, and PolNeAR marks it the same
way (train: 66 of 70 "is expected to" golds have the subject as a first piece, and no source):

- "The House is expected to pass the bill this week." — no source, content "The House" + "to pass the
  bill this week" (the source-first frame gave "to pass ..." alone, a Jaccard match at best, none when
  the subject is long);
- "Yellen is widely expected to lay the groundwork" — the adverb hid the passive, and Yellen was read
  as the speaker.

These carry this frame's rule: the confidence model knows a two-piece, no-source reading under it,
while under "source-first (passive)" it dropped a third of them (a capitalised first piece, not "to").
A content piece is the subject's whole noun phrase ("The embattled French president", "The House Select
Committee on Benghazi"), not the head the speaker finder keeps.

A relative (or "what") right before a report's speaker stands for the report's moved subject or object,
and PolNeAR marks it as a first piece: "the plan, which critics said was unfair" — source "critics",
content "which" + "was unfair" (train, content right after the cue: "which" 38 of 40 golds, "whom" 8
of 9, "what" 14 of 21). This frame completes the source-first reading with it (it runs just before
the source-first frame).
"""

from __future__ import annotations

from operator import attrgetter

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.object_gap import MOVED_WORDS, moved_word_before
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule, base_rule
from quotelens.attribution.subjects import subject_before
from quotelens.attribution.tokens import token_span
from quotelens.attribution.verbs import is_adverb, looks_verbal
from quotelens.attribution.words import (
    AS_PARTICIPLES,
    BE_FORMS,
    BOUNDARY_WORDS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PARTICIPLES,
    MAX_NP,
    RELATIVES,
    SENTENCE_OPENERS,
)
from quotelens.lexicon import SUBJECT_PRONOUNS, SUBJECT_VERB_FILLERS
from quotelens.segment import Token

RAISING_FORMS = frozenset(["seem", "seems", "seemed", "appear", "appears", "appeared"])
# Words after the verb that make it "come into view" rather than "seem" ("appeared on Fox News").
_NOT_PREDICATE = frozenset(
    [
        *("on", "in", "at", "before", "with", "alongside", "onstage", "from", "for", "as", "by", "during"),
        *("together", "here", "there", "briefly", "live", "via", "and", "or", "but", "if", "when", "while"),
    ]
)
_DUMMIES = frozenset(["it", "there"])
_LOWER = attrgetter("lower")


def predicate_start(toks: list[Token], i: int) -> int | None:
    """The first token of the predicate after the raising verb at ``i`` ("to", "that", an adjective),
    or None when the verb is followed by punctuation, a preposition or a noun phrase."""
    k = i + 1
    if k >= len(toks) or not toks[k].is_word or toks[k].is_capitalised:
        return None
    low = toks[k].lower
    if low in _NOT_PREDICATE or low in DETERMINERS or (low in BOUNDARY_WORDS and low not in {"to", "that", "not"}):
        return None
    if low == "to" and not _bare_verb(toks, k + 1):
        return None  # ("appeared to reporters", "seemed to Trump": a listener, not an infinitive)
    return k


def _bare_verb(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` can open an infinitive: a lower-case word, no determiner, no plural noun
    ("to be", "to have", not "to the crowd", "to reporters", "to Trump")."""
    if k >= len(toks) or not toks[k].is_word or toks[k].is_capitalised:
        return False
    low = toks[k].lower
    return low not in DETERMINERS and not (low.endswith("s") and not low.endswith(("ss", "us", "is")))


class Raising(SourceFirst):
    def raising_verb(self, sent: SentenceView, i: int) -> Attribution | None:
        """'X seemed to C', 'X appears weak', 'It seems that C': no source; the content is the subject
        (unless a dummy "it") and the predicate."""
        toks = sent.tokens
        if sent.headline:
            return None
        if toks[i].lower not in RAISING_FORMS:
            return self._passive_infinitive(sent, i) or self._moved_before_speaker(sent, i)
        k = predicate_start(toks, i)
        if k is None:
            return None
        np = subject_before(toks, i)
        if np is None or np[1] > i:
            return None
        c1 = self._clause_end(toks, k, speech=False)
        if k >= c1:
            return None
        c1, options, end_share = self._chosen_end(toks, k, c1, i, Rule.SOURCE_FIRST)
        pieces = [(toks[k].start, boundary.end_char(toks, c1))]
        if not (np[1] - np[0] == 1 and toks[np[0]].lower in _DUMMIES):
            pieces.insert(0, token_span(toks, *subject_piece(toks, np)))
        att = Attribution(pieces, token_span(toks, i, i + 1), None, sent.paragraph.id, Rule.SEEMS_NO_SOURCE, 0.6)
        self._record_end(att, toks, options, end_share)
        return att

    def _passive_infinitive(self, sent: SentenceView, i: int) -> Attribution | None:
        """'X is expected to C', 'X was widely thought to be C': no source; the content is the subject
        and the infinitive, in two pieces (the source-first reading gave the infinitive alone)."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 1].lower != "to" or not _bare_verb(toks, i + 2):
            return None
        if not passive_participle(toks, i):
            return None
        # (the source-first frame comes next: its reading is taken, completed or not, and not redone)
        att = self.source_first(sent, i)
        if att is None or len(att.content) != 1 or att.start != toks[i + 1].start:
            return att
        if base_rule(att.rule) not in _PASSIVE_READINGS or (found := self._source_first_subject(sent, i)) is None:
            return att
        att.content.insert(0, token_span(toks, *subject_piece(toks, found[0])))
        att.source = None
        att.rule = PASSIVE_RULE
        return att

    def _moved_before_speaker(self, sent: SentenceView, i: int) -> Attribution | None:
        """'the plan, which critics said was unfair': the source-first reading with the relative word
        before its speaker as a first piece, as PolNeAR marks it ("which" + "was unfair")."""
        toks = sent.tokens
        if MOVED_WORDS.isdisjoint(map(_LOWER, toks[i - 6 if i > 6 else 0 : i])):  # (read in C: asked at every cue)
            return None
        att = self.source_first(sent, i)  # (taken, completed or not, as in the passive above)
        if att is None or att.source is None or len(att.content) != 1 or att.cue is None:
            return att
        gap = self.text[att.cue[1] : att.start].strip()
        if (gap and not (gap == "as" and toks[i].lower in AS_PARTICIPLES)) or self.text.startswith("that ", att.start):
            return att  # ("which he says that ...": a content of its own after "that"; but "what he described as")
        a = i
        while a > 0 and toks[a - 1].start >= att.source[0]:
            a -= 1  # (the source's first token)
        m = moved_word_before(toks, (a, i))
        if m is not None and toks[a].start == att.source[0]:
            att.content.insert(0, token_span(toks, m, m + 1))
        return att


PASSIVE_RULE = Rule.SEEMS_NO_SOURCE  # (see the module docstring)

# The readings of a passive cue that the subject piece completes ("is widely expected" was read with
# its subject as the speaker: the adverb hid the passive).
_PASSIVE_READINGS = frozenset([Rule.SOURCE_FIRST_PASSIVE, Rule.SOURCE_FIRST])


def passive_participle(toks: list[Token], i: int) -> bool:
    """Whether the cue at ``i`` is a past participle after a form of "be", past auxiliaries and
    adverbs ("is expected", "was widely expected", "are not necessarily expected")."""
    low = toks[i].lower
    if not (low.endswith("ed") or low in IRREGULAR_PARTICIPLES):
        return False
    j = i - 1
    while j >= 0 and toks[j].lower not in BE_FORMS and (toks[j].lower in SUBJECT_VERB_FILLERS or is_adverb(toks[j])):
        j -= 1
    return j >= 0 and toks[j].lower in BE_FORMS


# Words a subject piece reaches back over: the prepositions of a post-modifier ("The House Select
# Committee on Benghazi", "someone in his position").
_INNER_PREPOSITIONS = frozenset(["of", "on", "in", "for", "at", "with", "from"])
_PIECE_OPENERS = frozenset(["even", "only", "now", "also"])
_PRONOUNS = frozenset((SUBJECT_PRONOUNS - {"that"}) | RELATIVES)  # ("a role that is expected": the antecedent too)
_POSSESSIVES = frozenset(["’s", "'s", "’", "'"])


def subject_piece(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The whole noun phrase of the subject ``np`` as PolNeAR marks a content piece: back to the start
    of its clause over modifiers and post-modifiers ("The embattled French president", "The final
    combined company", "The House Select Committee on Benghazi"), without an opening "Even"; the
    phrase as found when a verb or anything but a clause's start comes first."""
    a, b = np
    if b - a > 1 and toks[a].lower in _PIECE_OPENERS:
        return (a + 1, b)  # ("Even Hillary Clinton is not expected to")
    if b - a == 1 and toks[a].lower in _PRONOUNS:
        return np  # ("the same night she is expected to": a pronoun is the whole subject)
    participle = False  # (an -ed word is a modifier only in a phrase that opens with a determiner)
    while a > 0 and b - a <= MAX_NP + 4:
        tok = toks[a - 1]
        low = tok.lower
        if toks[a].lower in DETERMINERS and low not in _INNER_PREPOSITIONS:
            break  # (a determiner opens the phrase: "4.83 BILLION The sale")
        if not tok.is_word and tok.text not in _POSSESSIVES:
            break
        if low in _INNER_PREPOSITIONS and a > 1 and toks[a - 2].is_word:
            a -= 1
            continue
        if low in BOUNDARY_WORDS or low in FINITE or low in _PIECE_OPENERS or low in SENTENCE_OPENERS:
            break
        if is_adverb(tok):
            return np
        participle = participle or looks_verbal(tok)
        a -= 1
    if a == np[0] or b - a > MAX_NP + 4 or toks[a].lower in _INNER_PREPOSITIONS:
        return np
    if participle and toks[a].lower not in DETERMINERS:
        return np
    if a > 0 and toks[a - 1].is_word and toks[a - 1].lower not in _CLAUSE_STARTS:
        return np  # (a verb or an adverb before: "It's the first time Trump business practices")
    return (a, b)


_CLAUSE_STARTS = frozenset(BOUNDARY_WORDS | SENTENCE_OPENERS | _PIECE_OPENERS)
