"""Passes ``continued (next sentence)``: reported speech that goes on in the next sentence, in the speaker's voice.

Pattern: ``<report ending its sentence>. “<quotation with no cue of its own>”`` in the same paragraph:

- "Ghazala Khan says she received a nervous call from her niece. “She called me, ‘Auntie, I'm so
  disturbed.’”" — the quotation is Khan's too;
- "CNN reported that night that the hearing was closed. “The hearing was closed but …”".

The quoted-follower join (:mod:`..passes.joins`) does this for reports that quote; for indirect
reports it had cost more than it found on train (session 5: −50 correct) when done for all of them.
So this pass only *proposes* the longer reading as a copy under its own rule, the confidence model
scores both, and :meth:`NextSentence._choose_continuations` keeps the likelier of the two.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from quotelens.attribution.context import Context
from quotelens.attribution.record import Attribution, QuoteKind
from quotelens.attribution.rules import Family, Rule, family_of
from quotelens.attribution.tokens import is_quote
from quotelens.lexicon import CUE_FORMS

_FROM = frozenset([Family.SOURCE_FIRST, Family.CONTENT_FIRST, Family.PARTICIPLE, Family.ACCORDING_TO])


class NextSentence(Context):
    def _next_quotation(self, att: Attribution, covered: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The next sentence of the paragraph when it opens with a quotation mark, holds no cue outside
        quotation marks, and no other attribution's content covers it."""
        end = max(att.end, *(x[1] for x in (att.source, att.cue) if x is not None))  # ("C, she recalls.")
        _, sent_end = self._sentence_span(end - 1)
        if end < sent_end - 2:
            return None
        k = bisect.bisect_right(self._sentence_starts, sent_end - 1)
        if k >= len(self.sentences):
            return None
        nxt = self.sentences[k]
        if nxt.paragraph != self.sentences[k - 1].paragraph or not nxt.tokens or not is_quote(nxt.tokens[0]):
            return None
        for tok in nxt.tokens:
            if tok.lower in CUE_FORMS and not self.inside_quote(tok.start):
                return None
        r = self.region_at(nxt.start)
        end = r.end if r is not None and r.end > nxt.end else nxt.end  # (a quotation of several sentences, whole)
        n = bisect.bisect_left(covered, (nxt.start, nxt.start))
        if any(s < end and e > nxt.start for s, e in covered[n - 8 if n > 8 else 0 : n + 8]):
            return None
        return (nxt.start, end)

    def _propose_continuations(self) -> None:
        """A copy of each report whose next sentence goes on in quotation, the quotation joined."""
        covered = sorted((s, e) for a in self.attributions for s, e in a.content)
        copies = []
        for att in self.attributions:
            if family_of(att.rule) not in _FROM or att.reader_only:
                continue
            piece = self._next_quotation(att, covered)
            if piece is None:
                continue
            copy = replace(att, content=[*att.content, piece], rule=Rule.CONTINUED_NEXT_SENTENCE)
            copy.notes = [*att.notes, "the next sentence goes on in quotation: joined (the model chose)"]
            copy.features = {}
            copy.end_options = []
            copy.parent = att  # (the original; cleared when the two are compared)
            copies.append(copy)
        self.attributions.extend(copies)

    def _choose_continuations(self) -> None:
        """Of a report and its continued copy, the likelier stays (both were scored by the model);
        without the model both stay, so that the model is trained on both readings."""
        kept = {id(a) for a in self.attributions}
        drop: set[int] = set()
        for att in self.attributions:
            if att.rule != Rule.CONTINUED_NEXT_SENTENCE:
                continue
            orig = att.parent
            att.parent = None
            if orig is not None and id(orig) in kept and self.use_model:
                drop.add(id(orig) if att.confidence > orig.confidence else id(att))
            if id(att) not in drop:
                share = self._quoted_share(att)
                att.kind = QuoteKind.of_share(share)
        self.attributions = [a for a in self.attributions if id(a) not in drop]
