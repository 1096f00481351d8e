"""Frame ``passive``: 'C was said by X' / 'a claim made by X' (the agent after *by*)."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.quote_source import QuoteSourceCue
from quotelens.attribution.nounphrases import np_after, np_before_plain
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import token_span
from quotelens.attribution.verbs import is_adverb, is_passive, passive_after_first
from quotelens.attribution.words import (
    BE_FORMS,
    FINITE,
    IRREGULAR_PARTICIPLES,
    LISTENER_DETERMINERS,
    NOT_PASSIVE_OBJECT,
    RELATIVES,
)
from quotelens.lexicon import SUBJECT_VERB_FILLERS

# (word sets united once here, not on every call)
_RELATIVES_OR_THAT = frozenset(RELATIVES | {"that"})


class Passive(QuoteSourceCue):
    def passive_by(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "The ban was first reported by BuzzFeed." / "the email, which was first reported by the AP":
        the agent after "by" is the source, the subject is the content."""
        toks = sent.tokens
        if i + 2 >= len(toks) or toks[i + 1].lower != "by":
            return None
        if not (is_passive(toks, i) or passive_after_first(toks, i)):
            return self._reduced_passive(sent, i)
        src = np_after(toks, i + 2)
        if src is None or not (toks[src[0]].is_capitalised or toks[src[0]].lower in LISTENER_DETERMINERS):
            return None
        j = i - 1
        while j >= 0 and toks[j].lower not in BE_FORMS:
            j -= 1
        j0 = j
        while j0 > 0 and (toks[j0 - 1].lower in SUBJECT_VERB_FILLERS or toks[j0 - 1].lower in FINITE):
            j0 -= 1  # "had been", "has been"
        if j0 <= 0:
            return None
        if toks[j0 - 1].lower in _RELATIVES_OR_THAT:
            subj = (j0 - 1, j0)  # "the email, which was first reported by ..."
        else:
            a = j0 - 1  # the whole subject: back to the clause's start ("Tinder's ban of Ms. Gedrich")
            while (
                a > 0
                and toks[a - 1].text not in {",", ";", ":", "—", "–"}
                and toks[a - 1].lower not in {"that", "and", "but"}
            ):
                a -= 1
            subj = (a, j0)
        if not any(t.is_word for t in toks[subj[0] : subj[1]]):
            return None
        att = Attribution(
            [token_span(toks, *subj)],
            token_span(toks, i, i + 2),
            token_span(toks, *src),
            sent.paragraph.id,
            Rule.PASSIVE_BY_AGENT,
            0.7,
        )
        return att

    def _reduced_passive(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "The bill, opposed by House Republicans, died", "a measure strongly opposed by unions":
        a participle with its agent after a noun phrase, which is what the agent opposed."""
        toks = sent.tokens
        low = toks[i].lower
        if not (low.endswith("ed") or low in IRREGULAR_PARTICIPLES) or toks[i].is_capitalised:
            return None
        j = i - 1
        while j >= 0 and is_adverb(toks[j]):
            j -= 1  # "strongly opposed by"
        if j >= 0 and toks[j].text == ",":
            j -= 1  # "The bill, opposed by ..."
        if j < 0 or not toks[j].is_word or toks[j].lower in NOT_PASSIVE_OBJECT:
            return None
        obj = np_before_plain(toks, j + 1)
        src = np_after(toks, i + 2)
        if obj is None or src is None or self.inside_quote(toks[i].start):
            return None
        if toks[src[0]].lower.endswith("ing") and not toks[src[0]].is_capitalised:
            return None  # "A Chinese official responded by saying ...": a gerund, no agent
        if toks[obj[0]].lower not in LISTENER_DETERMINERS and not toks[obj[0]].is_capitalised:
            return None  # a noun phrase with its determiner ("a measure", "The bill")
        return Attribution(
            [token_span(toks, *obj)],
            token_span(toks, i, i + 2),
            token_span(toks, *src),
            sent.paragraph.id,
            Rule.PASSIVE_REDUCED_BY_AGENT,
            0.6,
        )
