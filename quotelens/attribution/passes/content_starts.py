"""Post-passes that move where a content starts: after the dateline opening its paragraph ("NEW ORLEANS (AP) —
"), then, by the start chooser (:mod:`quotelens.starts`), after its cue ("telling reporters in May that C") or
after its sentence's opening phrase ("Meanwhile, C, he said"), the candidates kept on the attribution.

In and out: the engine's attributions, their contents' starts moved in place with a note saying why.
:class:`ContentStarts` is the base of :class:`~quotelens.attribution.passes.trims.Trims`; moved here from
``trims.py``.
"""

from __future__ import annotations

import bisect
import re

from quotelens import starts
from quotelens.attribution.passes.nesting import Nesting
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Family, family_of
from quotelens.attribution.tokens import is_cue_word
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import ParagraphRole

_OPENING_MARKS = frozenset(['"', "“", "''", "‘"])
# The frames whose content follows its cue and whose start the chooser moves: the participles (on train
# the others' moves were too few to pay for the candidates: 11 better in 518 source-first variants)
_CHOSEN_AFTER_CUE = frozenset({Family.PARTICIPLE})
# ... and a question's topic after "asked about" (PolNeAR's cue takes the "about" 14 times in 17 on train:
# "was *asked about* the report"), the asked frame starting at "about"
_ABOUT = re.compile(r"about\b", re.IGNORECASE)
# the words that mark where such a content starts ('telling reporters *that*', 'pointing *to*', 'asked
# *about*', 'telling CNN*,* "C"'): without one among the candidates the frame's start stays (and costs nothing)
_START_MARKERS = frozenset(["that", "to", "about", "of", "at", "for", "on", "out", "with", "whether", "if", ",", ":"])
_START_MARKERS = _START_MARKERS | _OPENING_MARKS
# A wire story's dateline opening a paragraph: "NEW ORLEANS (AP) — ", "JACKSON, Miss. — ", "WASHINGTON -- ",
# "NEW YORK/PARIS, March 6 (Reuters) - " (cities a slash apart)
# (and with a date, "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", or a place in title case before an agency,
# "New York (AFP) – "; or a kicker in capitals, "EXCLUSIVE: ", "FIRST ON CNN: ")
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z .]{1,20}\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} \((?:AFP|AP|Reuters|UPI)\)) ?(?:—|–|--|-) +|[A-Z]{4,}(?: [A-Z]{2,}){0,3}: +"
)

_PLACE_DATELINE_RE = re.compile(r"[A-Z][\w'’.-]+(?: [\w'’.-]+){0,2}, [A-Z][\w.]+(?: [A-Z][\w.]+)? (?:—|–|--) +")


