"""Where a cue form is a noun, not a verb, so that no frame reads it as a report's cue: "Putin's *claim* that",
"at one *point*", "Citi analysts *wrote*" (the analysts', no: "German two-year *notes* slid"), "in each of the five
*states*", the first half of a compound ("the *think* tank"), "*added* 40 minutes".

In: a sentence's tokens and the index of a cue form. Out: True when it is a noun (or no report) there. The
engine's token steps ``_noun_not_verb`` and ``_used_or_quoted`` ask these; moved here from ``engine.py``.
"""

from __future__ import annotations

from quotelens.attribution.nounphrases import np_before
from quotelens.attribution.tokens import contracted_be, is_number
from quotelens.attribution.verbs import (
    compared_with,
    noun_after_one,
    occupation_before_name,
    plural_noun_before_verb,
    reads_as_verb,
    verb_after_pronoun,
)
from quotelens.attribution.words import (
    DETERMINERS,
    GERUND_PREPOSITIONS,
    LEAD_PREPOSITIONS,
    NUMBER_DETERMINERS,
    QUANTITY_PRONOUNS,
)
from quotelens.endings import ENDS_ING, ENDS_POSSESSIVE, ENDS_S
from quotelens.lexicon import AMBIGUOUS_FORMS
from quotelens.segment import Token

# Nouns a cue form compounds with: "think tank", "report card" (not "show": "reports show that")
_COMPOUND_HEADS = frozenset(["tank", "tanks", "card", "cards"])
_COMPOUNDED = frozenset(["think", "report"])
# "the detour added 40 minutes", "added $2 billion": adding an amount is no report (0 of 4 such on PolNeAR train)
_ADD = frozenset(["add", "adds", "added", "adding"])
_AMOUNT_OPENERS = frozenset("0123456789$£€")  # (not "told tank crews", "warned card holders")
_ABOUT = frozenset("about nearly roughly some almost around another up to over".split())
# Past forms among the ambiguous cue forms: never nouns, so after "and" and before "that" they are a verb
# sharing the subject ("reviewed the tape and found that C"), not a participle waiting for its subject.
_PAST_FORMS = frozenset(["found", "shown", "seen", "known", "thought"])


def _amount_at(toks: list[Token], k: int) -> bool:
    """An amount opens at ``k``: a number or a currency, after "about", "nearly", "another", "up to" ...
    ("the garage would add about 420 spaces", "added another $2 billion")."""
    while k < len(toks) - 1 and toks[k].lower in _ABOUT:
        k += 1
    return k < len(toks) and toks[k].text[:1] in _AMOUNT_OPENERS


def _that_after(toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].lower == "that"


def cue_form_is_noun(toks: list[Token], i: int) -> bool:
    """The cue form at ``i`` is a noun here: "Putin's claim that", "at one point", "in each of the five states"."""
    low = toks[i].lower
    pronoun = i > 0 and toks[i - 1].lower in QUANTITY_PRONOUNS and verb_after_pronoun(low)
    verb = i > 0 and reads_as_verb(toks, i)
    if (
        i > 0
        and not pronoun
        and not verb
        and (
            toks[i - 1].lower in DETERMINERS or (ENDS_POSSESSIVE[toks[i - 1].lower] and not contracted_be(toks[i - 1]))
        )
    ):
        return True  # a noun ("Putin's claim that"), not a verb ("many said" is one)
    # ('Gerry Smith, a consultant, notes that C': "that" makes it the verb)
    verb_reading = toks[i - 1].text == "," and i + 1 < len(toks) and toks[i + 1].lower == "that"
    # ('rallied supporters by warning that C', 'before saying, “C”': a gerund after a preposition)
    verb_reading = verb_reading or (ENDS_ING[low] and toks[i - 1].lower in GERUND_PREPOSITIONS)
    # ("reviewed the tape and found that C")
    verb_reading = verb_reading or (low in _PAST_FORMS and toks[i - 1].lower == "and" and _that_after(toks, i))
    if low in AMBIGUOUS_FORMS and np_before(toks, i) is None and not verb_reading and not verb:
        return True
    if plural_noun_before_verb(toks, i) or occupation_before_name(toks, i):
        return True  # "Citi analysts wrote", "German two-year notes slid", "patient advocate Jo Reed said"
    if ENDS_S[low] and compared_with(toks, i):
        return True  # "revenue below Wall Street estimates": the figures compared with, no verb
    if i > 1 and toks[i - 1].lower in NUMBER_DETERMINERS and toks[i - 2].lower in LEAD_PREPOSITIONS:
        return True  # "at one point", "on every count": a noun in a prepositional phrase
    # "in each of the five states": a counted noun ("the two agree" is a verb)
    return i > 1 and is_number(toks[i - 1]) and ENDS_S[low] and toks[i - 2].lower in DETERMINERS


def compound_or_amount(toks: list[Token], i: int) -> bool:
    """The first half of a compound noun ("the think tank Power Shift Africa"), a noun after "one", or "added"
    before an amount ("the detour added 40 minutes"): no report."""
    return (
        (toks[i].lower in _COMPOUNDED and i + 1 < len(toks) and toks[i + 1].lower in _COMPOUND_HEADS)
        or noun_after_one(toks, i)
        or (toks[i].lower in _ADD and _amount_at(toks, i + 1))
    )
