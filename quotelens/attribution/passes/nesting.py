"""Post-passes that nest reports: which attribution each one is reported inside."""

from __future__ import annotations

import heapq
import re

from quotelens.attribution.frames.nominal import Nominal
from quotelens.attribution.index import in_range
from quotelens.attribution.record import Attribution, QuoteKind
from quotelens.attribution.rules import Family, Rule, family_of
from quotelens.attribution.tokens import pieces_before
from quotelens.attribution.verbs import looks_finite
from quotelens.attribution.words import DETERMINERS
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS

# "quoted Tavakoli as saying (that) C", "cited an aide as telling reporters that C": the person quoted
# (the content keeps its "that", as a source-first report's does)
_AS_SAYING_RE = re.compile(r"\s*,?\s+(?P<cue>as\s+(?:saying|telling|writing))(?:\s+\w+(?=\s+that\b))?,?\s*")
_QUOTING_CUES = frozenset(["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing"])
# "... for the attack(, )but officials later said": a coordinator (and an adverb) just before a second
# report's subject, searched in the last few characters before that subject
_COORDINATED_RE = re.compile(r"\s*(,?)\s*\b(and|but|while|whereas|even as)\b(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_COORDINATOR_REACH = 30
_TURN = Rule.SPEAKER_LABEL.value  # (a labelled turn runs to its end, its headline and inline forms too)


class Nesting(Nominal):
    def _quoted_as_saying(self) -> None:
        """ "The agency quoted Tavakoli as saying that C": the outlet's report holds Tavakoli's, shown
        inside it (through the outlet) and not written for the scorer (PolNeAR annotates the outlet's)."""
        text, inner = self.text, []
        for outer in self.attributions:
            if outer.cue is None or text[outer.cue[0] : outer.cue[1]].lower() not in _QUOTING_CUES:
                continue
            first = outer.content[0]
            m = _AS_SAYING_RE.search(text, first[0], min(first[1], first[0] + 120))
            if m is None or m.start() == first[0] or m.end() >= outer.end:
                continue
            who = (first[0], m.start())
            words = [(max(s, m.end()), e) for s, e in outer.content if e > m.end()]
            att = Attribution(words, m.span("cue"), who, outer.paragraph, outer.rule, outer.confidence)
            share = self._quoted_share(att)
            att.kind = QuoteKind.of_share(share)
            att.reader_only = True
            att.notes.append("quoted by the report around it, which is the one written out")
            inner.append(att)
        self.attributions.extend(inner)

    def _end_before_coordinated_reports(self) -> None:
        """'The group claimed the attack but officials said C': a report the model keeps, coordinated
        after another's words with a subject and a finite speech verb of its own, stands beside that
        report, not inside it, so the first content ends before "but". (PolNeAR never nests one
        attribution in another's content.) Only a second report the model keeps cuts: where it is not found
        or kept on its own ("The union said prices had collapsed while the minister said only that ...",
        "... argued the staff were owed pay while the firm insisted ...") the first content is left whole, and
        without the model (training proposals) nothing changes."""
        if not self.use_model:
            return
        text, atts = self.text, self.attributions
        for b in atts:
            if b.reader_only or b.source is None or b.cue is None or b.source[0] > b.cue[0]:
                continue
            cue = text[b.cue[0] : b.cue[1]].split(maxsplit=1)[0].lower()
            if CUE_FORMS.get(cue, "") not in SPEECH_LEMMAS or not looks_finite(cue):
                continue
            where = b.source[0]
            m = _COORDINATED_RE.search(text, max(0, where - _COORDINATOR_REACH), where)
            if m is None:
                continue
            for a in atts:
                if a is b or a.reader_only or a.rule.startswith(_TURN) or not a.start < m.start() < a.end:
                    continue
                if any(s <= where < e for s, e in a.content) and not self._joins_subjects(a, m):
                    a.content = pieces_before(a.content, m.start())
                    a.notes.append("ends where a report coordinated after it begins")

    def _joins_subjects(self, a: Attribution, m: re.Match[str]) -> bool:
        """Whether a bare "and" joins two subjects of ``a``'s reported clause ('said his band and
        collaborator Lee wrote C'): the words before it are a short noun phrase opening the content."""
        if m.group(1) or m.group(2).lower() != "and":
            return False
        words = self.text[a.start : m.start()].split()
        return len(words) <= 4 and words[0].lower() in DETERMINERS

    def _nest(self) -> None:
        """Give each attribution the innermost attribution it is reported inside.

        B is inside A when B's cue lies in A's content, or when both credit the same words and
        A's cue comes first ("According to Russian media, C, according to remarks Lavrov made":
        Lavrov's account reaches us through Russian media). A report coordinated after another's
        words stands beside it, not inside: that content is ended first.
        """
        self._end_before_coordinated_reports()
        atts = self.attributions
        for b, near in zip(atts, self._nesting_candidates(), strict=True):
            best: Attribution | None = None
            best_len: tuple[int, int] = (0, 0)
            anchor = b.cue[0] if b.cue else b.start
            for a in near:
                same = a.content == b.content
                if same:
                    inside = a.cue is not None and b.cue is not None and a.cue[0] < b.cue[0]
                else:
                    inside = any(s <= anchor < e for s, e in a.content) and not any(
                        s <= a.start < e for s, e in b.content
                    )
                if not inside:
                    continue
                # Innermost first; among equal spans, the channel whose cue comes later is nearer.
                length = (sum(e - s for s, e in a.content) - (1 if same else 0), -(a.cue[0] if a.cue else 0))
                if best is None or length < best_len:
                    best, best_len = a, length
            b.parent = best

    def _nesting_candidates(self) -> list[list[Attribution]]:
        """For each attribution B, in list order, the others that could hold it: those that start
        where B starts or whose span holds B's anchor (its cue, else its start), in list order.

        A sweep over anchors in text order with the spans open at each (not every pair)."""
        atts = self.attributions
        by_start = sorted(range(len(atts)), key=lambda n: atts[n].start)
        same_start: dict[int, list[int]] = {}
        for n in by_start:
            same_start.setdefault(atts[n].start, []).append(n)
        anchors = sorted(range(len(atts)), key=lambda n: atts[n].cue[0] if atts[n].cue else atts[n].start)  # type: ignore[index]
        open_spans: dict[int, None] = {}  # (an ordered set of list indices)
        ends: list[tuple[int, int]] = []  # heap of (end, list index) of the open spans
        out: list[list[Attribution]] = [[] for _ in atts]
        k = 0
        for b in anchors:
            cue = atts[b].cue
            anchor = cue[0] if cue else atts[b].start
            while k < len(by_start) and atts[by_start[k]].start <= anchor:
                heapq.heappush(ends, (atts[by_start[k]].end, by_start[k]))
                open_spans[by_start[k]] = None
                k += 1
            while ends and ends[0][0] <= anchor:
                del open_spans[heapq.heappop(ends)[1]]
            near = set(open_spans).union(same_start.get(atts[b].start, ()))
            near.discard(b)
            out[b] = [atts[n] for n in sorted(near)]
        return out

    @staticmethod
    def _reported_by(outer: Attribution, inner: Attribution) -> bool:
        """'"C," Welch said, according to Vermont Edition': the outlet reports the whole sentence,
        Welch's words and his "said" (as PolNeAR marks it), so its content is not cut at "Welch said"."""
        return (
            outer.rule == Rule.ACCORDING_TO_AFTER_CONTENT
            and outer.cue is not None
            and inner.cue is not None
            and inner.source is not None
            and outer.start <= inner.start
            and max(inner.cue[1], inner.source[1]) <= outer.cue[0]
            and outer.content[0][1] >= max(inner.cue[1], inner.source[1])
        )

    def _nest_reported(self) -> None:
        """When both stay, '"C," Welch said' is shown inside the outlet's report and not written twice."""
        outers = [a for a in self.attributions if a.rule == Rule.ACCORDING_TO_AFTER_CONTENT]
        if not outers:
            return
        inner = [a for a in self.attributions if family_of(a.rule) == Family.CONTENT_FIRST and a.cue and a.source]
        # A reported one starts at or after its outer's start and ends its frame before the outer's
        # cue; it starts before its own frame ends, but for the odd one that does not, all are tried.
        frame_end = [max(a.cue[1], a.source[1]) for a in inner]  # type: ignore[index]
        by_start = sorted((a.start, n) for n, a in enumerate(inner) if a.start < frame_end[n])
        odd = [n for n, a in enumerate(inner) if a.start >= frame_end[n]]
        for outer in outers:
            assert outer.cue is not None
            near = in_range(by_start, outer.start - 1, outer.cue[0]) + odd
            for n in sorted(near):
                att = inner[n]
                if att is not outer and self._reported_by(outer, att):
                    att.reader_only = True
                    att.notes.append("reported in turn: the report around it is the one written out")
