"""Frame ``nominal``: "Putin's claim that C" inside another report (reader-only)."""

from __future__ import annotations

from operator import attrgetter

from quotelens.attribution.frames.noun_cues import owner_span
from quotelens.attribution.frames.signatures import Signatures
from quotelens.attribution.record import Attribution, QuoteKind
from quotelens.attribution.rules import Rule
from quotelens.attribution.verbs import starts_clause
from quotelens.attribution.words import MODALS, NOMINAL_CUES

_LOWER = attrgetter("lower")


class Nominal(Signatures):
    def _nominal_cues(self) -> None:
        """Inside a reported clause, "Putin's claim that C" / "his denial that C" is speech reported in turn.

        Only looked for inside another attribution's content, where such a noun carries a
        report; these nested attributions are for the reader and are not written for the scorer.
        """
        found: list[Attribution] = []
        cues = {a.cue for a in self.attributions}  # (a noun the owned-noun frame already read is not read twice)
        for parent in self.attributions:
            for s, e in parent.content:
                toks = self.tokens_in(s, e)
                if NOMINAL_CUES.isdisjoint(map(_LOWER, toks)):
                    continue  # (most contents hold no cue noun: told in C, before the loop over their tokens)
                for i, tok in enumerate(toks[1:], 1):
                    if tok.lower not in NOMINAL_CUES or (tok.start, tok.end) in cues:
                        continue
                    src = owner_span(toks, i - 1)
                    if src is None:
                        continue
                    k = i + 1
                    if k < len(toks) and toks[k].lower == "that":
                        k += 1
                    if k >= len(toks) or not toks[k].is_word:
                        continue
                    if k == i + 1 and not starts_clause(toks[k]):
                        continue  # "briefed on the North's statement early Friday": no clause follows the noun
                    stop = self._clause_end(toks, k)
                    for m in range(k + 2, stop):  # "Putin's insistence that Russia did not interfere | would leave"
                        if toks[m].lower in MODALS and not self.inside_quote(toks[m].start):
                            stop = m
                            break
                    first = k - 1 if toks[k - 1].lower == "that" else k
                    content = [(toks[first].start, toks[stop - 1].end)]
                    if any(f.content == content and f.cue == (tok.start, tok.end) for f in found):
                        continue  # the same noun inside two attributions of the same words
                    att = Attribution(
                        content, (tok.start, tok.end), src, parent.paragraph, Rule.NOMINAL_INSIDE_A_REPORT, 0.6
                    )
                    att.reader_only = True
                    att.notes.append(f"a report inside the words credited to the source of “{self.text[s:e][:40]}…”")
                    found.append(att)
        for att in found:
            att.kind = QuoteKind.DIRECT if self._quoted_share(att) >= 0.9 else QuoteKind.INDIRECT
        self.attributions.extend(found)
