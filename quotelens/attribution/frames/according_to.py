"""Frame ``according-to``: 'According to X, C.' / 'C, according to X.'"""

from __future__ import annotations

from itertools import pairwise

from quotelens.attribution.clauses import Clauses
from quotelens.attribution.context import SentenceView
from quotelens.attribution.document_subjects import DOCUMENT_HEADS
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Rule
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbs import looks_past, verb_like
from quotelens.attribution.words import APPOSITION_STARTERS, FINITE, MAX_NP, RELATIVES
from quotelens.segment import Token


class AccordingTo(Clauses):
    def according_to(self, sent: SentenceView, i: int) -> Attribution | None:
        toks = sent.tokens
        if toks[i].lower == "account":
            return self.by_account(sent, i)
        if i + 1 >= len(toks) or toks[i + 1].lower != "to":
            return None
        np_start = i + 2
        # The source runs to the next comma or the end of the sentence.
        b = np_start
        while b < len(toks) and toks[b].text not in {",", ";", ":", "."} and not is_quote(toks[b]):
            b += 1
        if b == np_start:
            return None
        source = self._best_mention(toks, np_start, b)
        cue = token_span(toks, i, i + 2)
        before = _content_before(toks, i)
        if before is not None:
            return self._before_cue(sent, before, b, cue, source)
        # "According to X, C." (also "... and according to X, C.", "According to the memo: C")
        if b >= len(toks) or toks[b].text not in {",", ":"}:
            return None
        named = _apposed_name_end(toks, b)
        if named is not None:
            b = named  # "According to a page set up by his granddaughter, Kayla Tuttle, C": the name is the source's
            source = self._best_mention(toks, np_start, b)
        return self._after_source(sent, b, cue, source)

    def by_account(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "By her account, C.", "C, by his own account.", "and, by Marsh's account, C": a possessor's
        account, set off from the clause, credits the words as "according to" does."""
        toks = sent.tokens
        j = i - 2 if i >= 1 and toks[i - 1].lower == "own" else i - 1
        by = next((m for m in range(j - 1, max(-1, j - 5), -1) if not toks[m].is_word or toks[m].lower == "by"), -1)
        if by < 0 or toks[by].lower != "by" or not _possessor(toks[j]):
            return None
        set_off_before = by == 0 or toks[by - 1].text in {",", "—", "–", "("}
        set_off_after = i + 1 >= len(toks) or toks[i + 1].text in {",", ".", ";", "—", "–", ")"}
        if not (set_off_before and set_off_after):
            return None  # ("by his account of the meeting": a noun phrase, not a credit)
        source = (toks[by + 1].start, toks[j].end - (2 if toks[j].lower.endswith(("'s", "’s")) else 0))
        cue = token_span(toks, by, i + 1)
        before = _content_before(toks, by)
        att: Attribution | None
        if before is not None:
            att = self._before_cue(sent, before, i + 1, cue, source)
        elif i + 1 < len(toks) and toks[i + 1].text == ",":
            att = self._after_source(sent, i + 1, cue, source)
        else:
            return None
        if att is not None:
            att.rule = Rule.ACCORDING_TO_ACCOUNT
        return att

    def _before_cue(self, sent: SentenceView, before: int, b: int, cue: Span, source: Span) -> Attribution:
        """ "C, according to X." (and "C, according to X, C2": the statement goes on after the source at ``b``)."""
        toks = sent.tokens
        first = self._after_intro(toks, 0, before)
        content = (self._content_start(sent, first), toks[before].end)
        pieces = [content]
        # "Since November, according to Human Rights Watch, forces have killed 400": the
        # statement goes on after the source (past an apposition: ", a group in New York,").
        t = b
        if t < len(toks) - 1 and toks[t].text == "," and toks[t + 1].lower in APPOSITION_STARTERS:
            t += 1
            while t < len(toks) and toks[t].text not in {",", ";", "."} and not is_quote(toks[t]):
                t += 1
        if t < len(toks) - 1 and toks[t].text == "," and toks[t + 1].lower not in _NOT_GOING_ON:
            stop = self._clause_end(toks, t + 1)
            rest = toks[t + 1 : stop]
            # ("according to Uzi Arad, Mr. Netanyahu's former adviser": a description, no statement)
            verbless = not any(verb_like(x) for x in rest)
            description = verbless and stop >= len(toks) - 1 and rest[0].is_capitalised
            if sum(1 for x in rest if x.is_word) >= 3 and not _quoted_sentence(toks, t + 1) and not description:
                pieces.append((toks[t + 1].start, toks[stop - 1].end))
        return Attribution(pieces, cue, source, sent.paragraph.id, Rule.ACCORDING_TO_AFTER_CONTENT, 0.8)

    def _after_source(self, sent: SentenceView, b: int, cue: Span, source: Span) -> Attribution | None:
        """ "According to X, C.": the content after the source's comma at ``b``, up to a second "according to"."""
        toks = sent.tokens
        c0 = b + 1
        c1 = len(toks)
        for k in range(c0, len(toks) - 1):  # stop before a second "according to"
            if toks[k].text == "," and toks[k + 1].lower == "according":
                c1 = k
                break
        if c0 >= c1:
            return None
        end = toks[c1 - 1].end
        return Attribution(
            [(toks[c0].start, end)], cue, source, sent.paragraph.id, Rule.ACCORDING_TO_BEFORE_CONTENT, 0.85
        )

    def _after_intro(self, toks: list[Token], a: int, b: int) -> int:
        """Skip a leading "According to X," when a content sits between two attributions, and a section's
        label ("Driving the news: C, according to X": two to five words and a colon, a capital after it; not a
        transcript's one-word speaker label, "A:" or "RUIZ:", which the speaker-label frame reads)."""
        label = next((k for k in range(a + 1, min(b, a + 6)) if not toks[k].is_word), a)
        if label > a + 1 and toks[label].text == ":" and toks[a].is_capitalised and toks[label + 1].is_capitalised:
            return label + 1
        if toks[a].lower == "according":
            for k in range(a, b):
                if toks[k].text == ",":
                    return k + 1
        return a

    def _best_mention(self, toks: list[Token], a: int, b: int) -> Span:
        """In a long source phrase ("remarks Foreign Minister Lavrov made"), the name in it: the longest
        one ("the Center for AI Safety" whole), but the first of "X of (the) Y" ("calculations by Amy
        Glasmeier of the Massachusetts Institute of Technology": she speaks, from where she works). A relative
        clause only describes the source ("a person familiar with it who spoke on condition of anonymity")."""
        b = next((k for k in range(a + 1, b) if toks[k].lower in RELATIVES), b)
        document = _document_phrase_end(toks, a, b)
        if document is not None:
            return token_span(toks, a, document)  # the document speaks; its post-modifier says whose (the resolver)
        if b - a <= 3:
            return token_span(toks, a, b)
        if _head_before_post_modifier(toks, a, b) is not None or _common_head(toks, a, b):
            return token_span(toks, a, b)  # the whole phrase: its head speaks, its post-modifier says whose
        runs: list[tuple[int, int]] = []
        k = a
        while k < b:
            if not toks[k].is_capitalised:
                k += 1
                continue
            s = k
            while k < b and (
                toks[k].is_capitalised or (toks[k].lower in _JOINS and k + 1 < b and toks[k + 1].is_capitalised)
            ):
                k += 1
            runs.append((s, k))
        if not runs:
            return token_span(toks, a, min(b, a + MAX_NP))
        for (s, e), (s2, _) in pairwise(runs):
            between = [t.lower for t in toks[e:s2]]
            if e - s >= 2 and between in (["of"], ["of", "the"], ["at"], ["at", "the"], ["from"], ["from", "the"]):
                return token_span(toks, s, e)
        best = max(runs, key=lambda r: (r[1] - r[0], r[0]))  # (the last of equal length, as before)
        return token_span(toks, *best)


def _content_before(toks: list[Token], i: int) -> int | None:
    """The last token of a content before a credit starting at ``i`` ("C, according to X"), or None when the
    content follows it ("According to X, C", "... and, according to X, C")."""
    before = i - 1
    while before >= 0 and toks[before].text in {",", "—", "–", "("}:
        before -= 1
    lead = before >= 0 and toks[before].lower not in {"and", "but", "so"} and not _header(toks, before)
    # '"C," according to X.': the comma sits inside the closing quotation mark
    closing_quote = i > 1 and is_quote(toks[i - 1]) and toks[i - 2].text == ","
    mid_clause = i > 0 and toks[i - 1].is_word and toks[i - 1].lower not in _OPENERS  # "C according to X"
    if lead and i > 0 and (toks[i - 1].text in {",", "—", "–", "("} or closing_quote or mid_clause):
        return before
    return None


_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its"])


def _possessor(tok: Token) -> bool:
    """ "his", "her", "Marsh's", "the company’s": whose account it is."""
    return tok.lower in _POSSESSIVE_PRONOUNS or (tok.is_word and tok.lower.endswith(("'s", "’s")) and len(tok.text) > 2)


def _apposed_name_end(toks: list[Token], b: int) -> int | None:
    """The comma closing a name set off after a source phrase that ends in a lower-case noun ("a page set up by
    his granddaughter, Kayla Tuttle, the family is ..."), when a clause with its own subject and finite verb
    follows it (not "an FBI summary, Cheryl Mills, Clinton's aide, told": there the name is the subject)."""
    if not toks[b - 1].is_word or toks[b - 1].is_capitalised or toks[b].text != ",":
        return None
    e = b + 1
    while e < len(toks) and toks[e].is_capitalised and toks[e].is_word and e - b <= 4:
        e += 1
    if e - b < 3 or e >= len(toks) - 2 or toks[e].text != ",":
        return None
    for m in range(e + 2, min(len(toks), e + 7)):
        if not toks[m].is_word:
            return None
        if not toks[m].is_capitalised and (toks[m].lower in FINITE or looks_past(toks[m].lower)):
            return e
    return None


# Words after which "according to X" opens the sentence's report ("But according to X, C", "Now according to")
_OPENERS = frozenset(["and", "but", "so", "yet", "now", "also", "even", "then", "still", "however", "that"])


# After "C, according to X,": another report or a clause of the writer's own, not the statement going on
_NOT_GOING_ON = frozenset(["according", "but", "and", "or", "yet", "while", "although", "though", "whereas"])


def _common_head(toks: list[Token], a: int, b: int) -> bool:
    """ "a Senate Democratic aide", "a senior White House official": a determiner's phrase of words whose
    head, last, is a common noun; the names in it only modify it."""
    words = toks[a:b]
    return (
        b - a <= MAX_NP
        and words[0].lower in _DETERMINERS
        and not words[-1].is_capitalised
        and all(t.is_word and t.lower not in _INNER_PREPOSITIONS for t in words)
    )


_INNER_PREPOSITIONS = frozenset(["of", "at", "from", "for", "with", "by", "in", "on", "to", "and"])


def _quoted_sentence(toks: list[Token], k: int) -> bool:
    """A quotation of its own opens at ``k``; not a quoted fragment that goes on with the content ('a project
    that, according to Raman, “took eleven people”': a lower-case word after the mark)."""
    return is_quote(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_capitalised)


def _header(toks: list[Token], before: int) -> bool:
    """ "THE PRICE TAG — According to X, C": the words before the dash are a section's header in capitals,
    not a content the source is credited with."""
    words = [t for t in toks[: before + 1] if t.is_word]
    return bool(words) and all(t.text.isupper() for t in words) and any(len(t.text) > 1 for t in words)


def _head_before_post_modifier(toks: list[Token], a: int, b: int) -> int | None:
    """ "the criminal complaint filed in Dayton Municipal Court", "a memo released Friday by the agency's
    watchdog": a determiner's phrase of lower-case words, then a participle and a name after it; the
    phrase's end before the participle (the document speaks, not the court or the place it came through;
    "a study by X", "a statement from X" speak through X); None when the phrase is otherwise."""
    if toks[a].lower not in _DETERMINERS:
        return None
    k = a + 1
    while k < b and toks[k].is_word and not toks[k].is_capitalised and not _participle(toks[k]):
        k += 1
    if k == a + 1 or k >= b - 1 or not _participle(toks[k]):
        return None
    return k if any(t.is_capitalised for t in toks[k + 1 : b]) else None


def _document_phrase_end(toks: list[Token], a: int, b: int) -> int | None:
    """Where a determiner's document phrase with a post-modifier ends ("a congressional report on Wednesday", "a
    recent poll of Indiana voters", "a new poll that shows C": before its "that"), or None when the phrase is no
    document's or has no post-modifier: the name, the place or the day in it is never the source."""
    if toks[a].lower not in _DETERMINERS:
        return None
    head = next((k for k in range(a + 1, min(b, a + MAX_NP)) if toks[k].lower in DOCUMENT_HEADS), None)
    if head is None or head + 1 >= b or toks[head].is_capitalised or not all(t.is_word for t in toks[a + 1 : head]):
        return None
    nxt = toks[head + 1]
    if nxt.lower not in _POST_MODIFIER_OPENERS and not _participle(nxt) and nxt.lower not in _TIME_WORDS:
        return None
    return next((k for k in range(head + 1, b) if toks[k].lower == "that"), b)


# (not "by", "from": "a study by X", "a statement from X" speak through X, as _best_mention reads them)
_POST_MODIFIER_OPENERS = frozenset("of for in on at among that conducted taken".split())
_TIME_WORDS = frozenset("this last earlier late early monday tuesday wednesday thursday friday saturday sunday".split())


def _participle(t: Token) -> bool:
    low = t.lower
    return (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PARTICIPLES


_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those"])
_IRREGULAR_PARTICIPLES = frozenset(["written", "made", "sent", "seen", "brought", "taken", "given", "drawn", "put"])
_JOINS = frozenset(["of", "for", "on", "and", "&"])  # inside a name: "Commission on Presidential Debates"
