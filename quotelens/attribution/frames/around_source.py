"""Pass ``around an inline source``: a content that goes on past its own "X said," in a subordinate clause.

Pattern: ``C1, <source> <cue>, <subordinator> C2.`` where the subordinator (because, since, although,
though, unless, so that, whereas) carries on the reported reasoning in the speaker's voice:

- "The meeting was scheduled to last for 30 minutes but went on for more than two hours, Tillerson said,
  because “there was just such a level of engagement …”" — content = "The meeting … two hours" and
  "because “…”", source "Tillerson";
- "The vote was delayed, the spokesman said, since the count had not been certified."

The content-first frame finds ``C1``; this pass appends ``C2`` (to the sentence end) as a second piece
under its own rule, so the confidence model weighs it apart, and drops the proposals that read the
inline "Tillerson said, because …" as somebody's content ("The meeting … went on" + "Tillerson said …").
"""

from __future__ import annotations

from quotelens.attribution.context import Context
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import is_cue_word
from quotelens.attribution.words import LISTENER_WORDS

CONTINUING = frozenset(["because", "since", "although", "though", "unless", "whereas"])
_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "it"])
_FROM = frozenset([Rule.CONTENT_FIRST_SOURCE_CUE, Rule.CONTENT_FIRST_CUE_SOURCE])


def continuation(ctx: Context, att: Attribution) -> tuple[int, int] | None:
    """The ``<subordinator> C2`` piece after the source and cue of ``att``, when there is one."""
    if att.rule not in _FROM or att.cue is None or att.source is None or len(att.content) != 1:
        return None
    after = max(att.cue[1], att.source[1])
    if after <= att.content[0][1]:
        return None
    sent_start, sent_end = ctx._sentence_span(att.content[0][0])
    if not sent_start <= after < sent_end:
        return None
    toks = ctx.tokens_in(after, sent_end)
    k = 0  # past the listener of "she told me," / "he told Reuters,"
    while k < min(3, len(toks)) and (toks[k].lower in LISTENER_WORDS or toks[k].is_capitalised) and toks[k].is_word:
        k += 1
    toks = toks[k:]
    if len(toks) < 4 or toks[0].text != "," or toks[1].lower not in CONTINUING:
        return None
    if ctx.inside_quote(toks[1].start):
        return None
    later = (m for m in (3, 4) if m < len(toks))  # (", though reluctantly." has no fifth token)
    if any(is_cue_word(toks[m]) and (toks[m - 1].lower in _SUBJECTS or toks[m - 1].is_capitalised) for m in later):
        return None  # '"C," Blake told reporters, though she said she would ...': a report of its own
    end = toks[-1].end
    if toks[-1].text in {".", "!", "?"} and len(toks) > 2:
        end = toks[-2].end if not ctx.inside_quote(toks[-1].start) else toks[-1].end
    return (toks[1].start, end)


class AroundSource(Context):
    def _split_around_inline_source(self) -> None:
        """Append the subordinate clause after "X said," to a content-first report; drop the readings of
        "X said, because …" as another speaker's content."""
        inline: list[tuple[int, int]] = []  # from the inline source to the subordinator
        for att in self.attributions:
            piece = continuation(self, att)
            if piece is None:
                continue
            assert att.cue is not None and att.source is not None
            inline.append((min(att.cue[0], att.source[0]), piece[0]))
            att.content = [att.content[0], piece]
            att.rule = Rule.CONTENT_FIRST_AROUND_INLINE_SOURCE
            att.notes.append("the content goes on after the inline source and cue")
        if inline:
            self.attributions = [
                a
                for a in self.attributions
                if a.rule == Rule.CONTENT_FIRST_AROUND_INLINE_SOURCE
                or not any(lo <= a.content[0][0] <= hi for lo, hi in inline)
            ]
