"""Frame ``noun clause``: a stance or speech noun with its "that" clause, the object of its speaker's
verb.

Pattern: ``<subject> <verb> (…) the|a|an <cue noun> that C``, where C is a clause of its own (not a
relative clause: "a warning that could help her" is no report):

- "Gorka also made the point that Clinton's philosophy was wrong." — source "Gorka", cue "point",
  content "that Clinton's philosophy was wrong.";
- "Trump stirred controversy with an assertion that the migrants were criminals." — source "Trump".

The speaker is the subject of the nearest finite verb before the noun (as for a stance infinitive,
:func:`~quotelens.attribution.frames.infinitives.governing_subject`); a noun with an owner ("his claim
that") is the noun-cue frame's, and one after no verb ("The hope is that") names nobody here.
"""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.infinitives import governing_subject
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import token_span
from quotelens.attribution.verbs import looks_verbal
from quotelens.attribution.words import FINITE, MODALS

# Listed cue nouns that take a "that" clause saying what was said or held (train: "made the point
# that", "an assertion that", "the hope that", "a suggestion that", "the assumption that").
CLAUSE_NOUNS = frozenset(
    "point suggestion assertion warning hope hopes assumption understanding contention fear sentiment".split()
)
_ARTICLES = frozenset(["the", "a", "an"])


class NounClauses(SourceFirst):
    def _noun_that_clause(self, sent: SentenceView, i: int) -> bool:
        """ "X made the point that C": a cue noun after an article, with its "that" clause, credited to
        the subject of the verb before it; the token's turn ends only when one is found."""
        toks = sent.tokens
        if not (
            toks[i].lower in CLAUSE_NOUNS
            and i >= 2
            and i + 3 < len(toks)
            and toks[i - 1].lower in _ARTICLES
            and toks[i + 1].lower == "that"
        ):
            return False
        nxt = toks[i + 2]
        if nxt.lower in FINITE or nxt.lower in MODALS or (not nxt.is_capitalised and looks_verbal(nxt)):
            return False  # "a warning that could help her": a relative clause, no report
        np = governing_subject(toks, i - 1)
        if np is None or np[1] > i - 1:
            return False
        k = i + 2
        c1 = self._clause_end(toks, k, speech=False)
        if k >= c1:
            return False
        c1, options, end_share = self._chosen_end(toks, k, c1, i, Rule.SOURCE_FIRST)
        content = (toks[i + 1].start, boundary.end_char(toks, c1))
        att = Attribution(
            [content], token_span(toks, i, i + 1), token_span(toks, *np), sent.paragraph.id, Rule.NOUN_CLAUSE, 0.6
        )
        self._record_end(att, toks, options, end_share)
        return self._added(att)
