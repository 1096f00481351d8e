"""Post-pass ``orphan quote (speaker in focus)``: a paragraph of nothing but quotation, with no cue of its own,
that no frame or join claimed, proposed as the words of the speaker the paragraph before was about.

Pattern: ``<paragraph whose last report has a source, or whose last sentence has a person as subject>``
then ``“<quotation filling its paragraph>”``:

- "Sorensen laughed when I asked about the house." then "“It smelled like low tide, always.”";
- "Sanders named five people." then a quoted paragraph (the join across paragraphs leaves it, as the verb
  is no verb of speech).

In: the attributions after the joins and the orphan pass. Out: one more proposal per such paragraph (a run
of such paragraphs grows one proposal), rule ``orphan quote (speaker in focus)``, no cue; the confidence
model judges it as any orphan quotation (its family's features).
"""

from __future__ import annotations

import bisect

from quotelens.attribution.index import SpanCover
from quotelens.attribution.passes.joins import Joins
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import token_span
from quotelens.segment import Paragraph, ParagraphRole


class FocusQuotes(Joins):
    def _focus_quotations(self) -> None:
        """A quotation filling a body paragraph that nothing claimed goes to the speaker in focus: the source
        of the paragraph before's last report, else the person its last sentence is about."""
        attributed = {a.paragraph for a in self.attributions}  # (a report of its own, "WALLACE: “…”", stays alone)
        last_by_para: dict[int, Attribution] = {}
        for a in self.attributions:
            if a.source is not None and not a.reader_only:
                known = last_by_para.get(a.paragraph)
                if known is None or a.end >= known.end:
                    last_by_para[a.paragraph] = a
        covered: SpanCover | None = None  # (built for the first candidate only: most articles have none)
        prev: Paragraph | None = None
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY:
                prev = None
                continue
            if prev is not None and para.id not in attributed and self._quote_fills(para):
                if covered is None:
                    covered = SpanCover((s, e) for a in self.attributions for s, e in a.content)
                if not covered.holds(para.start) and not covered.holds(para.end - 1):
                    self._focus_on(para, prev, last_by_para)
            prev = para

    def _focus_on(self, para: Paragraph, prev: Paragraph, last_by_para: dict[int, Attribution]) -> None:
        """Credit the quotation filling ``para``: more of the proposal before it, or a proposal of its own."""
        before = last_by_para.get(prev.id)
        if before is not None and before.rule == Rule.ORPHAN_QUOTE_SPEAKER_IN_FOCUS:
            before.content.append((para.start, para.end))  # (a run of quoted paragraphs: one voice)
            last_by_para[para.id] = before
            return
        att = self._focus_proposal(para, prev, before)
        if att is not None:
            self.attributions.append(att)
            last_by_para[para.id] = att

    def _focus_proposal(self, para: Paragraph, prev: Paragraph, before: Attribution | None) -> Attribution | None:
        """The proposal for the quotation filling ``para``, credited to ``before``'s source or to the person
        subject of ``prev``'s last sentence when that person spoke before; None when there is neither."""
        if before is not None and before.source is not None:
            source = before.source
            note = "a quoted paragraph with no cue: the speaker of the paragraph before"
        else:
            k = bisect.bisect_right(self._sentence_starts, prev.end - 1) - 1
            if k < 0 or self.sentences[k].paragraph != prev.id:
                return None
            toks = self.sentences[k].tokens
            subject = self._orphan_subject(toks, len(toks) - 1) if toks else None
            if subject is None or not self._person_like(toks[subject[0]]):
                return None
            source = token_span(toks, *subject)
            if not self._spoke_before(source, para.start):
                return None  # ("Officer Dan Cole watched from the steps." then a slogan: a bystander, no voice)
            note = "a quoted paragraph with no cue: the person the paragraph before is about"
        att = Attribution([(para.start, para.end)], None, source, para.id, Rule.ORPHAN_QUOTE_SPEAKER_IN_FOCUS, 0.5)
        att.notes.append(note)
        return att

    def _spoke_before(self, source: tuple[int, int], end: int) -> bool:
        """Is the person at ``source`` (by the last word of the name) the source of a report before ``end``?"""
        last = self.text[source[0] : source[1]].split()[-1:]
        return bool(last) and any(
            a.source is not None and a.start < end and self.text[a.source[0] : a.source[1]].split()[-1:] == last
            for a in self.attributions
        )
