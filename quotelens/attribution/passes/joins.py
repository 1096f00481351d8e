"""Post-passes that join: quoted followers to the report before them, quotations across paragraphs."""

from __future__ import annotations

import bisect

from quotelens.attribution.index import GrowingReach, SpanCover
from quotelens.attribution.passes.colon_clauses import ColonClauses
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Family, Rule, family_of
from quotelens.attribution.tokens import is_cue_word
from quotelens.attribution.words import CONTINUING_OPENERS, LEADING_CONJUNCTION, QUOTE_TOKENS, SPEAKING_LEMMAS
from quotelens.segment import Paragraph, ParagraphRole, QuoteRegion
from quotelens.stance import lemma_of


class Joins(ColonClauses):
    def _continuing_sentence(self, reg: QuoteRegion, tail: int) -> int | None:
        """When the quotation ``reg`` ends a cue-less sentence after ``tail`` that opens with a word
        pointing back ("It's", "That makes her", "Unless ..."), so goes on with the speaker's words,
        that sentence's start; else None."""
        ss, se = self._sentence_span(reg.start)
        if ss < tail or reg.end > se + 1:
            return None
        toks = self.tokens_in(ss, se)
        words = [t for t in toks if t.is_word]
        if len(words) < 4 or words[0].lower not in CONTINUING_OPENERS:
            return None
        if sum(1 for t in self.tokens_in(reg.start, reg.end) if t.is_word) < 3:
            return None  # 'It is joining the ''Today'' show': a title, not a quotation
        return None if any(is_cue_word(t) for t in toks if not self.inside_quote(t.start)) else ss

    def _join_inline_leads(self) -> None:
        """'The goal, he said, is to forge a cease-fire': a source and cue set off by commas inside
        the sentence split one content in two; the words before them are its first piece.

        PolNeAR gives such a content both pieces (on train, 62 source-first contents become exact and
        13 lose it, those after a lone connective such as "Still,")."""
        covered = SpanCover((s, e) for a in self.attributions for s, e in a.content)
        for att in self.attributions:
            lead = self._inline_lead(att)
            if lead is not None and not covered.holds(lead[0]) and not covered.holds(lead[1] - 1):
                att.content = [lead, *att.content]
                att.notes.append("the words before the inline source and cue are the content's first piece")

    def _inline_lead(self, att: Attribution) -> tuple[int, int] | None:
        """The words from the sentence start to the comma before ``att``'s source, when ``att`` is a
        source-first report whose source and cue stand between commas and whose content follows."""
        if att.rule != Rule.SOURCE_FIRST or att.source is None or att.cue is None or len(att.content) != 1:
            return None
        source, cue = att.source, att.cue
        if not source[1] <= cue[0] or self.text[source[1] if source[1] > cue[1] else cue[1] : att.start].strip() != ",":
            return None
        sent_start = self._sentence_span(source[0])[0]
        toks = self.tokens_in(sent_start, source[0])
        if len(toks) < 2 or toks[-1].text != "," or not any(t.is_word for t in toks):
            return None
        if any(t.text in QUOTE_TOKENS or self.inside_quote(t.start) for t in toks):
            return None  # (a quotation before the source is the content-first frame's)
        return (toks[0].start, toks[-2].end)

    def _join_quoted_followers(self) -> None:
        """'"A," he said. "B."' — B joins A's attribution as a second fragment."""
        by_para: dict[int, list[Attribution]] = {}
        for att in self.attributions:
            by_para.setdefault(att.paragraph, []).append(att)
        regions_by_para: dict[int, list[QuoteRegion]] = {}
        for r in self.regions:
            regions_by_para.setdefault(r.paragraph, []).append(r)
        for pid, atts in by_para.items():
            para_regions = regions_by_para.get(pid, [])
            starts = [r.start for r in para_regions]  # (regions come sorted by position)
            outers = [o for o in atts if o.rule == Rule.ACCORDING_TO_AFTER_CONTENT]  # (the only ones _reported_by)
            quoting = [
                a
                for a in atts
                if any(bisect.bisect_left(starts, s) < bisect.bisect_left(starts, e) for s, e in a.content)
                and not any(self._reported_by(o, a) for o in outers)  # ('"C," X said, according to Y': Y's)
            ]
            if not quoting:
                continue  # no quotation to go on with
            att_starts = sorted(a.start for a in atts)
            reach = GrowingReach(atts)  # (whether an attribution of the paragraph holds a position)
            for last in quoting:  # each quotation goes on until the next attribution
                self._join_followers_of(last, para_regions[bisect.bisect_left(starts, last.end) :], att_starts, reach)

    def _join_followers_of(
        self, last: Attribution, regions: list[QuoteRegion], att_starts: list[int], reach: GrowingReach
    ) -> None:
        """Join to ``last`` the cue-less quotations among ``regions`` (its paragraph's, after it) that
        go on with its words, up to the next attribution."""
        cue_sentence_end = self._sentence_span(last.cue[0])[1] if last.cue else None
        for reg in regions:
            if reg.start < last.end:
                continue  # (the content grows as followers join)
            tail = max([last.end] + [sp[1] for sp in (last.cue, last.source) if sp and sp[0] >= last.end])
            after_cue = cue_sentence_end if cue_sentence_end is not None else tail
            n = bisect.bisect_left(att_starts, max(tail, after_cue))
            if n < len(att_starts) and att_starts[n] < reg.start:
                break  # another attribution starts in between: nothing after it can join
            if reach.holds(reg.start):
                continue
            if (
                last.cue
                and cue_sentence_end is not None
                and last.cue[1] <= reg.start < cue_sentence_end
                # ('"A," Cruz told reporters in Fort Mill, S.C. "B."': an abbreviation ended
                # the sentence where the splitter could not tell)
                and not self._ends_with(last.cue[1], reg.start, ".")
            ):
                continue  # a title in the cue's own sentence: '"A," he said on "Meet the Press." "B."'
            # Only cue-less quoted sentences: nothing but the quote and punctuation between.
            if reg.start < tail:
                continue
            before = self.text[tail : reg.start].rstrip()
            frag_start = reg.start
            conj = LEADING_CONJUNCTION.search(before)
            if conj is not None:  # '"A," he said. But "B."': the conjunction links B to A
                frag_start = tail + conj.start(1)
                before = before[: conj.start(1)].rstrip()
            if before.endswith(":") and len(self.text[tail : reg.start].split()) >= 4:
                break  # 'Jeb Bush broke down what was wrong: “C”': a new speaker's introduction
            if before and not before.endswith((".", "!", "?", ":", "”", '"', "''")):
                going_on = self._continuing_sentence(reg, tail)
                if going_on is None:
                    break  # the quote sits inside a sentence of the writer's own
                # '"A," she says. It's "B."': a sentence of hers, partly quoted, with no cue
                last.content.append((going_on, reg.end))
                last.notes.append("a sentence going on with the speaker's words joins the quote before it")
            else:
                last.content.append((frag_start, reg.end))
                last.notes.append("a quoted sentence with no cue of its own joins the quote before it")
            reach.grow(last)

    def _ends_with(self, start: int, end: int, mark: str) -> bool:
        """Whether ``text[start:end]``, trailing spaces off, ends with ``mark`` (one character)."""
        p = end
        while p > start and self.text[p - 1].isspace():
            p -= 1
        return p > start and self.text[p - 1] == mark

    def _continue_across_paragraphs(self) -> None:
        """A paragraph of nothing but quotation, right after a quoted paragraph, is more of that quotation.

        News style runs a long quote over several paragraphs; PolNeAR annotates it as one
        attribution with several pieces, and so does this (one ``group``).
        """
        attributed = {a.paragraph for a in self.attributions}
        covered = SpanCover((s, e) for a in self.attributions for s, e in a.content)
        last_by_para: dict[int, Attribution] = {}
        for a in self.attributions:  # the last of each paragraph; of two ending together, the outer one
            known = last_by_para.get(a.paragraph)
            if known is None or (a.end, -a.start) >= (known.end, -known.start):
                last_by_para[a.paragraph] = a
        prev_body: Paragraph | None = None
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY:
                prev_body = None
                continue
            if (
                para.id not in attributed
                and prev_body is not None
                and prev_body.id in last_by_para
                and self._quote_fills(para)
                and not covered.holds(para.start)
            ):
                parent = self._quoted_inside(last_by_para[prev_body.id])
                if self._introduced_by_later_clause(parent, para):
                    prev_body = para
                    continue  # (the orphan pass credits the clause's subject)
                tail = self.text[parent.content[0][1] : prev_body.end].strip()
                # (the end chosen short of the colon: "She remembers *it* in unusual detail:")
                if len(parent.content) == 1 and tail.endswith(":") and not any(c in tail for c in ".!?;"):
                    # 'Cruz called them on it:' / 'released the following statement:' and the quotation
                    # as the next paragraph: the words before the colon only point to it
                    parent.content = [(para.start, para.end)]
                    parent.notes.append("the words before the colon point to the quotation of the next paragraph")
                elif self._speaks_on(parent, prev_body):
                    parent.content.append((para.start, para.end))
                    parent.notes.append("the quote runs on into the next paragraph, which has no cue of its own")
                else:
                    prev_body = para
                    continue  # 'Sanders named five people.' then a quoted paragraph: not more of his words
                last_by_para[para.id] = parent
            prev_body = para

    def _quoted_inside(self, att: Attribution) -> Attribution:
        """'“C,” she told the panel, according to a Reuters witness.': the channel's content holds a
        quotation with its own speaker; a quotation paragraph after it goes on with that speaker's words."""
        if family_of(att.rule) != Family.ACCORDING_TO:
            return att
        inner = [
            a
            for a in self.attributions
            if a is not att
            and a.source is not None
            and att.start <= a.start
            and a.end <= att.end
            and any(self.region_at(s) is not None for s, _ in a.content)
        ]
        return inner[-1] if inner else att

    def _speaks_on(self, att: Attribution, para: Paragraph) -> bool:
        """Whether a quoted paragraph after ``para`` (which ends with ``att``) goes on with ``att``'s
        words: ``att`` quotes, its cue is a verb of speech ("She said C." then "“D.”"; not "Sanders
        named five people."), or ``para`` ends in a colon, which always introduces what follows."""
        if self.text[para.start : para.end].rstrip().endswith(":"):
            return True
        if any(self.region_at(s) is not None or self.region_at(e - 1) is not None for s, e in att.content):
            return True
        if att.cue is None:
            return True
        return lemma_of(self.text[att.cue[0] : att.cue[1]].split()[0].lower()) in SPEAKING_LEMMAS
