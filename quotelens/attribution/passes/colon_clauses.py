"""A clause ending in a colon that introduces a quotation: "Kell had a message:", "Its director, Ann
Kell, had a simple message for residents:", "Ann Kell, who ran sales, put it bluntly:" (shared by the
join across paragraphs, which leaves such a quotation to the clause, and the orphan pass, which credits it)."""

from __future__ import annotations

import bisect
import re

from quotelens.attribution.openings import TITLES_AND_ROLES
from quotelens.attribution.passes.quoted_infinitives import QuotedInfinitives
from quotelens.attribution.record import Attribution
from quotelens.attribution.subjects import subject_before_one_apposition
from quotelens.attribution.tokens import is_quote
from quotelens.attribution.verbs import is_participle
from quotelens.attribution.words import FINITE, SUBORDINATORS
from quotelens.lexicon import ANONYMOUS_HEADS, CAPITALISED_STOPWORDS
from quotelens.segment import Paragraph, ParagraphRole, Sentence, Token

_APPOSITION_SPAN = 20
# "puts *it* more bluntly:", "said *this*:": the object of a verb of saying that stands for the quotation after
# a colon, and how many words of manner may follow it ("more bluntly", "this way"): adverbs in -ly and a few
# words of degree or manner, never a verb ("said it was simple:" is a clause of its own, "it" its subject)
_STANDS_FOR_QUOTATION = frozenset(["it", "this"])
_MANNER_SPAN = 3
_MANNER_WORDS = frozenset("more most less best better this that way another so thus again well too".split())
_OPENS_WITH_IT = re.compile(r"(?i)(?:it|this)\b").match


class ColonClauses(QuotedInfinitives):
    def _orphan_subject(self, toks: list[Token], limit: int) -> tuple[int, int] | None:
        """The subject of a sentence, after an introductory phrase ("On Friday, Gingrich ...")."""
        np = self._sentence_subject(toks, limit) or _pronoun_after_bare_opening(toks, limit)
        if np is None:
            return None
        a, b = np
        if toks[a].lower in {"it", "there", "this", "that", "what"} or b > limit:
            return None
        return (a, b)

    @staticmethod
    def _person_like(first: Token) -> bool:
        """A name or a person's pronoun opens the subject ("The result was clear:" is no one's)."""
        return first.lower in PERSONS or (first.is_capitalised and first.lower not in CAPITALISED_STOPWORDS)

    def _colon_clause(self, toks: list[Token], colon: int) -> tuple[tuple[int, int], int] | None:
        """The subject and the verb of a clause ending in the colon at ``colon``; the subject a name or a
        person's pronoun, after an apposition or a relative clause between commas when there is one
        ("Its director, Ann Kell, had", "Ann Kell, who ran sales, put it"); None for no such clause."""
        if colon < 2 or any(is_quote(t) for t in toks[:colon]) or toks[0].lower in SUBORDINATORS:
            return None
        subject = self._orphan_subject(toks, colon - 1)
        if subject is None or subject[1] >= colon:
            return None
        v = subject[1]
        if toks[v].text == ",":
            c = v + 1
            while c < colon and c - v <= _APPOSITION_SPAN and toks[c].text != ",":
                c += 1
            if c + 1 >= colon or toks[c].text != ",":
                return None
            v = c + 1
            # (an apposition names the subject again; a participle's aside, "speaking on condition of
            # anonymity", leaves the subject before it)
            appositive = subject_before_one_apposition(toks, v)
            if appositive is None and not is_participle(toks[subject[1] + 1]):
                return None
            subject = appositive or subject
        if not self._person_like(toks[subject[0]]) and not _described_person(toks, subject):
            return None
        return subject, v

    def _start_at_colon_quotation(self) -> None:
        """'Ann Kell puts it more bluntly: “C”', 'he said it plainly: “C”': a content that opens right after
        its cue with "it" (and a few words of manner), a colon and a quotation running to the content's end
        starts at the quotation: "it" stands for those words, which are the speaker's whole report."""
        text, toks = self.text, self._tokens
        for att in self.attributions:
            s0, e0 = att.content[0]
            if att.cue is None or not att.cue[1] <= s0 < att.cue[1] + 3 or not _OPENS_WITH_IT(text, s0):
                continue
            k = bisect.bisect_left(self._token_starts, s0)
            if k >= len(toks) or toks[k].start != s0 or toks[k].lower not in _STANDS_FOR_QUOTATION:
                continue
            c = k + 1
            while c < len(toks) and c <= k + _MANNER_SPAN and _manner_word(toks[c]):
                c += 1
            if c + 1 >= len(toks) or toks[c].text != ":" or not is_quote(toks[c + 1]):
                continue
            end = self._quoted_until(toks[c + 1].start)
            if end is None or toks[c + 1].start >= e0 or any(ch.isalnum() for ch in text[end:e0]):
                continue  # (the quotation is the whole rest of the content, or the clause goes on)
            att.content[0] = (toks[c + 1].start, e0)
            att.notes.append("starts at the quotation the colon after 'it' introduces")

    def _colon_sentence_before(self, para: Paragraph) -> Sentence | None:
        """The sentence closing the body paragraph before ``para`` when it ends in a colon."""
        k = bisect.bisect_left(self._sentence_starts, para.start) - 1
        if k < 0 or para.id == 0:
            return None
        sent = self.sentences[k]
        prev = self.paragraphs[sent.paragraph]
        if prev.role is not ParagraphRole.BODY or sent.paragraph != para.id - 1 or len(sent.tokens) < 4:
            return None
        return sent if sent.tokens[-1].text == ":" else None

    def _introduced_by_later_clause(self, parent: Attribution, para: Paragraph) -> bool:
        """'Former employees described a culture. Ann Kell put it bluntly:' then a quotation paragraph:
        the colon's own clause, a sentence after ``parent``'s, introduces it (not ``parent``)."""
        sent = self._colon_sentence_before(para)
        if sent is None or parent.end > sent.start:
            return False
        found = self._colon_clause(sent.tokens, len(sent.tokens) - 1)
        return found is not None and found[1] < len(sent.tokens) - 1 and _verb(sent.tokens[found[1]])


