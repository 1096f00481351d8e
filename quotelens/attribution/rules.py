"""The rules: every frame's name as one :class:`Rule` (a ``StrEnum``; the values are the strings the
confidence model's features and the evidence notes carry, so they never change), and its family.

A rule is ``"<family> (<detail>)"`` or a bare family; a headline's proposal carries the rule with
``" (headline)"`` appended (a plain string), so code asks :func:`family_of` rather than comparing
strings' starts.
"""

from __future__ import annotations

from enum import StrEnum


class Family(StrEnum):
    """The frame families (the confidence model's ``rule=`` features)."""

    ACCORDING_TO = "according-to"
    ASKED = "asked"
    CONTENT_FIRST = "content-first"
    CONTINUED = "continued"
    CUE_SOURCE_QUOTATION = "cue, source, quotation"
    DASH_SIGNATURE = "dash signature"
    NOMINAL = "nominal"
    ORPHAN_QUOTE = "orphan quote"
    PARTICIPLE = "participle"
    PASSIVE = "passive"
    SEEMS = "seems"
    SOURCE_FIRST = "source-first"
    SPEAKER_LABEL = "speaker label"


class Rule(StrEnum):
    """Every rule a frame or pass writes on an attribution (the ``rule_detail=`` features)."""

    ACCORDING_TO_AFTER_CONTENT = "according-to (after content)"
    ACCORDING_TO_BEFORE_CONTENT = "according-to (before content)"
    ACCORDING_TO_ACCOUNT = "according-to (by one's account)"
    ASKED_QUESTION = "asked (question)"
    CONTENT_FIRST_AROUND_INLINE_SOURCE = "content-first (around an inline source)"
    CONTENT_FIRST_CUE_SOURCE = "content-first (cue, source)"
    CONTENT_FIRST_DESCRIBED_SOURCE = "content-first (described source, cue)"
    CONTENT_FIRST_OBJECT_GAP = "content-first (object gap)"
    CONTENT_FIRST_PREVIOUS_SENTENCE = "content-first (previous sentence)"
    CONTENT_FIRST_SOURCE_CUE = "content-first (source, cue)"
    CONTENT_FIRST_UNLISTED_VERB = "content-first (unlisted verb)"
    CONTINUED_NEXT_SENTENCE = "continued (next sentence)"
    CUE_SOURCE_QUOTATION = "cue, source, quotation"
    DASH_SIGNATURE = "dash signature"
    NOMINAL_INSIDE_A_REPORT = "nominal (inside a report)"
    NOMINAL_OWNED_NOUN = "nominal (owned noun)"
    ORPHAN_QUOTE = "orphan quote"
    ORPHAN_QUOTE_SPEAKER_IN_FOCUS = "orphan quote (speaker in focus)"
    PARTICIPLE_OPENING = "participle (opening, subject after)"
    PARTICIPLE_REDUCED_RELATIVE = "participle (reduced relative)"
    PARTICIPLE_SPEAKER_OF_CLAUSE_BEFORE = "participle (speaker of the clause before)"
    PARTICIPLE_SUBJECT_OF_CLAUSE_BEFORE = "participle (subject of the clause before)"
    PARTICIPLE_SUBJECT_OF_SENTENCE = "participle (subject of the sentence)"
    PARTICIPLE_OBJECTS_ISSUER = "participle (the object's issuer)"
    PARTICIPLE_WITH_ITS_SUBJECT = "participle (with its subject)"
    PASSIVE_BY_AGENT = "passive (by agent)"
    PASSIVE_REDUCED_BY_AGENT = "passive (reduced, by agent)"
    SEEMS_NO_SOURCE = "seems (no source)"
    SOURCE_FIRST = "source-first"
    SOURCE_FIRST_AS_PUT_IT = "source-first (as X put it)"
    SOURCE_FIRST_WORDS_OF = "source-first (in X's words)"
    SOURCE_FIRST_CONTROLLED_INFINITIVE = "source-first (controlled infinitive)"
    SOURCE_FIRST_COLON_NEXT_PARAGRAPH = "source-first (colon, next paragraph)"
    SOURCE_FIRST_CLAUSE_COLON = "source-first (clause + colon)"
    SOURCE_FIRST_FEELING = "source-first (feeling)"
    SOURCE_FIRST_IMPERSONAL = "source-first (impersonal)"
    SOURCE_FIRST_INFINITIVE = "source-first (infinitive)"
    NOUN_CLAUSE = "source-first (noun clause)"
    SOURCE_FIRST_PASSIVE = "source-first (passive)"
    SOURCE_FIRST_SHARED_SUBJECT = "source-first (shared subject)"
    SOURCE_FIRST_STANCE_INFINITIVE = "source-first (infinitive of a stance verb)"
    SOURCE_FIRST_TAGGED_CUE = "source-first (tagged cue)"
    SOURCE_FIRST_UNLISTED_VERB_COLON = "source-first (unlisted verb + colon)"
    SOURCE_FIRST_UNLISTED_VERB_THAT = "source-first (unlisted verb + that)"
    SOURCE_FIRST_VERB_GROUP = "source-first (verb group)"
    SPEAKER_LABEL = "speaker label"
    SPEAKER_LABEL_HEADLINE = "speaker label (headline)"
    SPEAKER_LABEL_INLINE = "speaker label (inline)"

    @property
    def family(self) -> Family:
        return Family(family_of(self))


HEADLINE = " (headline)"  # appended to the rule of a proposal found in a headline


def family_of(rule: str) -> str:
    """The family of a rule string (``"source-first (passive) (headline)"`` -> ``"source-first"``), as
    :mod:`quotelens.confidence` reads it; equal to a :class:`Family` member for every rule the engine writes."""
    family = _FAMILY_OF.get(rule)
    if family is None:
        family = _FAMILY_OF[rule] = rule.split(" (", 1)[0]
    return family


_FAMILY_OF: dict[str, str] = {}  # (a few dozen rule strings, read once per proposal and feature)


def base_rule(rule: str) -> Rule:
    """The :class:`Rule` of a rule string, without the headline mark."""
    return Rule(rule.removesuffix(HEADLINE))
