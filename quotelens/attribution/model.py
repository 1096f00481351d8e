"""Glue to the models: the end chooser's options (:mod:`quotelens.boundary`) and the rules' clause ends."""

from __future__ import annotations

import bisect

from quotelens import boundary, clausereader, starts
from quotelens.attribution.context import Context
from quotelens.attribution.record import Attribution
from quotelens.attribution.tokens import in_relative_clause, is_cue_word, is_ing_cue, is_quote, per_token_list
from quotelens.attribution.verbs import looks_finite, looks_past, predicate_after_aside, weak_cue_without_complement
from quotelens.attribution.words import (
    CLAUSE_BREAKERS,
    CLAUSE_MARKS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    NEGATED_AUX,
    SCAN,
    SUBORDINATORS,
)
from quotelens.endings import ENDS_ING
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS, SUBJECT_PRONOUNS
from quotelens.segment import Token

OPENING_QUOTES = frozenset(['"', "“", "''", "‘"])

# (word sets united once here, not on every call)
_IRREGULAR_PAST_OR_SAYS_ADDED_ETC = frozenset(IRREGULAR_PAST | {"says", "added", "noted"})
_SUBJECT_PRONOUNS_OR_DETERMINERS = frozenset(SUBJECT_PRONOUNS | DETERMINERS)


_ASIDE_RELATIVES = frozenset(["which", "who", "whose"])
_MAX_SUBJECT = 6
_MAX_ASIDE = 15
_NOT_IN_SUBJECT = FINITE | NEGATED_AUX


_PERSONAL_PRONOUNS = frozenset(["he", "she", "they", "i", "we"])


def _before_own_description(toks: list[Token], comma: int) -> bool:
    """After the comma at ``comma``, an appositive that the speaker words in quotation marks ("a depth she
    called “deadly”", "a plan he described as “reckless”"): "a"/"an", a few words, a personal pronoun, a
    cue, then the quotation; still the speaker's report, not the writer's description."""
    a = comma + 1
    if toks[comma].text != "," or toks[a].lower not in {"a", "an"}:
        return False
    for m in range(a + 1, min(len(toks) - 2, a + 5)):
        if toks[m].lower in _PERSONAL_PRONOUNS:
            c = m + 2 if toks[m + 2].lower == "as" else m + 1
            return toks[m + 1].lower in CUE_FORMS and c + 1 < len(toks) and is_quote(toks[c + 1])
        if not toks[m].is_word:
            return False
    return False


