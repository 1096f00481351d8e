"""When a verb outside the lexicon is a cue: before 'that', before a colon and a quotation, after a quotation."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.openers import Openers
from quotelens.attribution.nounphrases import np_after, np_before, skip_between_subject_and_verb
from quotelens.attribution.subjects import subject_before
from quotelens.attribution.tokens import is_quote
from quotelens.attribution.verbs import starts_clause
from quotelens.attribution.words import BOUNDARY_WORDS, RELATION_PAIRS
from quotelens.lexicon import CUE_FORMS, PERSON_PRONOUNS, SUBJECT_PRONOUNS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_PERSON_PRONOUNS_OR_THEY_WE_ETC = frozenset(PERSON_PRONOUNS | {"they", "we", "i"})
_CLAUSE_ENDS = BOUNDARY_WORDS | SUBJECT_PRONOUNS


class UnlistedVerbs(Openers):
    def _unlisted_verb_before_that(self, toks: list[Token], i: int) -> bool:
        """ "Gorka insisted that ...", "the poll found that ...": a verb outside the lexicon with a
        subject before it and a that-clause after it (``toks[i]`` passed :func:`_could_be_unlisted_verb`)."""
        if i + 2 >= len(toks) or toks[i + 1].lower != "that" or not starts_clause(toks[i + 2]):
            return False
        np = subject_before(toks, i)
        # "on social issues that they ...": a noun phrase after a preposition is no subject
        return np is not None and not (np[0] > 0 and toks[np[0] - 1].lower in BOUNDARY_WORDS - {"and", "but"})

    def _unlisted_cue_before_colon_quote(self, toks: list[Token], i: int) -> bool:
        """'he demurred: "C"', 'Trump leaned in and boomed: "C"': a verb outside the lexicon, a
        subject before it, then a colon and an opening quotation mark (``toks[i]`` passed
        :func:`_could_be_unlisted_verb`)."""
        k = i + 1
        if k < len(toks) and toks[k].lower in {"back", "out", "up", "in"}:
            k += 1
        if k + 1 >= len(toks) or toks[k].text != ":" or not is_quote(toks[k + 1]):
            return False
        if self._quoted_until(toks[k + 1].start) is None:
            return False  # the mark must open a quotation
        np = subject_before(toks, i)
        if np is None:
            j = skip_between_subject_and_verb(toks, i - 1)
            return j >= 1 and toks[j].lower in {"and", "but"} and self._sentence_subject(toks, j) is not None
        return toks[np[0]].is_capitalised or toks[np[0]].lower in SUBJECT_PRONOUNS - {"it", "that", "which"}

    def _unlisted_cue_after_quote(self, toks: list[Token], i: int) -> bool:
        """A verb outside the lexicon right beside a quotation and a speaker: '"C," reacted Trump.',
        '"C," Dawson shouted.' The quotation marks and the speaker make it a cue (``toks[i]`` passed
        :func:`_could_be_unlisted_verb`)."""

        def after_quote(j: int) -> bool:  # a closing mark, maybe after a comma, right before j
            while j >= 0 and toks[j].text in {",", "—"}:
                j -= 1
            return j >= 0 and is_quote(toks[j]) and self.inside_quote(toks[j].start)

        if i > 0 and after_quote(i - 1):  # inverted: '"C," reacted Trump.'
            np = np_after(toks, i + 1)
            return np is not None and toks[np[0]].is_capitalised and (np[1] >= len(toks) or not toks[np[1]].is_word)
        np = np_before(toks, i)  # '"C," Dawson shouted.' / '"C," he tweeted.' / '"C," an angry Hollande retaliated.'
        if np is None or _listed_cue_follows(toks, i):
            return False
        head = toks[np[0]]
        described = head.lower in {"the", "a", "an"} and 2 <= np[1] - np[0] <= 4  # ("the analysts": no "the" alone)
        if not (head.is_capitalised or head.lower in _PERSON_PRONOUNS_OR_THEY_WE_ETC or described):
            return False
        return after_quote(np[0] - 1)

    def _unlisted_cue_after_quoted_sentence(self, sent: SentenceView, i: int) -> bool:
        """A verb outside the lexicon that ends a sentence of only a name (or a person's pronoun) and itself,
        right after a quotation that ended the sentence before: '"C?" Brekke queried.' (``toks[i]`` passed
        :func:`_could_be_unlisted_verb`)."""
        toks = sent.tokens
        if i == 0 or i + 2 != len(toks) or toks[i + 1].text not in {".", "!"}:
            return False
        np = np_before(toks, i)
        if np != (0, i) or not (toks[0].is_capitalised or toks[0].lower in _PERSON_PRONOUNS_OR_THEY_WE_ETC):
            return False
        return self._quote_just_before(sent)


def _listed_cue_follows(toks: list[Token], i: int) -> bool:
    """A listed cue closes the clause a few words after ``toks[i]``: '"C," White House deputy press secretary
    Andrew Bates said.' makes "press" a word of the title, not the verb."""
    for j in range(i + 1, min(len(toks), i + 8)):
        if j == i + 1 and (toks[i].lower, toks[j].lower) in RELATION_PAIRS:
            continue  # ('"C," a dealer briefed on the auction told': the participle modifies the source)
        if not toks[j].is_word or toks[j].lower in _CLAUSE_ENDS:
            return False  # ('"C," he fumed as he said goodbye.': another clause's verb)
        if not toks[j].is_capitalised and toks[j].lower in CUE_FORMS:
            return True
    return False
