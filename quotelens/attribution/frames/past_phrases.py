"""Where a content starts after its cue: past particles, a dashed aside, an addressee, "that", a time or a day
("told reporters afterward that C", "said — on Twitter, as it happens — that C"), and past a short prepositional
phrase ("said in a statement that C", "said on MSNBC's "Morning Joe" that C", "said in a statement the government
had ..."): a mixin of the source-first frame (``_content_start_after_cue`` moved here from ``source_first.py``)."""

from __future__ import annotations

from quotelens.attribution.clauses import circumstance_clause, title_mark
from quotelens.attribution.context import Context
from quotelens.attribution.document_subjects import DOCUMENT_HEADS
from quotelens.attribution.frames.cue_objects import past_time_to_colon, that_inside_the_words, words_after_listener
from quotelens.attribution.frames.post_modifiers import noun_or_modifier
from quotelens.attribution.nounphrases import np_after
from quotelens.attribution.tokens import is_cue_word, is_ing_cue, is_quote
from quotelens.attribution.verbs import looks_like_verb_after_to, looks_past
from quotelens.attribution.words import (
    BOUNDARY_WORDS,
    CONTENT_PREPOSITIONS,
    DAYS,
    DETERMINERS,
    FINITE,
    MODALS,
    NOMINATIVE,
    PARTICLES,
    PERIODS,
    TIME_WORDS,
)
from quotelens.lexicon import ADDRESSEE_VERBS, CUE_FORMS
from quotelens.segment import Token

_BOUNDARY_WORDS_OR_DETERMINERS = frozenset(BOUNDARY_WORDS | DETERMINERS)
_CONTENT_PREPOSITIONS_OR_TIME_WORDS = frozenset(CONTENT_PREPOSITIONS | TIME_WORDS)
# (and a reflexive object: 'corrected herself: "C"', the words follow the colon)
_ONLY = frozenset(
    "only simply just merely flatly bluntly tersely briefly curtly succinctly herself himself themselves".split()
)
_DASHES = frozenset(["—", "–", "-"])


def _past_dashed_aside(toks: list[Token], k: int) -> int:
    """Past an aside set off by dashes right after the cue ("said — on Twitter, as it happens — that"), when
    the second dash comes within a dozen tokens and "that" or a clause follows it; else ``k``."""
    if k >= len(toks) or toks[k].text not in _DASHES:
        return k
    a = k
    while a < len(toks) and toks[a].text in _DASHES:
        a += 1
    for m in range(a + 1, min(len(toks) - 1, a + 12)):
        if toks[m].text in _DASHES:
            end = m
            while end < len(toks) and toks[end].text in _DASHES:
                end += 1
            return end if end < len(toks) and toks[end].lower == "that" else k
        if is_quote(toks[m]):
            return k
    return k