@per_token_list  # (asked for a content's end options and its clause's end)
def aside_on_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The commas around an aside on the subject of a content starting at token ``k``, when a finite verb
    follows the second ("said the plan, announced last week, was C", "the bill, which passed last month,
    would C", "the bill, he believed, would C"): the content runs on past both; else None."""
    c = k + 1
    while c < len(toks) and c - k <= _MAX_SUBJECT and toks[c].text != ",":
        tok = toks[c]
        if not tok.is_word or tok.lower in _NOT_IN_SUBJECT:  # (a word is never a quotation mark)
            return None
        c += 1
    if c + 2 >= len(toks) or toks[c].text != "," or not toks[k].is_word or toks[k].lower in FINITE:
        return None
    opener, nxt = toks[c + 1].lower, toks[c + 2].lower
    pronoun_cue = opener in SUBJECT_PRONOUNS and nxt in CUE_FORMS
    if opener not in _ASIDE_RELATIVES and not (looks_past(opener) and opener.isalpha()) and not pronoun_cue:
        return None
    for m in range(c + 2, min(len(toks) - 1, c + _MAX_ASIDE)):
        if is_quote(toks[m]) or toks[m].text in {";", "—", "–"}:
            return None
        if toks[m].text == ",":
            return (c, m) if predicate_after_aside(toks[m + 1]) else None
    return None


class Model(Context):
    def _end_options(self, toks: list[Token], k: int, rule_end: int, cue: int, frame: str) -> list[boundary.Option]:
        """Candidate ends of a content starting at token ``k`` (the rules' end ``rule_end`` among them)."""
        lemma = CUE_FORMS.get(toks[cue].lower, toks[cue].lower)
        # (counted to the sentence's end for each proposal, unless the sentence is long)
        running = self._facts("running counts", toks, self._running_counts) if len(toks) - k > SCAN else None
        structure = self._facts("clause reading", toks, self._clause_reading)
        options = boundary.candidates(
            toks, k, rule_end, self.inside_quote, lemma, lemma in SPEECH_LEMMAS, is_cue_word, frame, running, structure
        )
        # (no end before the speaker's own quoted description: "rose 9 feet, a depth she called “deadly”")
        options = [o for o in options if not (o[0] + 1 < len(toks) and _before_own_description(toks, o[0]))]
        # (nor, for words said, inside a series: "said he had a clean record, a fixed address and a young child")
        if lemma in SPEECH_LEMMAS:
            options = [o for o in options if not _inside_series(toks, o[0])]
        aside = aside_on_subject(toks, k)  # (no end inside an aside on the content's subject)
        return options if aside is None else [o for o in options if not aside[0] <= o[0] <= aside[1] + 1]

    @staticmethod
    def _within_relative_clause(
        toks: list[Token], cue: int, options: list[boundary.Option], rule_end: int
    ) -> list[boundary.Option]:
        """The candidate ends inside the relative clause the cue is in ("X, who said C, was angry": C ends
        where the clause does), when there are any; else all."""
        if not in_relative_clause(toks, cue):
            return options
        return [o for o in options if o[0] <= rule_end] or options

    def _clause_reading(self, toks: list[Token]) -> list[str]:
        """The sentence's clause reading at each token, read once per sentence (:mod:`quotelens.clausereader`)."""
        return clausereader.read(toks, self.inside_quote, is_cue_word)

    def _pick_end(self, options: list[boundary.Option], rule_end: int) -> tuple[int, float | None]:
        """The learned chooser's end and its share; the rules' end (no share) when it is switched off."""
        return boundary.choose(options, rule_end) if self.use_boundary else (rule_end, None)

    def _chosen_end(
        self, toks: list[Token], k: int, rule_end: int, cue: int, frame: str
    ) -> tuple[int, list[boundary.Option], float | None]:
        """A content's end (a token index), its candidate ends and the chooser's share: the chooser's
        pick, from the rules' end or, when that is no candidate, the first one; the rules' end when
        there is no candidate."""
        options = self._within_relative_clause(toks, cue, self._end_options(toks, k, rule_end, cue, frame), rule_end)
        if not options:
            return rule_end, options, None
        if all(m != rule_end for m, _ in options):
            rule_end = options[0][0]
        end, share = self._pick_end(options, rule_end)
        return end, options, share

    def _pick_start(
        self, toks: list[Token], cue_end: int, r: int, stop: int, lemma: str
    ) -> tuple[int, list[tuple[int, dict[str, float]]]]:
        """Where a content the rules start at token ``r`` starts (a character offset) by the learned
        start chooser (:mod:`quotelens.starts`), and the candidates as (character offset, features)."""
        w = r
        while w < stop - 1 and not toks[w].is_word:
            w += 1  # ('said, "C"': the rules' start is the quotation mark, its first word the candidate)
        options = starts.candidates(toks, cue_end, w, stop, self.inside_quote, lemma, is_cue_word)
        m = starts.choose(options, w) if self.use_boundary else w
        recorded = [(toks[n].start, f) for n, f in options if f]
        if m == w:
            return toks[r].start, recorded
        if toks[m - 1].text in OPENING_QUOTES and m - 1 >= cue_end:
            return toks[m - 1].start, recorded  # (the quotation mark before the word opens the content)
        return toks[m].start, recorded

    @staticmethod
    def _record_end(att: Attribution, toks: list[Token], options: list[boundary.Option], share: float | None) -> None:
        """Keep the candidate ends (as character offsets) and the chooser's share on the attribution."""
        att.end_options = [(boundary.end_char(toks, m), f) for m, f in options]
        att.end_share = share

    def _clause_end(self, toks: list[Token], k: int, speech: bool = True) -> int:
        """Where a reported clause starting at token ``k`` ends (exclusive token index).

        Outside quotation marks it stops at a semicolon, before a non-restrictive clause
        (", which", ", who", ", while", ", although", ", saying"), and before a second
        attribution (", according to"). For verbs that are not verbs of speech ("opposed",
        "endorsed") it also stops at a bare "because"/"after"/"when": their object is the content.
        """
        # Near k the tests are made here; past _SCAN tokens (at least the first two, where the tests
        # depend on k), the breaks found once for the whole token list are looked up.
        stop = k + SCAN if k + SCAN < len(toks) else len(toks)
        aside = aside_on_subject(toks, k)  # ("the plan, announced last week, was C": on past the aside)
        for m in range(aside[1] + 1 if aside else k + 1, stop):
            t = toks[m]
            low = t.lower
            may_break = t.text in CLAUSE_MARKS or low in CLAUSE_BREAKERS or low in _AND_THEN
            # (is_ing_cue in line: asked of every token scanned)
            if (may_break or (low in CUE_FORMS and ENDS_ING[low]) or (not speech and low in SUBORDINATORS)) and (
                self._breaks_clause(toks, k, m, speech)
            ):
                return m
        if stop == len(toks):
            return stop
        ends = self._facts("clause breaks", toks, self._clause_breaks)[speech]
        n = bisect.bisect_left(ends, stop)
        return ends[n] if n < len(ends) else len(toks)

    def _clause_breaks(self, toks: list[Token]) -> dict[bool, list[int]]:
        """For speech verbs and others, every token a reported clause ends before, wherever it started
        (the tests of :meth:`_breaks_clause` that depend on the start hold from its third token on)."""
        # (only these tokens can end a clause: the first test of each rule in _breaks_clause)
        maybe = [
            m
            for m, t in enumerate(toks)
            if t.text in CLAUSE_MARKS or t.lower in CLAUSE_BREAKERS or t.lower in _AND_THEN or is_ing_cue(t.lower)
        ]
        speech = [m for m in maybe if self._breaks_clause(toks, -3, m, True)]
        subordinators = [m for m, t in enumerate(toks) if t.lower in SUBORDINATORS and not self.inside_quote(t.start)]
        return {True: speech, False: sorted({*speech, *subordinators})}

    def _breaks_clause(self, toks: list[Token], k: int, m: int, speech: bool) -> bool:
        """Whether a reported clause starting at token ``k`` ends before token ``m`` (see :meth:`_clause_end`)."""
        if self.inside_quote(toks[m].start):
            return False
        low = toks[m].lower
        if toks[m].text == ";":
            return True
        comma_in_quote = m >= 2 and is_quote(toks[m - 1]) and toks[m - 2].text == "," and m - 1 > k
        if comma_in_quote and (low in CLAUSE_BREAKERS or (low in CUE_FORMS and low.endswith("ing"))):
            return True  # 'was "a terrible mistake," although he ...': the comma inside the quotation
        after_comma = comma_in_quote or (m > k + 1 and toks[m - 1].text == ",")
        if low == "then" and after_comma and _past_at(toks, m + 1) and not _verb_of_speech_between(toks, k, m):
            return True  # 'called it "a gift," then corrected herself': the subject's next act
        if toks[m].text in {",", "—", "–"} and m + 1 < len(toks):
            nxt = toks[m + 1].lower
            if toks[m].text == "," and (nxt in CLAUSE_BREAKERS or (nxt in CUE_FORMS and nxt.endswith("ing"))):
                return True
            if toks[m].text in {"—", "–"} and nxt in {"which", "who"}:
                return True  # "— which represent ...": the writer's aside
            if toks[m].text == "," and nxt in CUE_FORMS and nxt in _IRREGULAR_PAST_OR_SAYS_ADDED_ETC:
                return True  # "who requested anonymity, said the president ...": the main verb follows
            if nxt in {"a", "an", "something"} and m > k + 2 and not _before_own_description(toks, m):
                # "rose to $5 million, an increase of 40 percent": a description, not said ("had a clean
                # record, a fixed address and a young child": a series goes on)
                return not (speech and _inside_series(toks, m))
            if (
                nxt == "but"
                and m + 2 < len(toks)
                and not toks[m + 2].is_capitalised
                and toks[m + 2].lower not in _SUBJECT_PRONOUNS_OR_DETERMINERS
            ):
                return True  # "praised X, but did not buy her argument": the subject's next verb
        if low == "and" and m + 1 < len(toks) and m > k + 1:
            nxt = toks[m + 1].lower
            if (
                nxt in CUE_FORMS
                and looks_finite(nxt)
                and not toks[m + 1].is_capitalised
                and not (speech and weak_cue_without_complement(toks, m + 1))
            ):
                return True  # "said A and called B": the second verb has a content of its own
        if not speech and low in SUBORDINATORS and m > k + 1:
            return True
        # "called her a witness, and then tweeted ...": the subject's next act
        return low == "and" and m + 1 < len(toks) and toks[m + 1].lower == "then" and m > k + 1


_AND_THEN = frozenset(["and", "then"])
_ARTICLES = frozenset(["a", "an"])


def _inside_series(toks: list[Token], m: int) -> bool:
    """ "had *a clean record, a fixed address and a young child*": the comma at ``m`` parts two items of a
    series of noun phrases opened by "a"/"an" when one such phrase ends at it (within six words, no break) and
    "and"/"or" and a third follow before the next break (within eight words). A name before the comma takes a
    description ("Graetz, a professor and a former official"), and one phrase alone is an aside ("rose to
    $5 million, an increase of 40 percent")."""
    if m < 2 or m + 2 >= len(toks) or toks[m].text != "," or toks[m + 1].lower not in _ARTICLES:
        return False
    first = next((n for n in range(m - 1, max(-1, m - 7), -1) if not toks[n].is_word or toks[n].lower in _ARTICLES), -1)
    if first < 0 or toks[first].lower not in _ARTICLES:
        return False
    for n in range(m + 2, min(len(toks) - 1, m + 10)):
        if not toks[n].is_word or is_quote(toks[n]):
            return False
        if toks[n].lower in {"and", "or"}:
            return toks[n + 1].lower in _ARTICLES
    return False


def _verb_of_speech_between(toks: list[Token], k: int, m: int) -> bool:
    """A cue word between a clause's start ``k`` and ``m``: 'Witnesses said *the gunman shouted* "get down,"
    then fired': the "then" goes on with the inner speaker's act, so it ends that report, not this one. (Not
    known where a clause starts, k < 0: no cue can be ruled out.)"""
    return k < 0 or any(toks[n].lower in CUE_FORMS and not toks[n].is_capitalised for n in range(k, m))


def _past_at(toks: list[Token], n: int) -> bool:
    """A lower-case past form at ``n``: a verb of the subject's next act ("then *corrected*")."""
    return n < len(toks) and not toks[n].is_capitalised and looks_past(toks[n].lower)
