"""Frame ``content-first (described source, cue)``: a closed quotation, then a long description of
its speaker, then the cue ('"C," Cecelia Purner, 67, a retired teacher, said')."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.content_first import ContentFirst
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import is_cue_word, is_quote, token_span
from quotelens.attribution.verbs import is_participle
from quotelens.attribution.words import FINITE, IRREGULAR_PAST, LISTENER_DETERMINERS, RELATIVES
from quotelens.endings import ENDS_ING, ENDS_S, ENDS_SS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_LISTENER_DETERMINERS_OR_ONE_TWO_ETC = frozenset(LISTENER_DETERMINERS | {"one", "two", "some"})


class QuoteSourceCue(ContentFirst):
    def quote_source_cue(self, sent: SentenceView, i: int) -> Attribution | None:
        """'"C," a spokesman for committee Democrats said.' / '"C," Cecelia Purner, 67, a retired
        teacher in Allentown, Pa., said by telephone.': a closed quotation, then everything up to the
        cue is its speaker (however described), then circumstances. The fallback when
        :meth:`content_first` finds no plain subject."""
        toks = sent.tokens
        if ENDS_ING[toks[i].lower] or not is_cue_word(toks[i]):
            return None
        q = None
        for m in range(i - 1, i - 30 if i > 29 else -1, -1):
            if is_quote(toks[m]):
                q = m
                break
            if is_cue_word(toks[m]) or toks[m].lower in FINITE or toks[m].text in {";", ":", "(", ")"}:
                return None
            if toks[m].lower in RELATIVES:
                return None  # '"C," Ana Ruiz, a nurse who voted for him, said': "voted" describes her
        if q is None or not self._closes_quotation(toks, q):
            return None
        region = self.region_at(toks[q].start)
        if region is None or region.start > toks[0].start:
            return None  # the quotation must open the sentence (or began before it)
        a = q + 1
        if a < i and toks[a].text in {",", "—", "–"}:
            a += 1
        elif self.text[region.start : toks[q].start].rstrip("’'")[-1:] not in {",", "?", "!", "—", "–"}:
            return None  # '"C" was the slogan': only a quotation closed by its own comma, "?" or "!"
        if a >= i or not (
            toks[a].is_capitalised
            or toks[a].lower in _LISTENER_DETERMINERS_OR_ONE_TWO_ETC
            or _modified_plural(toks, a, i)
        ):
            return None
        b = a
        while b < i and toks[b].text != ",":
            b += 1
        if b - a > 12 or not any(t.is_word for t in toks[a:b]):
            return None
        rest = i + 1
        if rest < len(toks) and toks[rest].lower in {"that", ":"}:
            return None
        return Attribution(
            [(region.start, region.end)],
            token_span(toks, i, i + 1),
            token_span(toks, a, b),
            sent.paragraph.id,
            Rule.CONTENT_FIRST_DESCRIBED_SOURCE,
            0.85,
        )


_PLURAL_MODIFIERS = frozenset(["at", "from", "with", "of", "in"])


def _modified_plural(toks: list[Token], a: int, i: int) -> bool:
    """ "economists led by Priya Raman", "analysts at Citi": a bare plural noun with a post-modifier (a
    participle and "by", or a preposition and a name) before the cue at ``i``."""
    low = toks[a].lower
    if a + 3 > i or not ENDS_S[low] or ENDS_SS[low] or len(low) < 4 or not low.isalpha():
        return False
    nxt = toks[a + 1].lower
    if nxt in _PLURAL_MODIFIERS:
        return toks[a + 2].is_capitalised
    return (is_participle(toks[a + 1]) or nxt in IRREGULAR_PAST) and toks[a + 2].lower == "by"