class PastPhrases(Context):
    def _content_start_after_cue(self, toks: list[Token], i: int, lemma: str) -> int:
        """Where the content after the cue at ``i`` starts: past particles, an addressee, "that", a
        short prepositional phrase or a day ("told reporters afterward that", "said in a statement,")."""
        k = i + 1
        # Particles and addressees: "pointed out that", "told reporters afterward that".
        if k < len(toks) and toks[k].lower in {"out", "up", "back", "off"}:  # ("brushed off the report")
            k += 1
        k = _past_dashed_aside(toks, k)  # "said — on Twitter, as it happens — that C"
        that_at = None
        relative = False  # ("told a woman who asked about the plant that she would": the listener's own clause)
        for m in range(k, k + 15 if k + 15 < len(toks) else len(toks)):
            if toks[m].lower == "that" and m + 1 < len(toks) and (toks[m + 1].is_word or is_quote(toks[m + 1])):
                that_at = m
                break
            if not toks[m].is_word and toks[m].text not in {"-", ".", ","} and not title_mark(toks, m):
                break
            relative = relative or (
                lemma in ADDRESSEE_VERBS and m > k and toks[m].lower in {"who", "whom"} and toks[m - 1].is_word
            )
            # (right after "told" a cue form opens the listener: "told *state* media", "told *news* outlets")
            listener = m == k and lemma in ADDRESSEE_VERBS
            if toks[m].lower in CUE_FORMS and not noun_or_modifier(toks, m) and not relative and not listener:
                break
        if that_at is not None and that_inside_the_words(toks, k, that_at, lemma):
            return k  # 'tells us the dates stand and that C2': the words start after the listener
        # "that" opens the content after only an addressee, a time or a prepositional phrase ("told reporters
        # afterward that", "said on CNN, where ..., that"); after a noun it is the noun's ("the belief that").
        skippable = that_at is not None and (
            that_at == k
            or lemma in ADDRESSEE_VERBS
            or toks[k].lower in _CONTENT_PREPOSITIONS_OR_TIME_WORDS
            or toks[k].text == ","
            or circumstance_clause(toks, k)  # ("said while speaking with journalists in Abuja that C")
        )
        if that_at is None and k + 1 < len(toks) and toks[k + 1].text == ":" and toks[k].lower in _ONLY:
            k += 1  # 'said only: "C"', 'said simply: "No."': how it was said, no content
        if (colon := past_time_to_colon(toks, k)) is not None:
            k = colon  # 'replied the same day: "C"', 'said that night:': when, then the words
        elif that_at is not None and skippable:
            k = that_at + 1
        elif k < len(toks) and toks[k].text in {":", ","}:
            k += 1
        elif lemma in ADDRESSEE_VERBS and k < len(toks):
            obj = np_after(toks, k)
            # (not past a clause that starts after the listener: 'told reporters the plan was "dead" in ...')
            clause = (words := words_after_listener(toks, k, lemma)) is not None and obj is not None and words < obj[1]
            if obj is not None and obj[1] < len(toks) and (toks[obj[1]].text in {":", ","} or is_quote(toks[obj[1]])):
                k = k if clause else obj[1] + (1 if toks[obj[1]].text in {":", ","} else 0)
        elif (
            k < len(toks)
            and toks[k].lower in CONTENT_PREPOSITIONS
            and not (toks[k].lower == "to" and k + 1 < len(toks) and looks_like_verb_after_to(toks[k + 1]))
        ):
            # "said in a statement that/,": skip a short prepositional phrase (not "expected to do X,")
            k = self._past_prepositional_phrase(toks, k)
        elif k + 1 < len(toks) and toks[k].lower in DAYS and (is_quote(toks[k + 1]) or toks[k + 1].lower in PERIODS):
            # 'acknowledged Monday night "C"': the day is when, the quotation what
            k += 1 if is_quote(toks[k + 1]) else 2
        return k

    def _past_prepositional_phrase(self, toks: list[Token], k: int) -> int:
        """'said in a statement that C' / 'said on MSNBC's "Morning Joe" that C': where the content
        starts after a short prepositional phrase at ``k`` (``k`` itself when none ends there)."""
        m = k
        # ("said in a report it has published every year that C": the content after the "that")
        while m < len(toks) and m - k < 8 and toks[m := _past_relative_it(toks, m)].lower != "that":
            if is_quote(toks[m]) and m > k:
                q = self._quoted_until(toks[m].start)
                if q is None or not self._is_quoted_title(toks[m].start, q):
                    break
                while m < len(toks) and toks[m].start < q:
                    m += 1  # 'said on MSNBC's "Morning Joe" that C': the show's name is part of the phrase
                continue
            if not toks[m].is_word:
                break
            if toks[m].lower == "to" and m + 1 < len(toks) and looks_like_verb_after_to(toks[m + 1]):
                break  # "called on the council to block the deal, but ...": an infinitive, no phrase to skip
            if m > k + 1 and _pronoun_subject(toks, m) and not toks[m - 1].text.endswith(("’s", "'s")):
                break  # "said in a statement Thursday night they pulled ...": a subject opens the clause
            if _subject_opens(toks, k, m):
                break  # "said in a statement the government had committed ...": a subject, then its verb
            if toks[m].lower in {"but", "and"} and m + 1 < len(toks) and is_cue_word(toks[m + 1]):
                break  # "declined to comment on the targets but said C": the next cue's content, not this one's
            m += 1
        if m < len(toks) and toks[m].text == ",":
            m = _past_appositive_to_colon(toks, m)  # 'posted on X, formerly Twitter: "C"'
        if (
            m + 1 < len(toks)
            and toks[m].text == ","
            and is_ing_cue(toks[m + 1].lower)
            and toks[k].lower not in PARTICLES
        ):
            return k  # "could see from behind the bar, noting that C": a participle's own report, not the cue's
        if m < len(toks) and (toks[m].lower == "that" or toks[m].text in {",", ":"}):
            k = m + 1
        elif m < len(toks) and (_pronoun_subject(toks, m) or _subject_opens(toks, k, m)):
            k = m
        elif (
            k + 1 < m < len(toks)
            and is_quote(toks[m])
            # ('reported on Wednesday the council had “more than one meeting”': a clause first)
            and not any(t.lower in FINITE or looks_past(t.lower) for t in toks[k + 1 : m] if not t.is_capitalised)
            and (q_end := self._quoted_until(toks[m].start)) is not None
            and toks[m - 1].lower not in _BOUNDARY_WORDS_OR_DETERMINERS
            and not toks[m - 1].text.endswith(("’s", "'s"))  # ('on MSNBC's "Morning Joe" that')
            and not self._is_quoted_title(toks[m].start, q_end)
        ):
            k = m  # 'said in an MSNBC forum Monday night "it will be very hard"': the quotation
        return k


