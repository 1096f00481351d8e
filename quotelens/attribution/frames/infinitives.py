"""Frame ``infinitive of a stance verb``: the speaker of "to denounce", "to call for", "to urge" is the subject
of the verb the infinitive depends on.

Pattern: ``<subject> <verb> (<object or phrase>) to <stance cue> C``, where the cue is a listed cue that is
not a verb of speech (those are the source-first frame's own "infinitive" reading):

- "Clinton took to Twitter to denounce the ruling as a disgrace." — source "Clinton", content "the ruling
  as a disgrace";
- "The National Rifle Association used the comments to urge people to vote for him." — source "The
  National Rifle Association", content "people to vote for him";
- "Trump used his speech to call for a ban on imports." — source "Trump", cue "call for", content "a ban
  on imports".

Stance verbs in infinitives had lowered source accuracy when they shared the source-first rule (session
7), so they carry a rule of their own and the confidence model weighs them apart.
"""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.source_first import SourceFirst, credited
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import infinitive_subject, subject_before
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.words import BOUNDARY_WORDS, FINITE, IRREGULAR_PAST, RELATIVES, SUBORDINATORS
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS
from quotelens.segment import Token

# Infinitives that are plans or attempts, not reports ("to win", "to go"): only listed cue forms
# reach this frame, so a short stop list of cue forms that are mostly not stances after "to" suffices.
NOT_AFTER_TO = frozenset("be know see find show expect hope want like think appear seem".split())
# "X has taken to urging C": a habit of speaking, whose "to" takes the -ing form.
TAKEN_TO = frozenset(["take", "takes", "took", "taken", "taking"])
_NOT_BETWEEN = RELATIVES | SUBORDINATORS | frozenset(["that", "and", "but", "or", ";", ":", "“", '"'])


def governing_subject(toks: list[Token], to_at: int) -> tuple[int, int] | None:
    """The subject of the nearest past or finite verb before "to" ("The NRA *used* the comments to"),
    looking back at most ten words and never past punctuation."""
    for m in range(to_at - 1, max(-1, to_at - 11), -1):
        tok = toks[m]
        if not tok.is_word:
            return None
        low = tok.lower
        if tok.is_capitalised and m > 0:
            continue
        if low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) >= 4):
            return subject_before(toks, m)
    return None


# Words that take an infinitive whose subject is their own subject ("some want to know C", "Clinton has
# to remind C", "he is likely to argue C", "Republicans like to cite C").
CONTROL_WORDS = frozenset(
    "want wants need needs like likes try tries trying hope hopes plan plans seek seeks deserve deserves "
    "continue continues begin begins start starts decide decides agree agrees refuse refuses prepare "
    "prepares intend intends has have had likely ready able eager quick willing here going".split()
)
# Verbs whose object is the infinitive's subject ("allows Rubio to offer C", "leaving many to wonder C").
OBJECT_CONTROL = frozenset(
    "allow allows allowed allowing let lets leave leaves leaving left drive drives driving help helps "
    "helped helping enable enables enabled enabling send sends sent sending".split()
)


def controlled_subject(toks: list[Token], to_at: int) -> tuple[int, int] | None:
    """Who speaks in an infinitive after a word that passes its subject on ("some want to know C",
    "Sanders is also likely to remind C"), or after a verb whose object speaks ("allows Rubio to
    offer C", "leaving many to wonder C")."""
    m = to_at - 1
    if toks[m].lower in CONTROL_WORDS and not toks[m].is_capitalised:
        np = subject_before(toks, m)
        if np is not None and np[1] <= m:
            return np
    for m in range(to_at - 2, max(-1, to_at - 5), -1):
        if toks[m].lower in OBJECT_CONTROL and not toks[m].is_capitalised:
            obj = toks[m + 1 : to_at]
            if all(t.is_word and t.lower not in BOUNDARY_WORDS and t.lower not in FINITE for t in obj):
                return (m + 1, to_at)
            return None
    return None


def main_clause_subject(toks: list[Token], to_at: int) -> tuple[int, int] | None:
    """The subject of a sentence's first verb when the infinitive at ``to_at`` says what for ("Keyworth
    rushed to meet Ruiz at the office in Ava, Mo., to discuss C"): no other verb, cue, relative or
    subordinator stands between that verb and "to"."""
    for m in range(1, to_at):
        tok = toks[m]
        if tok.is_capitalised or not tok.is_word:
            continue
        low = tok.lower
        if low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) >= 4):
            np = subject_before(toks, m)
            if np is None or np[0] != 0:
                return None
            between = toks[m + 1 : to_at]
            if any(
                t.lower in _NOT_BETWEEN
                or (not t.is_capitalised and (t.lower in FINITE or t.lower in CUE_FORMS or t.lower in IRREGULAR_PAST))
                for t in between
            ):
                return None
            return np
        if low in _NOT_BETWEEN:
            return None
    return None


class Infinitives(SourceFirst):
    def stance_infinitive(self, sent: SentenceView, i: int) -> Attribution | None:
        """'X took to Twitter to denounce C', 'X used his speech to call for C': the infinitive's speaker
        is the subject of the verb before "to"."""
        toks = sent.tokens
        low = toks[i].lower
        lemma = CUE_FORMS.get(low, low)
        if i < 2 or toks[i - 1].lower != "to" or low in NOT_AFTER_TO or toks[i].is_capitalised:
            return None
        gerund = low.endswith("ing") and toks[i - 2].lower in TAKEN_TO  # "X has taken to urging C"
        if low.endswith(("ed", "ing", "s")) and low != lemma and not low.endswith("ss") and not gerund:
            return None  # an infinitive is the bare form ("to denounced" is no infinitive)
        # (speech verbs were tried by the source-first frame's own infinitive reading)
        np = None if lemma in SPEECH_LEMMAS else governing_subject(toks, i - 1) or infinitive_subject(toks, i - 1)
        rule = Rule.SOURCE_FIRST_STANCE_INFINITIVE
        if np is None:
            np = controlled_subject(toks, i - 1) or main_clause_subject(toks, i - 1)
            rule = Rule.SOURCE_FIRST_CONTROLLED_INFINITIVE
        if np is None:
            return None
        k = self._content_start_after_cue(toks, i, lemma)
        if k >= len(toks):
            return None
        cue_end = i + 1
        if not (k > i + 1 and toks[k - 1].lower in {"that", ":", ","}) and not is_quote(toks[k]):
            unmarked = self._unmarked_content(toks, i, k, lemma)
            if unmarked is None:
                return None
            k, cue_end = unmarked
        if toks[k].lower in {"or", "and"}:
            return None  # "not to read or watch the news": a verb joined to the cue, whose object it is
        c1 = self._clause_end(toks, k, speech=False)
        if k >= c1:
            return None
        c1, options, end_share = self._chosen_end(toks, k, c1, i, Rule.SOURCE_FIRST)
        start = toks[k - 1].start if k - 1 > i and toks[k - 1].lower == "that" else toks[k].start
        content = (start, boundary.end_char(toks, c1))
        pieces, source, _ = credited(toks, i, k, np, lemma, rule, content)
        if source is None:
            return None
        att = Attribution(pieces, token_span(toks, i, cue_end), source, sent.paragraph.id, rule, 0.6)
        self._record_end(att, toks, options, end_share)
        return att
