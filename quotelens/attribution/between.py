"""What stands between a subject and its verb: fillers, adverbs, time phrases and asides ("Obama on
Thursday nominated", "NATO's secretary general, meanwhile, called", "Gov. Pat McCrory (R) blamed");
moved from nounphrases.py, which re-exports ``skip_between_subject_and_verb``."""

from __future__ import annotations

from quotelens.attribution.tokens import is_number, is_year, per_token_list
from quotelens.attribution.verbs import is_adverb, looks_past
from quotelens.attribution.words import (
    BOUNDARY_OR_DETERMINER,
    DAY_PARTS,
    DAYS,
    DETERMINERS,
    INTRO_ADVERBS,
    LY_NOT_ADVERBS,
    MODALS,
    MONTHS,
    NEGATED_AUX,
    PERIODS,
)
from quotelens.endings import ENDS_LY, ENDS_S
from quotelens.lexicon import CUE_FORMS, SUBJECT_PRONOUNS, SUBJECT_VERB_FILLERS
from quotelens.segment import Token


@per_token_list  # (asked for one verb by np_before, the described subject's rule and the frames)
def skip_between_subject_and_verb(tokens: list[Token], j: int) -> int:
    """Index of the last token of the subject, skipping fillers, "on Tuesday" and "(R-Texas)" before a verb."""
    start = j
    while j >= 0:
        low = tokens[j].lower
        if low in MODALS and tokens[j].is_capitalised and j + 1 < len(tokens) and _no_base(tokens[j + 1].lower):
            return j  # "Will wrote", "May said", "Mrs May says": a modal takes no past or -s form, so a name
        if low in SUBJECT_VERB_FILLERS or low in NEGATED_AUX or is_adverb_after_subject(tokens, j):
            j -= 1
            continue
        if low == "only" and j >= 1 and tokens[j - 1].lower in SUBJECT_PRONOUNS:
            j -= 1  # "he only hinted at"
            continue
        if low == "long" and j >= 1 and tokens[j - 1].lower in {"have", "has", "had"}:
            j -= 1  # "Players have long complained": an adverb after the auxiliary
            continue
        if low == "first" and j >= 1 and tokens[j - 1].is_word and tokens[j - 1].lower not in DETERMINERS:
            j -= 1  # "Mr. Bush first said", "by first saying": an adverb, no subject of its own
            continue
        earlier = time_phrase_start(tokens, j)
        if earlier is None:
            earlier = aside_start(tokens, j, start)
        if earlier is None or earlier == j:
            return j
        j = earlier
    return j


def _no_base(low: str) -> bool:
    """A verb form no modal takes: a past ("said") or a cue's -s form ("says", "tells")."""
    return looks_past(low) or (ENDS_S[low] and CUE_FORMS.get(low, low) != low)


# (word sets united once here, not on every call)
_PERIODS_OR_DAYS_OR_PAST_TIME = frozenset(PERIODS | DAYS | {"past", "time"})
_RELATIVE_TIMES = frozenset(["later", "earlier", "ago", "before"])
_SPANS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades".split())
_COUNTS = frozenset(["a", "an", "several", "few", "many"])


def _counts(tok: Token) -> bool:
    """ "a", "two", "12": how many periods a relative time phrase counts ("a month later", "12 days ago")."""
    return tok.lower in _COUNTS or is_number(tok)


def relative_time_at(tokens: list[Token], k: int) -> bool:
    """ "11 minutes later", "a week ago", "two days earlier" at ``k``."""
    return (
        k + 2 < len(tokens)
        and _counts(tokens[k])
        and tokens[k + 1].lower in _SPANS
        and tokens[k + 2].lower in _RELATIVE_TIMES
    )