def _pronoun_after_bare_opening(toks: list[Token], limit: int) -> tuple[int, int] | None:
    """The personal pronoun after an opening phrase written without its comma ("For most of my career *I*
    have", "In the end *she* gave"): a preposition, a few words and no punctuation before it, a lower-case
    word after it."""
    if not toks or toks[0].lower not in _OPENING_PREPOSITIONS:
        return None
    for k in range(2, min(limit, _BARE_OPENING_SPAN + 1)):
        if not toks[k].is_word:
            return None
        if toks[k].lower in _SUBJECT_PERSONS and toks[k + 1].is_word and toks[k + 1].text.islower():
            return None if _second_subject_after(toks, k + 2, limit) else (k, k + 1)
    return None


def _second_subject_after(toks: list[Token], k: int, limit: int) -> bool:
    """'At the rally *he organised* the senator was blunt': a determiner, a noun and an auxiliary or a copula
    after the pronoun's verb open the sentence's own clause; the pronoun was in a relative clause."""
    if k >= limit or toks[k].lower not in _DETERMINERS:
        return False
    for m in range(k + 1, min(limit + 1, k + 4)):
        if not toks[m].is_word:
            return False
        if toks[m].lower in FINITE:
            return m > k + 1
    return False


def _described_person(toks: list[Token], subject: tuple[int, int]) -> bool:
    """'A senior aide was blunt:': a determiner and a head that names a person's role ("The result was clear:"
    is no one's)."""
    a, b = subject
    head = toks[b - 1].lower
    # ("the county fire chief had one answer:": a title heads the description too)
    return toks[a].lower in _DETERMINERS and (head in TITLES_AND_ROLES or head in ANONYMOUS_HEADS)


def _manner_word(t: Token) -> bool:
    return t.is_word and not t.is_capitalised and (t.lower in _MANNER_WORDS or t.lower.endswith("ly"))


def _verb(t: Token) -> bool:
    return t.is_word and not t.is_capitalised


_OPENING_PREPOSITIONS = frozenset(["for", "in", "at", "on", "by", "with", "over", "throughout", "until", "from"])
_SUBJECT_PERSONS = frozenset(["i", "he", "she", "we", "they"])
_BARE_OPENING_SPAN = 7
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "his", "her", "their", "our", "my"])
POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my"])
PERSONS = frozenset(["he", "she", "they", "we", "i", *POSSESSIVES]) - {"its"}