def _pronoun_subject(toks: list[Token], m: int) -> bool:
    """A pronoun at ``m`` that opens a clause: one that is only ever a subject ("they"), or "it" before
    a finite verb ("said in a statement it would appeal": not "described it as")."""
    low = toks[m].lower
    return low in NOMINATIVE or (
        low == "it" and m + 1 < len(toks) and toks[m + 1].lower in FINITE and _relative_it(toks, m) is None
    )


def _past_relative_it(toks: list[Token], m: int) -> int:
    """The "that" after a relative clause opened by "it" at ``m`` (see :func:`_relative_it`), else ``m``."""
    that = _relative_it(toks, m)
    return m if that is None else that


def _relative_it(toks: list[Token], m: int) -> int | None:
    """ "in a report it has published every year since 2010 that C": "it" right after a document noun, with no
    modal after it and a "that" further on in the clause, opens a relative clause on the document: the index of
    that "that", or None."""
    if toks[m].lower != "it" or m == 0 or m + 1 >= len(toks) or toks[m - 1].lower not in DOCUMENT_HEADS:
        return None
    if toks[m + 1].lower in MODALS or toks[m + 1].lower not in FINITE:
        return None
    for n in range(m + 2, min(len(toks), m + 16)):
        if not toks[n].is_word:
            return None
        if toks[n].lower == "that":
            return n
    return None


def _past_appositive_to_colon(toks: list[Token], m: int) -> int:
    """The colon after an appositive that follows the phrase's noun at the comma ``m``, when a
    quotation mark opens right after it ("on X, formerly Twitter: “C”"), with no verb in between; else ``m``."""
    for n in range(m + 1, min(len(toks) - 1, m + 7)):
        if toks[n].text == ":":
            return n if n > m + 1 and is_quote(toks[n + 1]) else m
        low = toks[n].lower
        if not toks[n].is_word or low in CUE_FORMS or low in FINITE or looks_past(low):
            return m  # (', Beck wrote: “C”', ', saying: “C”': a clause, no appositive)
    return m


_SUBJECT_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this", "these"])


def _subject_opens(toks: list[Token], k: int, m: int) -> bool:
    """A determined noun phrase at ``m`` after a phrase's noun (past "in a statement"), with a finite verb
    within a few words: the subject of the content's clause."""
    if m <= k + 2 or m >= len(toks) or toks[m].lower not in _SUBJECT_DETERMINERS:
        return False
    before = toks[m - 1]
    if not before.is_word or before.lower in _BOUNDARY_WORDS_OR_DETERMINERS or before.text.endswith(("’s", "'s")):
        return False
    for t in toks[m + 1 : m + 6]:
        if not t.is_word or t.lower == "to":
            return False
        if t.lower in FINITE or (looks_past(t.lower) and not t.is_capitalised):
            return True
    return False