def time_phrase_start(tokens: list[Token], j: int) -> int | None:
    """Where a time phrase that ends at ``j`` between a subject and its verb starts, less one: "Obama
    on Thursday nominated", "A study in 2015 found", "The committee this week announced". ``j``
    itself when the phrase is the subject's own ("the past"); None when ``j`` ends no time phrase."""
    low = tokens[j].lower
    if low in DAYS and j >= 1 and tokens[j - 1].lower in {"on", "last", "this"}:
        return j - 2  # "Obama on Thursday nominated"
    if low in DAY_PARTS and j >= 2 and tokens[j - 1].lower in DAYS and tokens[j - 2].lower in {"on", "last", "this"}:
        return j - 3  # "Sanders on Wednesday morning also called"
    if low == "time" and j >= 3 and [t.lower for t in tokens[j - 3 : j]] == ["for", "the", "first"]:
        return j - 4  # "the report on Wednesday for the first time cited"
    if (low in MONTHS or is_year(tokens[j])) and j >= 2 and tokens[j - 1].lower == "in" and tokens[j - 2].is_word:
        return j - 2  # "A Bloomberg poll in June showed", "A study in 2015 found"
    if low in PERIODS and j >= 1 and tokens[j - 1].lower in {"last", "this", "next", "that", "each"}:
        return j - 2  # "The committee this week announced"
    if low in PERIODS and j >= 2 and tokens[j - 1].lower in {"past", "coming"} and tokens[j - 2].lower == "this":
        return j - 3  # "Reince Priebus, the GOP chairman, this past week announced"
    if low in _RELATIVE_TIMES and j >= 3 and tokens[j - 1].lower in _SPANS and _counts(tokens[j - 2]):
        return j - 3  # "Ryan, who two weeks ago said"
    later = j + 1 < len(tokens) and tokens[j + 1].lower in _RELATIVE_TIMES  # ("later" itself was skipped)
    if later and low in _SPANS and j >= 2 and _counts(tokens[j - 1]):
        return j - 2  # "Fiorina a month later announced"
    if low in _PERIODS_OR_DAYS_OR_PAST_TIME and j >= 2 and tokens[j - 1].lower in {"the", "a"}:
        if tokens[j - 2].lower not in {"in", "at", "during", "over", "on"}:
            return j
        return j - 3  # "Beck, who has in the past described", "Sanders during a Sunday thanked"
    return None


# (word sets united once here, not on every call)
_INTRO_ADVERBS_OR_TOO_MEANWHILE_ETC = frozenset(INTRO_ADVERBS | {"too", "meanwhile", "however"})


def aside_start(tokens: list[Token], j: int, start: int) -> int | None:
    """Where an aside that ends at ``j`` between a subject and its verb starts, less one: "NATO's
    secretary general, meanwhile, called", "Gov. Pat McCrory (R) blamed", "Gov. John Kasich
    (R-OH), said". ``j`` itself for a parenthesis never opened; None when ``j`` ends no aside."""
    if (
        tokens[j].text == ","
        and j >= 2
        and tokens[j - 2].text == ","
        and (tokens[j - 1].lower in _INTRO_ADVERBS_OR_TOO_MEANWHILE_ETC or is_adverb(tokens[j - 1]))
    ):
        return j - 3  # "NATO's secretary general, meanwhile, called on ..."
    if tokens[j].text == "," and j >= 1 and tokens[j - 1].text == ")" and j == start:
        return j - 1  # "Gov. John Kasich (R-OH), said": the comma closes the parenthesis, not a clause
    if tokens[j].text == ")":
        k = j
        while k >= 0 and tokens[k].text != "(" and j - k < 25:
            k -= 1
        if k < 0 or tokens[k].text != "(":
            return j
        return k - 1  # "Gov. Pat McCrory (R) blamed", "Chris Murphy (a Democrat so boyish he ...) says"
    return None


def is_adverb_after_subject(tokens: list[Token], j: int) -> bool:
    """ "Trump jokingly said", "she quickly added": a manner adverb right after a name or a pronoun."""
    tok = tokens[j]
    if tok.is_capitalised or len(tok.lower) < 5 or not ENDS_LY[tok.lower] or tok.lower in LY_NOT_ADVERBS:
        return False
    prev = tokens[j - 1] if j > 0 else None  # (or after an auxiliary: "has vocally called")
    # ("The board ultimately appointed" too: any word that can end a noun phrase)
    return prev is not None and prev.is_word and prev.lower not in BOUNDARY_OR_DETERMINER
