"""Frame ``source-first (verb group)``: a source, a verb group outside the lexicon, its content.

PolNeAR's cues are often several words the lexicon does not know as one: "Trump *made it clear* that
C", "Sanders *has made no secret of* C", "Rubio *took aim at* C", "she *is critical of* C", "he *railed
against* C". The verb-group reader (:mod:`quotelens.attribution.verbgroups`) reads the group from its
head; the frame proposes a report when the group's key is one PolNeAR train marks as a cue often
enough (``quotelens/data/verb_groups.tsv``), a subject stands before the group and a content follows
it ("that" and its clause, a colon, a quotation, an infinitive or a noun phrase). The confidence
model decides what stays.
"""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbgroups import HEADS, KEYS, VerbGroup, is_verbal, read_group
from quotelens.attribution.words import FINITE, IRREGULAR_PAST, MODALS


def _relative_verb(low: str) -> bool:
    """A word after "that" that makes it a relative pronoun: a verb, not a subject."""
    return low.endswith("ed") or low in FINITE or low in MODALS or low in IRREGULAR_PAST


class VerbGroups(SourceFirst):
    def _verb_group_cue(self, sent: SentenceView, i: int) -> bool:
        """A learned verb group opened by the word at ``i`` ('made it clear that C'): a source-first
        report under its own rule; False (the next step decides) when there is none."""
        toks = sent.tokens
        tok = toks[i]
        if tok.lower not in HEADS or sent.headline or tok.is_capitalised:
            return False
        if tok.start in self._used_cues or self.inside_quote(tok.start):
            return False
        if any(a.cue is not None and a.cue[0] <= tok.start < a.cue[1] for a in self.attributions[-2:]):
            return False  # (inside the group just read: "clear" in "made it clear that")
        group = read_group(toks, i)
        if group is None or (group.key not in KEYS and group.backoff not in KEYS) or not is_verbal(toks, group):
            return False
        return self._added(self.verb_group_report(sent, group))

    def verb_group_report(self, sent: SentenceView, group: VerbGroup) -> Attribution | None:
        """The report of ``group``: its subject before it, its content after it."""
        toks = sent.tokens
        found = self._source_first_subject(sent, group.head)
        if found is None or found[0][1] > group.start:
            return None
        np = found[0]
        k = group.end
        if group.follows == "that":
            if k + 1 < len(toks) and _relative_verb(toks[k + 1].lower):
                return None  # ("made many claims that turned out to be false": a relative clause)
            r, k = k, k + 1  # (the complementiser opens the content, as PolNeAR marks it)
        elif group.follows == "colon" and k + 1 < len(toks) and is_quote(toks[k + 1]):
            r = k = k + 1
        elif group.follows in {"np", "quote", "to"}:
            r = k
        else:
            return None
        if k >= len(toks) or not (toks[k].is_word or is_quote(toks[k])):
            return None
        c1 = self._clause_end(toks, k, speech=False)
        if k >= c1:
            return None
        c1, options, end_share = self._chosen_end(toks, k, c1, group.head, Rule.SOURCE_FIRST)
        content = (toks[r].start, boundary.end_char(toks, c1))
        impersonal = np[1] - np[0] == 1 and toks[np[0]].lower in {"it", "there"}
        source = None if impersonal else token_span(toks, *np)
        cue = token_span(toks, group.head, group.end)
        att = Attribution([content], cue, source, sent.paragraph.id, Rule.SOURCE_FIRST_VERB_GROUP, 0.6)
        self._record_end(att, toks, options, end_share)
        return att