class ContentStarts(Nesting):
    def _start_after_dateline(self) -> None:
        """'NEW ORLEANS (AP) — A storm cut power to 200,000 homes, officials said': a content that opens
        a paragraph starts after the paragraph's dateline (the place and agency are no one's words).
        Then a content that opens its sentence may start after a leading connective or opening phrase
        ('Meanwhile, C, he said'): the start chooser's opening candidates decide."""
        opening = sorted(p.start for p in self.paragraphs)
        lede = next((p.start for p in self.paragraphs if p.role is ParagraphRole.BODY), -1)
        for att in self.attributions:
            start = att.content[0][0]
            dated, para = False, opening[max(0, bisect.bisect_right(opening, start) - 1)]
            if start - para < 40:  # (opening the paragraph, or inside its dateline: "WICHITA, Kan. *(AP) --* C")
                m = _DATELINE_RE.match(self.text, para, att.content[0][1])
                if m is None and para == lede:  # ("Deir el-Balah, Gaza – C": a place in mixed case, in the lede)
                    m = _PLACE_DATELINE_RE.match(self.text, para, att.content[0][1])
                if m is not None and start < m.end() < att.content[0][1]:
                    att.content = [(m.end(), att.content[0][1]), *att.content[1:]]
                    att.notes.append("starts after the paragraph's dateline")
                    dated = True
            if att.start_options or att.cue is None:
                continue  # (an "X said C" frame's start was chosen already)
            if att.cue[1] <= start and len(att.content) == 1 and self._start_chosen_after_cue(att):
                self._start_after_cue(att)  # (one piece: a quotation around its frame keeps its start)
            if not att.start_options:
                self._start_after_opener(att, dated)

    def _start_chosen_after_cue(self, att: Attribution) -> bool:
        """Whether the start chooser moves the start of ``att``'s content, which follows its cue: a
        participle's, or an "asked about C" question's."""
        family = family_of(att.rule)
        return family in _CHOSEN_AFTER_CUE or (family == Family.ASKED and bool(_ABOUT.match(self.text, att.start)))

    def _start_after_cue(self, att: Attribution) -> None:
        """Let the start chooser move the start of a content that follows its cue in the same sentence
        (a participle's 'telling reporters in May that C', 'pointing to C') among the words from the
        cue's end to a few past the frame's start, as it does for "X said C"."""
        assert att.cue is not None
        s0, e0 = att.content[0]
        ce = bisect.bisect_left(self._token_starts, att.cue[1])
        k = bisect.bisect_left(self._token_starts, s0)
        toks = self._tokens
        if k >= len(toks) or toks[k].start != s0 or k - ce > starts.AFTER_RULE:
            return
        if bisect.bisect_right(self._sentence_starts, att.cue[0]) != bisect.bisect_right(self._sentence_starts, s0):
            return  # (the cue in another sentence)
        stop = bisect.bisect_left(self._token_starts, e0)
        w = k
        while w < stop - 1 and not toks[w].is_word:
            w += 1
        if not any(t.lower in _START_MARKERS for t in toks[ce : min(stop, w + starts.AFTER_RULE + 1)]):
            return  # (no "that", preposition, comma or quotation mark to start at or after: the frame's start)
        cue = self.text[att.cue[0] : att.cue[1]].lower().split()
        lemma = CUE_FORMS.get(cue[0], cue[0]) if cue else ""
        options = starts.candidates(toks, ce, w, stop, self.inside_quote, lemma, is_cue_word, family_of(att.rule))
        if len(options) < 2:
            return
        att.start_options = [(toks[n].start, f) for n, f in options]
        m = starts.choose(options, w) if self.use_boundary else w
        if m != w:
            new = toks[m - 1].start if toks[m - 1].text in _OPENING_MARKS and m - 1 >= ce else toks[m].start
            att.content = [(new, e0), *att.content[1:]]
            att.notes.append("start chosen among the words after its cue")

    def _start_after_opener(self, att: Attribution, dated: bool) -> None:
        """Let the start chooser move the start of a content whose first word opens its sentence (or
        follows its dateline) past a leading connective or a short opening phrase and its comma, unless
        that would leave out its cue or source; the candidates are kept on the attribution."""
        s0, e0 = att.content[0]
        k0 = bisect.bisect_left(self._token_starts, s0)
        if k0 >= len(self._tokens) or self._token_starts[k0] != s0 or not self._tokens[k0].is_word:
            return
        if not dated:
            n = bisect.bisect_right(self._sentence_starts, s0) - 1
            if n < 0 or bisect.bisect_left(self._token_starts, self._sentence_starts[n]) != k0:
                return  # (not the sentence's first token)
        if self.inside_quote(s0):
            return  # (quoted words are the speaker's own, openers and all)
        stop = bisect.bisect_left(self._token_starts, e0)
        options = starts.opening_candidates(self._tokens, k0, stop, family_of(att.rule))
        frame = [x for x in (att.cue, att.source) if x is not None]
        options = [
            o for o in options if o[0] == k0 or not any(f[0] < self._token_starts[o[0]] and s0 < f[1] for f in frame)
        ]
        if len(options) < 2:
            return
        att.start_options = [(self._token_starts[k], f) for k, f in options]
        k = starts.choose_opening(options) if self.use_boundary else k0
        if k != k0:
            att.content = [(self._token_starts[k], e0), *att.content[1:]]
            att.notes.append("starts after its sentence's opening phrase")
