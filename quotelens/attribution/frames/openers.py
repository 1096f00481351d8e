"""Frames where the cue opens the clause: 'Said Comey, "C."' and 'as X put it, C'."""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.participles import Participles
from quotelens.attribution.nounphrases import np_after
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import subject_before
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.lexicon import ABBREVIATIONS

_DESCRIBED = frozenset(["one", "a", "an", "another", "the"])


class Openers(Participles):
    def cue_opens_sentence(self, sent: SentenceView, i: int) -> Attribution | None:
        """'Said Comey, "C."', 'Said Jo Hale, who grew up nearby, "C."': the cue first, then the
        speaker, then the quotation."""
        toks = sent.tokens
        np = np_after(toks, i + 1)
        if np is None or not (toks[np[0]].is_capitalised or toks[np[0]].lower in _DESCRIBED):
            return None  # (a name, or a description: 'Said one aide: “C”', 'Said a spokesman, “C”')
        for m in range(np[1], min(len(toks), np[1] + 30)):
            if is_quote(toks[m]) and toks[m - 1].text in {",", ":"} and not self.inside_quote(toks[m].start):
                end = self._quoted_until(toks[m].start)
                if end is None:
                    return None
                return Attribution(
                    [(toks[m].start, end)],
                    token_span(toks, i, i + 1),
                    token_span(toks, *np),
                    sent.paragraph.id,
                    Rule.CUE_SOURCE_QUOTATION,
                    0.85,
                )
            if toks[m].text in {".", ";", "!", "?"}:
                return None
        return None

    def as_put_it(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "As Ana Ruiz put it, C", "as a diplomat put it in a memo: C": what follows is the subject's."""
        toks = sent.tokens
        n = len(toks)
        if i + 2 >= n or toks[i + 1].lower != "it" or self.inside_quote(toks[i].start):
            return None
        # "as" opens the clause, before the subject and any apposition around it ("As the chief
        # executive, Jeff Weiner, put it", "As John Cornyn, the No. 2 in the GOP, put it")
        as_at = i - 1
        while as_at >= 0 and i - as_at < 30 and toks[as_at].lower != "as":
            if not (
                toks[as_at].is_word
                or toks[as_at].text in {",", "’s", "'s"}
                or is_quote(toks[as_at])
                or (toks[as_at].text == "." and as_at > 0 and toks[as_at - 1].lower in ABBREVIATIONS)
            ):
                return None
            as_at -= 1
        if as_at < 0 or toks[as_at].lower != "as" or as_at + 1 >= i:
            return None
        np = subject_before(toks, i)
        if np is None or np[0] <= as_at:
            # the name right after "as", before its description
            b = next((m for m in range(as_at + 1, i) if toks[m].text == ","), i)
            np = (as_at + 1, b)
        k = i + 2
        while k < n and k - i < 14 and (toks[k].is_word or toks[k].text in {"’s", "'s"}):
            k += 1  # "put it in his memo to employees,"
        if k + 1 >= n or toks[k].text not in {",", ":"}:
            return None
        k += 1
        c1 = self._clause_end(toks, k)
        if as_at > 0 and toks[as_at - 1].text == ",":
            # "owed it to, as one engineer put it, a small miracle, and ...": the words resume the
            # writer's sentence and end at its next comma
            c1 = next((m for m in range(k + 1, c1) if toks[m].text == "," and not self.inside_quote(toks[m].start)), c1)
        if k >= c1:
            return None
        start = toks[k].start
        end = boundary.end_char(toks, c1)
        q = self._quoted_until(start)
        if q is not None and q > end:
            end = q
        return Attribution(
            [(start, end)],
            token_span(toks, i, i + 2),
            token_span(toks, *np),
            sent.paragraph.id,
            Rule.SOURCE_FIRST_AS_PUT_IT,
            0.85,
        )
