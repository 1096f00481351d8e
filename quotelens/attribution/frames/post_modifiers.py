"""Steps that rule a cue form out where it reports nothing.

``participle after a preposition's object``: a past participle that modifies a noun is no report.

"X told People magazine in an interview *published* Wednesday that C", "said in a statement *released*
Monday that C": the participle post-modifies the object of a preposition ("in an interview"); the verb
before it (told, said) reports C, and its content starts past the phrase (:func:`participle_after_object`
is read by the source-first frame's search for "that"). Without this the participle read as a cue, with
"an interview" as its speaker, and the earlier report stopped at it.

``anonymity formula``: "a neighbor who *asked* not to be named said C", "who *declined* to be identified":
the words describe the source; the report is the verb after them.
"""

from __future__ import annotations

from quotelens.attribution.context import Context, SentenceView
from quotelens.attribution.nounphrases import np_before_plain
from quotelens.attribution.verbs import is_participle, noun_after_one
from quotelens.attribution.words import DAYS, OBJECT_PREPOSITIONS, POSSESSIVES
from quotelens.endings import ENDS_ED, ENDS_ING
from quotelens.lexicon import CUE_FORMS, SUBJECT_PRONOUNS
from quotelens.segment import Token

_WHEN_OR_BY = DAYS | frozenset("by last earlier late early this on yesterday today".split())


def participle_after_object(toks: list[Token], i: int) -> bool:
    """A past participle at ``i`` right after the common noun that ends a preposition's object, before when
    or by whom ("in an interview *published* Wednesday", "in a statement *released* by the campaign")."""
    tok = toks[i]
    if i < 3 or i + 1 >= len(toks) or not ENDS_ED[tok.lower] or not is_participle(tok):
        return False
    if toks[i + 1].lower not in _WHEN_OR_BY:
        return False
    noun = toks[i - 1]
    if not noun.is_word or noun.is_capitalised or noun.lower in SUBJECT_PRONOUNS or noun.lower in CUE_FORMS:
        return False
    np = np_before_plain(toks, i)
    return np is not None and np[1] == i and np[0] >= 1 and toks[np[0] - 1].lower in OBJECT_PREPOSITIONS


def noun_or_modifier(toks: list[Token], m: int) -> bool:
    """A cue form that is no cue inside the phrase before "that": a noun ("in a *note* to clients that", "on a
    conference *call* that", "in its latest *report* that") or a participle after a preposition's object ("in an
    interview *published* Monday that")."""
    return (
        toks[m - 1].lower in _ARTICLES
        or noun_after_one(toks, m)
        or _owned_noun(toks, m)
        or participle_after_object(toks, m)
    )


_ARTICLES = frozenset(["a", "an", "the"])


def _owned_noun(toks: list[Token], m: int) -> bool:
    """A base form owned by a possessive after a preposition, maybe past one lower-case word: "in its latest
    *report*", "on his weekly *call*" (a noun: "told her *say* ..." has no preposition before "her")."""
    low = toks[m].lower
    if CUE_FORMS.get(low) != low or low.endswith(("ed", "ing")):
        return False
    p = m - 1
    if p >= 2 and toks[p].lower not in POSSESSIVES and toks[p].is_word and not toks[p].is_capitalised:
        p -= 1  # ("its *latest* report")
    return p >= 1 and toks[p].lower in POSSESSIVES and toks[p - 1].lower in OBJECT_PREPOSITIONS


_ANONYMITY_VERBS = frozenset(["asked", "requested", "declined", "asking", "requesting", "declining"])
_UNNAMED = frozenset(["named", "identified", "quoted"])
_LEAVE_VERBS = frozenset(["authorized", "authorised", "permitted", "allowed", "cleared"])
_LEAVE_TO = frozenset(["discuss", "speak", "comment", "talk", "be"])


def anonymity_formula(toks: list[Token], i: int) -> bool:
    """ "asked not to be named", "declined to be identified", "requested not to be quoted", "(not) authorized
    to discuss it": the verb at ``i`` describes a source, it reports nothing. (PolNeAR marks "requested
    anonymity *to discuss ...*" as a report: a purpose, which is left to the frames.)"""
    if toks[i].lower in _LEAVE_VERBS:  # "(who were) not authorized to discuss the talks (publicly)"
        after = [t.lower for t in toks[i + 1 : i + 3]]
        return after[:1] == ["to"] and after[1:] != [] and after[1] in _LEAVE_TO
    if toks[i].lower in _LEAVE_TO and i >= 2 and toks[i - 1].lower == "to" and toks[i - 2].lower in _LEAVE_VERBS:
        return True  # (and its "discuss")
    if toks[i].lower not in _ANONYMITY_VERBS:
        return False
    words = [t.lower for t in toks[i + 1 : i + 5]]
    if words[:1] == ["not"]:
        words = words[1:]
    return words[:2] == ["to", "be"] and len(words) > 2 and words[2] in _UNNAMED


class PostModifiers(Context):
    def _anonymity_formula(self, sent: SentenceView, i: int) -> bool:
        """True (the token's turn ends, no report) for "asked not to be named" and its kin."""
        return anonymity_formula(sent.tokens, i)

    def _participle_after_object(self, sent: SentenceView, i: int) -> bool:
        """True (the token's turn ends, no report) for a participle after a preposition's object when a
        reporting verb stands before the phrase in the sentence."""
        toks = sent.tokens
        if not participle_after_object(toks, i):
            return False
        return any(t.lower in CUE_FORMS and not ENDS_ING[t.lower] for t in toks[: i - 2])
