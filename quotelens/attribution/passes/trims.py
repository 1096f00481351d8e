"""Post-passes that trim contents: at inner frames, coordinated reports, following participles and closing
dashes. Where a content starts (after an opening dateline, its cue or its sentence's opening phrase) is
:class:`~quotelens.attribution.passes.content_starts.ContentStarts`, the base of :class:`Trims`."""

from __future__ import annotations

import bisect

from quotelens.attribution.index import FEW, in_range
from quotelens.attribution.passes.content_starts import ContentStarts
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Family, Rule, family_of
from quotelens.attribution.tokens import (
    has_report_comma,
    is_quote_at,
    pieces_before,
    region_start,
    span_end,
    start_of_last_runs,
)
from quotelens.attribution.verbs import looks_finite
from quotelens.attribution.words import (
    CLAUSE_END_TAIL,
    CLOSING_QUOTE_ENDS,
    COORDINATED_TAIL,
    DASH_RE,
    OPENING_SUBORDINATORS,
    SHARED_SUBJECT_TAIL,
)
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS


class Trims(ContentStarts):
    def _trim_at_coordinated_reports(self) -> None:
        """'Most said they were worried, and three in ten said Trump would be best': a second
        report coordinated after the first ends the first one's content."""
        # (a verb that shares its subject, 'said C but added D', starts at the verb: "but added")
        starts = sorted(
            [
                (b.cue[0] if b.rule == Rule.SOURCE_FIRST_SHARED_SUBJECT else b.source[0], b)
                for b in self.attributions
                if b.source and b.cue and b.source[0] < b.cue[0] and not self.inside_quote(b.source[0])
            ],
            key=lambda sb: sb[0],
        )
        # Each report's tail patterns end where it starts, so they are looked for once (when a content
        # first holds it), in the last few runs of text before it: no match there, none from any start.
        keys = [k for k, _ in starts]
        tails: list[tuple[int, bool, bool] | None] = [None] * len(starts)
        for att in (a for a in self.attributions if a.rule != Rule.SPEAKER_LABEL):  # (a turn runs to its end)
            s0, e0 = att.content[0][0], att.content[-1][1]
            subordinate = att.source is not None and att.source[0] < s0 and self._opens_with_subordinator(att.source[0])
            lo = bisect.bisect_right(keys, s0)
            for n in range(lo, bisect.bisect_left(keys, e0, lo=lo)):
                tail = tails[n] = tails[n] or self._report_tail(*starts[n])
                if not (tail[1] or (subordinate and tail[2])):
                    continue  # (neither tail can match before this report, from any start)
                b_source, b = starts[n]
                if b is att:
                    continue
                shared = b.rule == Rule.SOURCE_FIRST_SHARED_SUBJECT
                if shared and not self._speaks_on_in_turn(att, b):
                    continue  # (a verb inside the reported clause, 'that he forgot it and hasn't visited')
                pos = max(s0, tail[0])
                m = (SHARED_SUBJECT_TAIL if shared else COORDINATED_TAIL).search(self.text, pos, b_source)
                if m is not None:
                    cut = m.start()
                elif subordinate and (m := CLAUSE_END_TAIL.search(self.text, pos, b_source)) is not None:
                    # 'After Scalia said that C, Trump said: D': the main clause's report ends the
                    # subordinate clause's content (a comma inside closing marks stays with it)
                    cut = m.start(1) if m.group(1) else m.start(2)
                else:
                    continue
                self._end_content_at(att, cut, "ends where a second report is coordinated")
                break

    def _report_tail(self, b_source: int, b: Attribution) -> tuple[int, bool, bool]:
        """Where the text before a second report (starting at ``b_source``) can hold its tail
        pattern, and whether its coordinating (or shared-subject) tail and its clause-ending comma
        are there. Every tail pattern spans at most six runs of spaces and non-spaces."""
        lo = start_of_last_runs(self.text, b_source, 6)
        shared = b.rule == Rule.SOURCE_FIRST_SHARED_SUBJECT
        if shared and not self._speaks_in_turn(b):
            return lo, False, False  # (never the same speaker going on: it cuts nothing)
        tail = (SHARED_SUBJECT_TAIL if shared else COORDINATED_TAIL).search(self.text, lo, b_source)
        return lo, tail is not None, CLAUSE_END_TAIL.search(self.text, lo, b_source) is not None

    @staticmethod
    def _end_content_at(att: Attribution, cut: int, note: str) -> None:
        """End ``att``'s content at ``cut`` (and say why), unless nothing of it would be left."""
        frags = pieces_before(att.content, cut)
        if frags and frags[-1][1] > frags[-1][0]:
            att.content = frags
            att.notes.append(note)

    def _speaks_on_in_turn(self, att: Attribution, b: Attribution) -> bool:
        """Whether ``b``, a verb sharing its subject, is ``att``'s speaker going on in a finite speech
        verb ('said C but *added* D'), not a verb of the reported clause ('says he’d sit Putin down
        and *tell* him C': a bare verb goes with the modal inside)."""
        if att.source is None or b.source is None or b.cue is None or not self._same_mention(att.source, b.source):
            return False
        return self._speaks_in_turn(b)

    def _speaks_in_turn(self, b: Attribution) -> bool:
        """Whether ``b``'s cue is a finite verb of speech (with a source)."""
        if b.source is None or b.cue is None:
            return False
        cue = self.text[b.cue[0] : b.cue[1]].lower()
        return CUE_FORMS.get(cue, "") in SPEECH_LEMMAS and looks_finite(cue)

    def _opens_with_subordinator(self, pos: int) -> bool:
        """Whether the token at ``pos`` is the second of its sentence, after "After", "When", "If" ...
        (not "As": 'As the Post reported, C' reports the main clause)."""
        k = bisect.bisect_left(self._token_starts, pos)
        if k < 1 or self._tokens[k - 1].lower not in OPENING_SUBORDINATORS:
            return False
        n = bisect.bisect_right(self._sentence_starts, pos) - 1
        return n >= 0 and self._tokens[k - 1].start <= self._sentence_starts[n] + 1

    def _trim_at_closing_dash(self) -> None:
        """'The plan — which the mayor said would cost millions — was dropped': a report inside a
        pair of dashes ends at the closing one (and one that would open with it reports nothing)."""
        kept = []
        for att in self.attributions:
            if family_of(att.rule) == Family.SOURCE_FIRST and att.cue is not None and att.source is not None:
                s_start, s_end = self._sentence_span(att.cue[0])
                lead_end = att.cue[0] if att.cue[0] < att.source[0] else att.source[0]
                as_aside = self._lead_ends_with_as(s_start, lead_end)  # ('X -- as the campaign noted -- did C')
                dashes = self._dashes_between(s_start, s_end, lead_end)
                if not as_aside and dashes % 2 == 1 and not self.inside_quote(att.cue[0]):
                    m = DASH_RE.search(self.text, att.cue[1], att.end)
                    if m is not None:
                        cut = m.start()
                        while cut > att.start and self.text[cut - 1].isspace():
                            cut -= 1
                        frags = pieces_before(att.content, cut)
                        if not frags or not self.text[frags[0][0] : frags[-1][1]].strip():
                            continue  # 'but Moscow denies — “C?” asked Dunn': nothing of its own
                        att.content = frags
                        att.notes.append("ends at the dash that closes the aside it stands in")
            kept.append(att)
        self.attributions = kept

    def _lead_ends_with_as(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with " as" (and spaces)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return self.text[p - 3 if p - 3 > start else start : p].lower().endswith(" as")

    def _dashes_between(self, s_start: int, s_end: int, pos: int) -> int:
        """How many dashes (matches of _DASH_RE) ``text[s_start:pos]`` holds, for ``pos`` in the
        sentence ``s_start``-``s_end``: the sentence is searched once. Its matches that end by
        ``pos`` are the shorter text's too; one that runs past ``pos`` is looked for again there."""
        if pos > s_end:
            return len(DASH_RE.findall(self.text, s_start, pos))  # (not in the sentence: never met)
        found = self._sentence_dashes.get(s_start)
        if found is None:
            found = [m.span() for m in DASH_RE.finditer(self.text, s_start, s_end)]
            self._sentence_dashes[s_start] = found
        n = bisect.bisect_right(found, pos, key=span_end)
        if n < len(found) and found[n][0] < pos:
            n += len(DASH_RE.findall(self.text, found[n][0], pos))
        return n

    def _trim_at_following_participles(self) -> None:
        """'Trump told Newsmax that C, adding, “D”': the same speaker's participle report after a
        comma ends the content of the report before it."""
        parts = [
            b for b in self.attributions if family_of(b.rule) == Family.PARTICIPLE and b.cue is not None and b.source
        ]
        if not parts:
            return
        by_cue = sorted((b.cue[0], n) for n, b in enumerate(parts))  # type: ignore[index]
        for att in self.attributions:
            if family_of(att.rule) != Family.SOURCE_FIRST or att.source is None:
                continue
            s0, e0 = att.content[0][0], att.content[-1][1]
            for n in in_range(by_cue, s0, e0):  # (the participles whose cue is inside the content)
                b = parts[n]
                assert b.cue is not None and b.source is not None
                if b is att or not self._same_mention(att.source, b.source):
                    continue
                lead = self.text[s0 : b.cue[0]].rstrip()
                if lead.endswith(","):
                    cut = s0 + len(lead[:-1].rstrip())
                elif lead.endswith(CLOSING_QUOTE_ENDS) and has_report_comma(lead):
                    cut = s0 + len(lead)  # '“... maniacal,” adding': the comma is inside the marks
                else:
                    continue
                self._end_content_at(att, cut, "ends where the same speaker's participle report begins")
                break

    def _finish_open_quotations(self) -> None:
        """'He said Cruz "has courage. He is not afraid."': a quotation opened inside a content
        runs to its closing mark, across the sentence end where the frame stopped."""
        for att in self.attributions:
            s, e = att.content[-1]
            reg = self.region_at(e - 1)
            if reg is not None and reg.closed and s <= reg.start and reg.end > e:
                att.content[-1] = (s, reg.end)
                att.notes.append("runs on to the end of the quotation it opened")

    def _trim_at_inner_frames(self) -> None:
        """'Putin denied X, Tillerson said, but ...': the denial's content stops at ', Tillerson said'."""
        framed: dict[int, list[Attribution]] = {}
        for b in self.attributions:
            if family_of(b.rule) == Family.CONTENT_FIRST and b.cue and b.source:
                framed.setdefault(b.paragraph, []).append(b)
        # A frame acts on a content only when its cue, or the start of its frame, lies inside it.
        keyed = {
            pid: sorted({(k, n) for n, b in enumerate(bs) for k in (b.cue[0], min(b.cue[0], b.source[0]))})  # type: ignore[index]
            for pid, bs in framed.items()
            if len(bs) > FEW
        }
        for att in self.attributions:  # ("A: C, she added": the turn's words end at its own tag)
            frames = framed.get(att.paragraph, [])
            if len(frames) > FEW:
                frames = [frames[n] for n in sorted(set(in_range(keyed[att.paragraph], att.start, att.end)))]
            for b in frames:
                if b is att or self._reported_by(att, b):
                    continue
                assert b.cue is not None and b.source is not None
                if b.start > att.start:
                    # 'surprised over what he did: “C,” she wrote.': the quotation and its report are
                    # hers; the content before them ends where her quotation starts
                    words = self.text[b.content[0][0] : b.content[0][1]].rstrip("”\"' ")
                    if not (
                        b.end <= att.end
                        and att.start < b.cue[0] < att.end
                        and is_quote_at(self.text, b.start)
                        and words.endswith((",", "?", "!"))
                    ):
                        continue
                    cut = b.start
                else:
                    cut = min(b.cue[0], b.source[0])
                    after = self._start_after_frame(att, b)
                    if after is not None:
                        # '"A," she said, but despite the tone, "B," said Kunin': her frame ends A;
                        # Kunin's words are what follows it, not what precedes it
                        att.content = [(after, att.content[0][1]), *att.content[1:]]
                        att.notes.append("starts after another attribution's frame")
                        continue
                if att.start < cut < att.end:
                    frags = pieces_before(att.content, cut)
                    s0, e0 = frags[-1]
                    while e0 > s0 and (self.text[e0 - 1].isspace() or self.text[e0 - 1] in ",;:—–"):
                        e0 -= 1
                    frags[-1] = (s0, e0)
                    att.content = [f for f in frags if f[1] > f[0]] or att.content
                    att.notes.append("cut where another attribution's frame begins")

    def _start_after_frame(self, att: Attribution, b: Attribution) -> int | None:
        """Where a content-first report's first piece starts again when another quotation's frame
        ('"A," she said,') sits inside it before its own cue: at the quotation after that frame
        which runs up to the piece's end (a quotation, not a clause: "X has led to uncertainty in
        Murray's home state, she said" holds no frame that ends X's content)."""
        assert b.cue is not None and b.source is not None
        if att.cue is None or family_of(att.rule) != Family.CONTENT_FIRST:
            return None
        s0, e0 = att.content[0]
        frame_end = max(b.cue[1], b.source[1])
        if not (s0 < min(b.cue[0], b.source[0]) and frame_end < e0 <= att.cue[0]):
            return None
        if not self._ends_with_any(*b.content[-1], CLOSING_QUOTE_ENDS):
            return None
        # The first quotation opening at a token in [frame_end, e0) that runs to e0 - 1 or on: regions
        # are disjoint, so only the last two that open before e0 can reach that far.
        lo = bisect.bisect_left(self.regions, frame_end, key=region_start)
        hi = bisect.bisect_left(self.regions, e0, key=region_start)
        for r in self.regions[max(lo, hi - 2) : hi]:
            k = bisect.bisect_left(self._token_starts, r.start)
            if r.end >= e0 - 1 and k < len(self._token_starts) and self._token_starts[k] == r.start:
                return r.start
        return None

    def _ends_with_any(self, start: int, end: int, endings: tuple[str, ...]) -> bool:
        """Whether ``text[start:end]``, trailing spaces off, ends with one of ``endings`` (of two
        characters at most)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return self.text[max(start, p - 2) : p].endswith(endings)
