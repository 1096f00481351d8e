"""Frame ``object gap``: a cue verb whose object is the word or noun phrase before its subject.

Pattern: ``<antecedent> <subject> <cue>`` + the end of the clause, where the cue's object has moved in
front of its subject (a relative clause, "what" or "than"):

- "an arrangement the Sanders campaign has criticized." — source "the Sanders campaign", cue "has
  criticized", content "an arrangement";
- "the trade agreement, which Mr. Putin vehemently opposed." — source "Mr. Putin", content "which";
- "something they aren't proposing." — source "they", content "something";
- "more delegates than her advisers expected." — source "her advisers", content "than".

PolNeAR marks the antecedent (or the relative word standing for it) as the content; an antecedent noun
phrase must open with a determiner. The source-first
frame finds the subject but no words after the cue, so nothing was proposed. The cue must end its
clause (punctuation next, past a manner or time adverb), it is no passive ("the request was denied.")
and no noun ("a crucial point."), and "that" is a relative pronoun only after a noun ("He said that
Trump agreed.": a complementiser).
"""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.nounphrases import np_before
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import subject_before
from quotelens.attribution.tokens import is_cue_word, token_span
from quotelens.attribution.verbs import after_progressive_aux, is_adverb, is_passive, looks_verbal
from quotelens.attribution.words import (
    BOUNDARY_WORDS,
    DAYS,
    DETERMINERS,
    INTRO_ADVERBS,
    NOMINATIVE,
    PERIODS,
    SENTENCE_OPENERS,
    TIME_WORDS,
)
from quotelens.lexicon import ADDRESSEE_VERBS, AMBIGUOUS_FORMS, CUE_FORMS
from quotelens.segment import Token

# Words that stand for the moved object: relative pronouns and "than" of a comparison ("what he
# said" is left alone: on train PolNeAR rarely marks it).
GAP_WORDS = frozenset(["which", "who", "whom", "that", "than"])
# Antecedents with no determiner ("something they aren't proposing").
BARE_ANTECEDENTS = frozenset(["something", "everything", "anything", "nothing", "one"])
# Punctuation that ends the cue's clause.
CLAUSE_ENDS = frozenset([".", ",", ";", ")", "—", "–", "--", "-", "?", "!", ":"])
# A particle the cue keeps when its object has moved ("the change the party warned about.").
GAP_PARTICLES = frozenset(["about", "for", "of", "on", "with", "against", "to"])
_NOT_ANTECEDENTS = INTRO_ADVERBS | TIME_WORDS | DAYS | PERIODS | SENTENCE_OPENERS


def cue_end_at_clause_end(toks: list[Token], i: int) -> int | None:
    """Where the cue at ``i`` ends when nothing but adverbs and time words follow it to the end of its
    clause ("opposed.", "wrote recently.", "warned about."); None when words follow."""
    k = i + 1
    cue_end = k
    if k < len(toks) and toks[k].lower in GAP_PARTICLES:
        k += 1
        cue_end = k
    while k < len(toks) and toks[k].is_word and (is_adverb(toks[k]) or toks[k].lower in TIME_WORDS):
        k += 1
    if k == len(toks) or toks[k].text in CLAUSE_ENDS:
        return cue_end
    return None


def _noun_like(tok: Token) -> bool:
    """A lower-case word that can end a noun phrase ("the services that ...")."""
    low = tok.lower
    return (
        tok.is_word
        and not tok.is_capitalised
        and low not in BOUNDARY_WORDS
        and low not in _NOT_ANTECEDENTS
        and not is_adverb(tok)
        and not is_cue_word(tok)
        and not looks_verbal(tok)
    )


def gap_antecedent(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The object standing at token ``a`` before the subject: a relative word, or the noun phrase
    ending there ("an approach"); None when token ``a`` cannot be an object."""
    tok = toks[a]
    low = tok.lower
    if low in GAP_WORDS:
        if low == "that" and not (a > 0 and _noun_like(toks[a - 1])):
            return None  # "He said that Trump agreed.", "now that he agreed": a complementiser
        if low == "that" and _after_told_listener(toks, a):
            return None  # "told the council that she would not speculate.": the words open there
        return (a, a + 1)
    if not tok.is_word or tok.is_capitalised or low in _NOT_ANTECEDENTS or is_adverb(tok):
        return None
    if low in BARE_ANTECEDENTS:
        return (a, a + 1)
    np = np_before(toks, a + 1)
    # ("the lesson they intended": a determiner opens the object; "They got everything" is no object)
    return np if np is not None and toks[np[0]].lower in DETERMINERS else None


def _after_told_listener(toks: list[Token], a: int) -> bool:
    """The noun phrase before the "that" at ``a`` is the listener of an addressee verb ("told the council",
    "assured reporters"), so "that" opens the words told."""
    np = np_before(toks, a)
    k = np[0] - 1 if np is not None and np[1] == a else -1
    return k >= 0 and CUE_FORMS.get(toks[k].lower, "") in ADDRESSEE_VERBS


class ObjectGap(SourceFirst):
    def object_gap(self, sent: SentenceView, i: int) -> Attribution | None:
        """'an approach several candidates have embraced.', 'which Mr. Putin opposed.': the subject is
        the source and the object moved before it the content."""
        toks = sent.tokens
        if sent.headline or (toks[i].lower.endswith("ing") and not after_progressive_aux(toks, i)):
            return None
        cue_end = cue_end_at_clause_end(toks, i)
        if cue_end is None:
            return None
        if is_passive(toks, i) or (toks[i].lower in AMBIGUOUS_FORMS and toks[i - 1].lower not in NOMINATIVE):
            return None  # "the request was denied.", "a crucial point.": no object moved
        np = subject_before(toks, i)
        if np is None or np[0] == 0 or np[1] > i:
            return None
        obj = gap_antecedent(toks, np[0] - 1)
        if obj is None or obj[1] != np[0] or self.inside_quote(toks[obj[0]].start):
            return None
        return Attribution(
            [token_span(toks, *obj)],
            token_span(toks, i, cue_end),
            token_span(toks, *np),
            sent.paragraph.id,
            Rule.CONTENT_FIRST_OBJECT_GAP,
            0.6,
        )


# Words that stand for a report's moved subject or object before its speaker ("which critics said was
# unfair", "whom he described as a friend", "what aides called a blunder").
MOVED_WORDS = frozenset(["which", "whom", "who", "what"])
_PREPOSITIONS_BEFORE = frozenset(
    "in of on at for during with by from to under after before through about into over among".split()
)


def moved_word_before(toks: list[Token], np: tuple[int, int]) -> int | None:
    """The relative or "what" standing right before the speaker ``np`` for the report's moved subject
    or object ("the plan, which critics said was unfair"): its index, or None. After a preposition
    ("in which he says C") the word is no part of the report; but "what" heads its own clause, the
    preposition's object ("blaming them for what it describes as failures")."""
    a = np[0] - 1
    if a < 0 or toks[a].lower not in MOVED_WORDS or (toks[a].is_capitalised and a > 0):
        return None
    if a > 0 and toks[a - 1].lower in _PREPOSITIONS_BEFORE and toks[a].lower != "what":
        return None
    return a
