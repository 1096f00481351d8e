"""Frame ``as reported by``: a passive credit clause set off from the statement it credits.

Pattern: ``As (first|previously|...) <reported|noted|described|...> by X, C.`` or ``C, as <cue> by X.``:

- "As reported by the Daily Ledger, the council approved the budget." — source "the Daily Ledger",
  content "the council approved the budget.";
- "The company plans to cut 500 jobs, as first reported by Reuters." — source "Reuters", content "The
  company plans to cut 500 jobs".

The clause credits the statement as "according to X" does, so the contents are read by the according-to
frame's own readers and carry its rules (the confidence model knows them); the passive frame reads the
other passives ("the email, which was first reported by the AP": the subject is the content).
"""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.according_to import AccordingTo, _content_before
from quotelens.attribution.frames.passive import can_be_agent
from quotelens.attribution.record import Attribution
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS
from quotelens.segment import Token

# Cue lemmas whose "as <past participle> by X" credits a statement (not "as expected by", "as seen by"; not
# "as written by", "as described by": who wrote or described a thing, "The bill, as written by the committee, …").
CREDIT_LEMMAS = frozenset("report note state documented reveal disclose confirm".split())
# Adverbs between "as" and the participle ("as first reported by").
CREDIT_ADVERBS = frozenset(["first", "previously", "earlier", "originally", "also", "initially", "widely"])
_SET_OFF = frozenset([",", "—", "–", "(", "and", "but"])
# Where the agent ends: punctuation, or a time or place after it ("by the New York Times on Tuesday").
_AGENT_ENDS = frozenset([",", ";", ":", ".", "—", "–", ")", "on", "in", "at", "last", "this", "earlier"])
_TAIL = 6  # words of a time or place phrase after the agent ("by the Ledger on Tuesday,")


class AsReported(AccordingTo):
    def as_reported_by(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "As reported by X, C." / "C, as first reported by X.": the agent is the source, the statement
        the clause is set off from is the content."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 1].lower != "by" or not can_be_agent(toks[i + 2]):
            return None
        low = toks[i].lower
        if not low.endswith(("ed", "en")) or CUE_FORMS.get(low) not in CREDIT_LEMMAS:
            return None
        a = i - 2 if i >= 2 and toks[i - 1].lower in CREDIT_ADVERBS else i - 1
        if a < 0 or toks[a].lower != "as" or (a > 0 and toks[a - 1].text not in _SET_OFF):
            return None
        b = i + 3
        while b < len(toks) and toks[b].text not in _AGENT_ENDS and not is_quote(toks[b]):
            b += 1
        source = self._best_mention(toks, i + 2, b)
        cue = token_span(toks, i, i + 1)
        c = _credit_end(toks, b)  # (past a time or place after the agent)
        before = _content_before(toks, a) if a > 0 else None
        if before is not None:
            if any(self._speech_cue(t) for t in toks[:a]):
                return None  # ("X noted in an interview, as reported by Y": X's report, relayed; X is its source)
            if c < len(toks) and toks[c].text == ",":
                return None  # ("The bill, as reported by the committee, would cut taxes": the clause goes on)
            return self._before_cue(sent, before, b, cue, source)
        if a > 0 and toks[a - 1].lower not in {"and", "but"}:
            return None
        if c >= len(toks) or toks[c].text != ",":
            return None
        return self._after_source(sent, c, cue, source)

    def _speech_cue(self, tok: Token) -> bool:
        """A verb of speech outside quotation marks ("noted", "said"): the statement has a speaker of its own."""
        low = tok.lower
        return not tok.is_capitalised and CUE_FORMS.get(low) in SPEECH_LEMMAS and not self.inside_quote(tok.start)


def _credit_end(toks: list[Token], b: int) -> int:
    """The comma or sentence end the credit clause stops at: ``b`` itself, or a comma up to :data:`_TAIL` words
    after it ("As reported by the Ledger *on Tuesday*, C"); else ``b``."""
    for c in range(b, min(len(toks), b + _TAIL + 1)):
        if toks[c].text == "," or toks[c].text in {".", "!", "?"} or is_quote(toks[c]):
            return c if toks[c].text == "," else b
    return b
