"""Who a clause's subject is: the subject of a sentence, of the clause before a participle, of a subordinate clause."""

from __future__ import annotations

from quotelens.attribution.model import Model
from quotelens.attribution.name_parts import nickname_before
from quotelens.attribution.nounphrases import np_before, skip_between_subject_and_verb
from quotelens.attribution.subjects import name_then_verb, opens_adverbial, subject_before
from quotelens.attribution.tokens import in_relative_clause, is_cue_word, is_quote
from quotelens.attribution.verbs import after_progressive_aux, looks_finite, looks_past, looks_verbal
from quotelens.attribution.words import (
    BOUNDARY_WORDS,
    CLAUSE_AUX,
    DAY_AND_MONTH_NAMES,
    DAYS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    ISSUED_THINGS,
    ISSUING_BASE_FORMS,
    LEAD_PREPOSITIONS,
    MAX_NP,
    MONTHS,
    PERIODS_AND_DAYS,
    QUANTIFIERS,
    SAME_FORM_PASTS,
    SCENE_SUBORDINATORS,
    VERB_PARTICLES,
)
from quotelens.lexicon import PLACE_NAMES, SUBJECT_PRONOUNS, SUBJECT_VERB_FILLERS
from quotelens.segment import Token

# (word sets united once here, not on every call)
_DAYS_OR_MONTHS_OR_LAST_THIS_ETC = frozenset(
    DAYS | MONTHS | {"last", "this", "next", "earlier", "later", "early", "ahead"}
)
_SUBJECT_PRONOUNS_OR_DETERMINERS = frozenset(SUBJECT_PRONOUNS | DETERMINERS)


