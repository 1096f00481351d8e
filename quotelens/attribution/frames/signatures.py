"""Frames ``speaker label`` and ``dash signature``: 'TAPPER: C', 'Name: "C"', '"C" - X'."""

from __future__ import annotations

import re

from quotelens.attribution.frames.headline import topic_label_end
from quotelens.attribution.frames.unlisted import UnlistedVerbs
from quotelens.attribution.index import ByParagraph
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Rule
from quotelens.attribution.words import (
    COLON_BEFORE_QUOTE_RE,
    DASH_SIGNATURE_RE,
    HEADLINE_LABEL_RE,
    INLINE_LABEL_RE,
    LABEL_RE,
    NOT_LABELS,
)
from quotelens.segment import CLOSING_MARKS, Paragraph, ParagraphRole


class Signatures(UnlistedVerbs):
    def speaker_labels(self) -> set[int]:
        """Interview lines, "TAPPER: ..." or "Q: ..." or "Chris Matthews: ...": the label speaks the rest.

        Returns the ids of the paragraphs so attributed; first-person cues inside them are the
        speaker's own words ("I think ...") and are not attributions of their own.
        """
        labelled: set[int] = set()
        for para in self.paragraphs:
            headline = para.role is ParagraphRole.TITLE
            if para.role is not ParagraphRole.BODY and not headline:
                continue
            m = LABEL_RE.match(self.text, para.start, para.end)
            if m is None and headline:
                m = HEADLINE_LABEL_RE.match(self.text, para.start, para.end)
            if m is None or m.group("label").lower() in NOT_LABELS:
                continue
            if headline and topic_label_end(self.text, para) is not None:
                continue  # "Brexit: Theresa May says ...": a topic, and the rest a report of its own
            label = m.group("label")
            if not (label.isupper() or len(label.split()) >= 2 or headline):
                continue  # "Update:" is a heading; "PENCE:", "Q:", "Chris Matthews:" are speakers
            start, end = m.start("rest"), para.end
            if len(self.text[start:end].split()) < 3:
                continue  # "Hillary Clinton: 1,769." is a table row, not speech
            att = Attribution(
                [(start, end)],
                (m.start("colon"), m.end("colon")),
                (m.start("label"), m.end("label")),
                para.id,
                Rule.SPEAKER_LABEL_HEADLINE if headline else Rule.SPEAKER_LABEL,
                0.8,
            )
            self._add(att)  # in a headline ("Clinton: Time for ...", "Update: ..."), the model decides
            if not headline:
                labelled.add(para.id)
        return labelled

    def inline_labels(self) -> None:
        """A name and a colon before a quotation inside a paragraph: "Pollsters agree - Carl Bialik:
        “C”", "More from the report: “C”", "Rep. Ana Ruiz (R-S.C.):"C"". The quotation is the label's."""
        text = self.text
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY or COLON_BEFORE_QUOTE_RE.search(text, para.start, para.end) is None:
                continue
            for m in INLINE_LABEL_RE.finditer(text, para.start, para.end):
                if m.group("label").lower() in NOT_LABELS:
                    continue
                quote_start = m.end()
                quote_end = self._quoted_until(quote_start)
                if quote_end is None or len(text[quote_start:quote_end].split()) < 3:
                    continue
                att = Attribution(
                    [(quote_start, quote_end)],
                    (m.start("colon"), m.end("colon")),
                    (m.start("label"), m.end("label")),
                    para.id,
                    Rule.SPEAKER_LABEL_INLINE,
                    0.8,
                )
                self._add(att)

    def _dash_signatures(self) -> None:
        """A quotation signed with a dash and a name at the end of its line: '"C." ― Ana Ruiz', a
        tweet 'C — Ana Ruiz (@aruiz) May 3, 2016', or a line '- Ana Ruiz.' after a quotation that
        fills the paragraph before (pull quotes, quote lists, embedded tweets)."""
        # (a quotation joined to an earlier one as its follower is given back to its signer)
        taken = ByParagraph[Span](self.paragraphs)
        pieces = ByParagraph[Attribution](self.paragraphs)  # (whose pieces may overlap a span)
        indexed = False
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY:
                continue
            m = DASH_SIGNATURE_RE.search(self.text, para.start, para.end)
            if m is None:
                continue
            if not indexed:  # (at the first signature: most articles have none)
                for a in self.attributions:
                    taken.add_each(a.content[:1])
                    pieces.add(a, a.content)
                indexed = True
            dash, name = m.span("dash"), m.span("name")
            name = (name[0], name[0] + len(self.text[name[0] : name[1]].rstrip(".")))  # "Carla Sanchez."
            content = self._signed_content(para, m)
            if not content or any(s < ce and e > cs for cs, ce in content for s, e in taken.near(cs, ce)):
                continue
            for other in {id(o): o for cs, ce in content for o in pieces.near(cs, ce)}.values():
                kept = [(s, e) for s, e in other.content if not any(s < ce and e > cs for cs, ce in content)]
                if len(kept) < len(other.content):
                    other.content = kept
            att = Attribution(content, dash, name, para.id, Rule.DASH_SIGNATURE, 0.8)
            self.attributions.append(att)
            pieces.add(att, content)
            taken.add_each(content)
        self.attributions.sort(key=lambda a: (a.start, a.end))

    def _signed_content(self, para: Paragraph, m: re.Match[str]) -> list[Span]:
        """What the dash signature ``m`` at the end of ``para`` signs: the quotation right before the
        dash, the tweet before its handle, or the quotation filling the paragraph before."""
        before = self.text[para.start : m.start("dash")].rstrip()
        if before and before[-1] in CLOSING_MARKS + "\"'":
            closing = para.start + len(before)  # the quotation just before the dash
            region = self._last_region_before(closing)  # (regions are disjoint: one can end there)
            if region is not None and region.end == closing and region.closed:
                return [(region.start, region.end)]
        elif before and m.group("handle"):
            return [(para.start, para.start + len(before))]  # an embedded tweet
        elif not before and para.id > 0:
            prev = self.paragraphs[para.id - 1]
            if prev.role is ParagraphRole.BODY and self._quote_fills(prev):
                return [(r.start, r.end) for r in self._regions_of(prev)]
        return []
