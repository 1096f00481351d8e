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
    OPENING_CUES,
)
from quotelens.segment import CLOSING_MARKS, Paragraph, ParagraphRole

_QA_WORDS = frozenset(["question", "answer", "interviewer"])  # (the transcript's own labels: read there)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_SPEAKING = re.compile(r"\b(?:I|me|my|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our|Let[’']s)\b|\?")  # (not "US")


def _colon_dateline(text: str, m: re.Match[str], para_id: int, labels: dict[int, re.Match[str]]) -> bool:
    """Is the capitals' label ``m`` opening the first body paragraph its dateline ("CHENNAI: The city ...",
    "NEW DELHI: ...")? So when it speaks no more: no other paragraph opens with it, the next opens with no
    label ("TAPPER: Ready?" / "PENCE: Yes."), and its line, outside quotations, has no "I", "we", "you" or
    question (a speaker's: "WALLACE: Let's start ...")."""
    label = m.group("label")
    if sum(c.isalpha() for c in label) < 4 or para_id + 1 in labels:
        return False  # ("Q:", "A:", "AL:")
    if any(k != para_id and other.group("label") == label for k, other in labels.items()):
        return False
    line = text[m.start("rest") : m.endpos]  # (to the paragraph's end)
    return _SPEAKING.search(_QUOTED.sub("", line)) is None


class Signatures(UnlistedVerbs):
    def speaker_labels(self) -> set[int]:
        """Interview lines, "TAPPER: ..." or "Q: ..." or "Chris Matthews: ...": the label speaks the rest.

        Returns the ids of the paragraphs so attributed; first-person cues inside them are the
        speaker's own words ("I think ...") and are not attributions of their own.
        """
        labelled: set[int] = set()
        labels = self._body_labels()
        first_body = next((p.id for p in self.paragraphs if p.role is ParagraphRole.BODY), -1)
        for para in self.paragraphs:
            headline = para.role is ParagraphRole.TITLE
            if para.role is not ParagraphRole.BODY and not headline:
                continue
            m = labels.get(para.id) if not headline else self._label_at(para)
            if m is None and headline:
                m = HEADLINE_LABEL_RE.match(self.text, para.start, para.end)
            if m is None or _no_label(m.group("label")):
                continue
            if headline and topic_label_end(self.text, para) is not None:
                continue  # "Brexit: Theresa May says ...": a topic, and the rest a report of its own
            if headline and self.text[m.start("rest") :].split(" ", 1)[0].lower() in _EXPLAINER_OPENERS:
                continue  # "Playbook: Inside the Senate GOP's standoff": a column's name and its story
            label = m.group("label")
            if headline and label.isupper() and ("'S " in label or "’S " in label):
                continue  # "COCO'S HEARTBREAK: Pop star ...": a tabloid's kicker, no speaker
            if label.isupper() and para.id == first_body and _colon_dateline(self.text, m, para.id, labels):
                continue  # "CHENNAI: The city ...", "NEW DELHI: ...": the lede's place, no speaker
            if not (label.isupper() or len(label.split()) >= 2 or headline or self._named_label(para, label, labels)):
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

    def _label_at(self, para: Paragraph) -> re.Match[str] | None:
        return LABEL_RE.match(self.text, para.start, para.end)

    def _body_labels(self) -> dict[int, re.Match[str]]:
        """The label opening each body paragraph that opens with one, by paragraph id."""
        return {p.id: m for p in self.paragraphs if p.role is ParagraphRole.BODY and (m := self._label_at(p))}

    def _dateline_at(self, para: Paragraph) -> bool:
        labels = self._body_labels()
        return para.id in labels and _colon_dateline(self.text, labels[para.id], para.id, labels)

    def _named_label(self, para: Paragraph, label: str, labels: dict[int, re.Match[str]]) -> bool:
        """A one-word label in mixed case ("Hawkes:") speaks when questions are around it ("Q:",
        "Question:" lines within two paragraphs) or, in a line that speaks (a quotation, "I", "we", "you"),
        when it is the surname of someone named before ("coach Glenn Hawkes"); else it is a heading
        ("Background:") or a tagline ("Cruz: Just hang on.")."""
        bare = label.replace("-", "").replace("'", "").replace("’", "")  # ("Nwosu-Berg", "O'Hare": surnames too)
        if not bare.isalpha() or len(label) < 3 or label.lower() in _QA_WORDS:
            return False
        near = (labels.get(k) for k in range(para.id - 2, para.id + 3) if k != para.id)
        if any(m is not None and m.group("label").lower() in ("q", "question") for m in near):
            return True
        line = self.text[para.start : para.end]  # (speech: "I", "we", "you" or a quotation; not "Cruz: Hang on.")
        if _SPEAKING.search(_QUOTED.sub("", line)) is None and not any(c in line for c in '“"'):
            return False
        return re.compile(rf"\b[A-Z][\w'’-]+ {re.escape(label)}\b").search(self.text, 0, para.start) is not None

    def inline_labels(self) -> None:
        """A name and a colon before a quotation inside a paragraph: "Pollsters agree - Carl Bialik:
        “C”", "More from the report: “C”", "Rep. Ana Ruiz (R-S.C.):"C"". The quotation is the label's."""
        text = self.text
        first_body = next((p.id for p in self.paragraphs if p.role is ParagraphRole.BODY), -1)
        for para in self.paragraphs:
            if para.role is not ParagraphRole.BODY or COLON_BEFORE_QUOTE_RE.search(text, para.start, para.end) is None:
                continue
            for m in INLINE_LABEL_RE.finditer(text, para.start, para.end):
                if _no_label(m.group("label")):
                    continue
                at_start = para.id == first_body and m.start() == para.start
                if at_start and m.group("label").isupper() and self._dateline_at(para):
                    continue  # 'MUMBAI: "We will act," the Minister said': the lede's place, no speaker
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


def _no_label(label: str) -> bool:
    """A heading ("Update:") or an inverted cue and its speaker ('Said Comey: “C”', read by the cue frame)."""
    low = label.lower()
    return low in NOT_LABELS or (" " in low and low.split(" ", 1)[0] in OPENING_CUES)


# Words that open a story's title, not anyone's words, after a headline's label ("Playbook: Inside ...").
_EXPLAINER_OPENERS = frozenset(["inside", "behind", "explainer", "analysis", "opinion", "live", "watch", "listen"])