class Clauses(Model):
    def _object_of_verb(self, toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
        """When the noun phrase ``np`` is the object of a verb ("issued *a statement*", "poring over
        *polling data*"), that verb's subject; else None."""
        v = np[0] - 1
        if np[1] - np[0] >= 2 and toks[np[0]].lower.endswith("ing") and not toks[np[0]].is_capitalised:
            v = np[0]  # "carrying signs saying C": the phrase holds its own verb
        elif v >= 1 and toks[v].lower in {"over", "out", "up", "off"} and not toks[v - 1].is_capitalised:
            v -= 1  # "poring over polling data" (but "asked about Pope Francis calling ...": his words)
        head = np[1] - 1
        if head > np[0] and toks[head].lower in DAY_AND_MONTH_NAMES:
            head -= 1  # "a statement Wednesday saying"
        if toks[head].lower not in ISSUED_THINGS:
            return None  # "ignored the chorus of critics calling for ...": people speak for themselves
        if v < 1 or toks[v].is_capitalised or not toks[v].is_word:
            return None
        low = toks[v].lower
        if not (looks_finite(low) or low.endswith("ing") or low in ISSUING_BASE_FORMS):
            return None  # ("put out a statement", "issues a statement", "did a video")
        if low.endswith("ing") and not low.endswith("ed"):
            # "an angry army of HP workers had amassed, calling for X and carrying signs saying C"
            return self._subject_before_participle(toks, v)
        subject = subject_before(toks, v)
        if subject is None and (toks[v - 1].lower == "and" or toks[v - 1].text == ","):
            # "had hired lawyers and placed ads calling C", "Mr. Trump, who said ..., issued a statement"
            subject = self._sentence_subject(toks, v)
        return subject

    def _subject_before_participle(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The subject a participle at ``v`` shares: the noun phrase before its verb, or the sentence's."""
        if after_progressive_aux(toks, v):
            return subject_before(toks, skip_between_subject_and_verb(toks, v - 1) + 1)
        return self._sentence_subject(toks, v)

    def _subordinate_subject(self, toks: list[Token], lo: int, j: int) -> tuple[int, int] | None:
        """The subject of a subordinate clause ("where 50 protesters had gathered", "as a guard walks
        in") that ends at token ``j`` (the participle's comma) and starts after offset ``lo``."""
        for s in range(j - 1, 0, -1):
            if toks[s].start < lo or toks[s].text in {",", ";", ":", "—", "–"} or self.inside_quote(toks[s].start):
                return None
            if toks[s].lower not in SCENE_SUBORDINATORS:
                continue  # ("after the vote", "during his trip": prepositions as often as clauses)
            if toks[s - 1].lower in {"about", "of", "on", "over"}:
                return None  # "cagey about where she stands": a question, not the scene
            window = range(s + 2, min(j, s + 7))
            verbs = [m for m in window if toks[m].lower in CLAUSE_AUX or looks_past(toks[m].lower)]
            verbs += [m for m in window if toks[m].lower.endswith("s") and toks[m].is_word]  # "as a guard walks in"
            for m in verbs:
                if toks[m].is_capitalised:
                    continue
                np = np_before(toks, m)
                if np is not None and np[0] == s + 2 and toks[s + 1].lower in QUANTIFIERS:
                    np = (s + 1, np[1])  # "where about 50 protesters had gathered"
                return np if np is not None and np[0] == s + 1 and np[1] == m else None
            return None
        return None

    def _subject_start(self, toks: list[Token], limit: int) -> int | None:
        """Where a sentence's subject may start: past an opening conjunction, a dateline, a time phrase
        and an introductory phrase (None when the introductory phrase runs to ``limit``)."""
        k = self._first_unquoted_word(toks, limit)
        if k < limit and toks[k].lower in {"but", "and", "still", "yet", "so", "then"}:
            k += 1
            while k < limit and toks[k].text == ",":
                k += 1
        k = skip_dateline(toks, k, limit)
        comma = next((m for m in range(k + 1, min(limit, k + 5)) if toks[m].text == ","), None)
        if comma is not None and (
            toks[k].lower in _DAYS_OR_MONTHS_OR_LAST_THIS_ETC
            or any(t.lower in {"ago", "later", "earlier", "recently", "before"} for t in toks[k:comma])
            or (toks[k].lower == "even" and toks[k + 1].lower == "so")
            or (toks[k].lower == "that" and toks[k + 1].lower in PERIODS_AND_DAYS)  # "That morning, ..."
        ):
            k = comma + 1  # "Last week, the campaign said", "Hours later, he said", "Ahead of the vote, she"
        if k + 1 < limit and opens_adverbial(toks[k], toks[k + 1]) and not name_then_verb(toks, k):
            return self._past_opening_phrase(toks, k, limit)
        return k

    def _past_opening_phrase(self, toks: list[Token], k: int, limit: int) -> int | None:
        """ "On Tuesday, Gov. Brown endorsed ...", "Recalling X, the statement urged ...": the subject
        comes after the introductory phrase ("In a wide-ranging, in-prison interview last year, Lazar
        said": past commas inside it too)."""
        for _ in range(3):
            m = self._next_unquoted_comma(toks, k, limit)
            if m >= limit:
                return None
            k = m + 1
            if k + 2 < limit and toks[k].is_capitalised and toks[k + 1].text == "." and toks[k + 2].text == ",":
                k += 3  # "In U.S. District Court in Alexandria, Va., Lazar said": the state goes with the place
            elif (
                k + 2 < limit
                and toks[k].is_capitalised
                and toks[k + 1].text == ","
                and toks[k - 2].is_capitalised
                and toks[k].lower in PLACE_NAMES
            ):
                k += 2  # "at a rally in Dayton, Ohio, Mr. Hale"
            lower_word = k < limit and toks[k].is_word and toks[k].text[0].islower()
            if k >= limit or not lower_word or toks[k].lower in _SUBJECT_PRONOUNS_OR_DETERMINERS:
                break
        return k

    def _sentence_subject(self, toks: list[Token], limit: int) -> tuple[int, int] | None:
        """The noun phrase a sentence opens with, outside quotation marks ("Other candidates, ..., have ...")."""
        start = self._subject_start(toks, limit)
        if start is None:
            return None
        k = start
        if k >= limit:
            return None
        if toks[k].lower in SUBJECT_PRONOUNS - {"that", "which", "who", "it"}:
            return (k, k + 1)  # "he held his fire ..., calling him": the pronoun is the whole subject
        b = k
        while b < limit and b - k < MAX_NP + 2 and toks[b].is_word and not looks_verbal(toks[b]):
            if b > k and (toks[b].lower in BOUNDARY_WORDS or is_cue_word(toks[b])) and not _of_in_name(toks, b):
                break
            if b > k and (toks[b].lower in SUBJECT_VERB_FILLERS or toks[b].lower in IRREGULAR_PAST):
                break  # ("Mr. Obama made peace a priority")
            if b > k and toks[b].lower in {"put", "puts"} and b + 1 < limit and toks[b + 1].lower == "it":
                break  # ("Ms. Lopez put it bluntly:")
            if b > k and toks[b].lower in SAME_FORM_PASTS and b + 1 < limit and toks[b + 1].lower in VERB_PARTICLES:
                break  # ("A No 10 source hit back, saying")
            b += 4 if b + 4 < limit and nickname_before(toks, b + 4) else 1  # (past 'Teresita "Tessie"')
        if b == k or not (toks[k].is_capitalised or toks[k].lower in _SUBJECT_PRONOUNS_OR_DETERMINERS):
            return None
        for n in range(k + 1, b - 1):
            if not toks[n].is_capitalised and toks[n + 1].lower in DETERMINERS and not _of_in_name(toks, n):
                return (k, n)  # "Ms. Bell shook her head": a verb before its object ends the subject
        return (k, b)


def skip_dateline(toks: list[Token], k: int, limit: int) -> int:
    """A dateline, "WASHINGTON (AP) — Sen. Grassley said ...": the sentence starts after the dash."""
    dateline_agency = k + 1 < limit and toks[k].is_capitalised and toks[k + 1].text == "("  # "Washington (AFP) –"
    if not dateline_agency and k + 2 < limit and toks[k].is_capitalised and toks[k + 1].is_capitalised:
        dateline_agency = toks[k + 2].text == "("  # "New York (AFP) –"
    if k + 1 < limit and ((toks[k].text.isupper() and len(toks[k].text) > 2) or dateline_agency):
        m = k + 1
        while m < limit and m - k < 8 and toks[m].text not in {"—", "–", "-"}:
            m += 1
        if m < limit - 1 and toks[m].text in {"—", "–", "-"}:
            k = m + 1
    return k


def preposition_phrase(toks: list[Token], np: tuple[int, int]) -> bool:
    """A phrase opened by a lower-case preposition ("during public comment"), not by a quantity ("at least
    21,000", "over 60 percent")."""
    if np[1] - np[0] < 2 or toks[np[0]].lower not in LEAD_PREPOSITIONS or toks[np[0]].is_capitalised:
        return False
    nxt = toks[np[0] + 1]
    return not (nxt.text[0].isdigit() or nxt.lower in {"least", "most", "half", "about", "some"})


def relative_clause_end(toks: list[Token], np: tuple[int, int], k: int, c1: int, cue: int | None = None) -> int:
    """ "Musa Adamu, who said he had waited for hours, was angry", "X, who endorsed Y and said C, ultimately
    did not": a report in a relative clause set off by commas ends at the comma before the main clause's
    verb (a finite or past form, after an -ly adverb too); else ``c1``."""
    who = np[1] - np[0] == 1 and toks[np[0]].lower == "who" and np[0] >= 2 and toks[np[0] - 1].text == ","
    if not who and (cue is None or not in_relative_clause(toks, cue)):
        return c1
    quoted = False
    for m in range(k, c1 - 1):
        quoted = quoted != is_quote(toks[m])
        n = m + 2 if m + 2 < len(toks) and toks[m + 1].lower.endswith("ly") else m + 1  # ", ultimately did"
        nxt = toks[n]
        if (
            not quoted
            and toks[m].text == ","
            and not nxt.is_capitalised
            and (nxt.lower in FINITE or looks_past(nxt.lower))
        ):
            return m
        if quoted and toks[m].text == "," and is_quote(nxt) and _main_verb_after(toks, n + 1):
            return n + 1  # 'X, who criticized what she calls "A," said that B': the quotation closes the clause
    return c1


def _main_verb_after(toks: list[Token], n: int) -> bool:
    """A lower-case finite or past form at ``n`` (after an -ly adverb too): the main clause's verb."""
    if n + 1 < len(toks) and toks[n].lower.endswith("ly"):
        n += 1
    return n < len(toks) and not toks[n].is_capitalised and (toks[n].lower in FINITE or looks_past(toks[n].lower))


def circumstance_clause(toks: list[Token], k: int) -> bool:
    """ "said *while speaking with journalists* on Monday that C", "said *when asked* about it that C": a
    subordinator and a participle open a circumstance of the saying, before its content."""
    if k + 1 >= len(toks) or toks[k].lower not in {"while", "when", "after", "before"}:
        return False
    nxt = toks[k + 1].lower
    return nxt == "asked" or (nxt.endswith("ing") and len(nxt) > 5 and nxt.isalpha())


def _of_in_name(toks: list[Token], b: int) -> bool:
    """ "Match *of* the Day pundit Alan Shearer", "Bank *of* England", "Homes *for* All": an "of" or "for"
    between the capitalised words of a name (maybe before "the")."""
    if toks[b].lower not in {"of", "for"} or b == 0 or not toks[b - 1].is_capitalised or b + 2 >= len(toks):
        return False
    nxt = toks[b + 2] if toks[b + 1].lower == "the" else toks[b + 1]
    return nxt.is_capitalised


def title_mark(toks: list[Token], m: int) -> bool:
    """The "!" of a title glued to its capitalised word inside a sentence ("told Hello! magazine that")."""
    return (
        toks[m].text == "!"
        and 0 < m < len(toks) - 1
        and toks[m - 1].is_capitalised
        and toks[m - 1].end == toks[m].start
        and toks[m + 1].is_word
    )
