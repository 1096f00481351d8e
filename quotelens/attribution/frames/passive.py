"""Frame ``passive``: 'C was said by X' / 'a claim made by X' (the agent after *by*)."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.quote_source import QuoteSourceCue
from quotelens.attribution.nounphrases import np_after, np_before_plain
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import is_number, is_year, token_span
from quotelens.attribution.verbs import is_adverb, is_passive, passive_after_first
from quotelens.attribution.words import (
    BE_FORMS,
    DAYS,
    FINITE,
    IRREGULAR_PARTICIPLES,
    LISTENER_DETERMINERS,
    MONTHS,
    NOT_PASSIVE_OBJECT,
    PERIODS,
    QUANTIFIERS,
    QUANTITY_PRONOUNS,
    RELATIVES,
    TIME_WORDS,
)
from quotelens.lexicon import SUBJECT_VERB_FILLERS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_RELATIVES_OR_THAT = frozenset(RELATIVES | {"that"})


# Words after "by" that say how or when, not who ("was told by phone", "by far", "by then").
_NOT_AGENTS = frozenset(
    "phone telephone email e-mail mail text video far then now default design accident hand chance mistake law "
    "force way name itself themselves himself herself contrast comparison".split()
)
# The head of a deadline after "by" ("expected by the end of June", "due by next week", "by midnight"):
# a time is never the passive's agent.
_TIME_HEADS = (
    PERIODS
    | DAYS
    | MONTHS
    | frozenset(
        "end start beginning middle close time deadline date turn decade century quarter season hour "
        "midnight noon midday dawn tomorrow tonight today".split()
    )
)
_TIME_LEADS = frozenset("the this that next early late mid".split())


def is_time_phrase(toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether the phrase after "by" is a time: "the end of June", "next week", "2030", "mid-2027"."""
    j = span[0]
    while j < span[1] - 1 and toks[j].lower in _TIME_LEADS:
        j += 1
    tok = toks[j]
    low = tok.lower.removeprefix("mid-")
    if is_year(tok) or (len(low) == 4 and low.isdigit() and low[:2] in {"19", "20"}):
        return True
    return low in _TIME_HEADS and (not tok.is_capitalised or low in MONTHS or low in DAYS)


_AGENT_QUANTIFIERS = QUANTIFIERS | QUANTITY_PRONOUNS | frozenset(["former", "fellow", "other", "both"])


def can_be_agent(tok: Token) -> bool:
    """Whether the word after "by" can open the agent of a passive cue: a name, a determiner, a number
    or share ("by 64 percent of voters"), a quantifier ("by some of his rivals", "by former rival X"),
    or a bare plural noun ("by opponents"); not a gerund, a time or a manner ("by phone")."""
    low = tok.lower
    if low in MONTHS or low in DAYS:
        return False  # ("approved by March")
    if tok.is_capitalised or low in LISTENER_DETERMINERS or low in _AGENT_QUANTIFIERS or is_number(tok):
        return True
    if low in _NOT_AGENTS or low.endswith("ing") or low in TIME_WORDS or low in MONTHS or low in PERIODS:
        return False
    return tok.is_word and low.endswith("s") and not low.endswith(("ss", "us", "ous"))


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
        if src is None or not can_be_agent(toks[src[0]]) or is_time_phrase(toks, src):
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
        if obj is None or src is None or self.inside_quote(toks[i].start) or is_time_phrase(toks, src):
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
