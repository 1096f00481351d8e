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
"""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import subject_before
from quotelens.attribution.tokens import token_span
from quotelens.attribution.words import BOUNDARY_WORDS, DETERMINERS
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
        if toks[i].lower not in RAISING_FORMS or sent.headline:
            return None
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
            pieces.insert(0, (toks[np[0]].start, toks[np[1] - 1].end))
        att = Attribution(pieces, token_span(toks, i, i + 1), None, sent.paragraph.id, Rule.SEEMS_NO_SOURCE, 0.6)
        self._record_end(att, toks, options, end_share)
        return att
