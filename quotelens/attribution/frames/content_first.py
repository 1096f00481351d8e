"""Frame ``content-first``: 'C, X said.' / '"C," said X.' / '"C," X said, "C2."'"""

from __future__ import annotations

import bisect

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.content_first_steps import ContentFirstSteps, Frame
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Family
from quotelens.attribution.subjects import opens_adverbial
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbs import is_adverb, looks_finite, looks_past, predicate_after_comma, verb_like
from quotelens.attribution.words import (
    APPOSITION_STARTERS,
    CIRCUMSTANCE_OPENERS,
    CONTENT_PREPOSITIONS,
    DAY_AND_MONTH_NAMES,
    DEGREE_ADVERBS,
    FINITE,
    INTRO_ADVERBS,
    LEAD_PREPOSITIONS,
    PERIODS_AND_DAYS,
    REACTION_NOUNS,
    SUBORDINATORS,
    TIME_WORDS,
)
from quotelens.lexicon import CUE_FORMS, SUBJECT_PRONOUNS
from quotelens.segment import OPENING_MARKS, Token

# The content said after the cue (if any), the boundary chooser's options for its end, its share,
# and the token where it starts.
Tail = tuple[Span | None, list[boundary.Option], float | None, int]


# (word sets united once here, not on every call)
_INTRO_ADVERBS_OR_NOT_EVEN = frozenset(INTRO_ADVERBS | {"not", "even"})
_FINITE_OR_THAT_TO = frozenset(FINITE | {"that", "to"})
_CIRCUMSTANCE_OPENERS_OR_SUBORDINATORS = frozenset(CIRCUMSTANCE_OPENERS | SUBORDINATORS)


class ContentFirst(ContentFirstSteps):
    def content_first(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "C, X said." / "C," said X.": the source after the cue (inverted) or before it; the report
        ending after the attribution; the content before it, and the content that goes on after it
        ('"C1," X said, "C2."'). A lead that is only an adverbial ("On Friday, he said") keeps just the
        quotation after the cue ('As boos erupt, the executive says, "Quiet."')."""
        toks = sent.tokens
        after, predicate_follows = self._inverted_source(toks, i)
        if i > 0 and (toks[i - 1].text in {",", "—"} or _closed_quotation(toks, i)) and after is not None:
            frame = self._inverted_frame(toks, i, after)
        else:
            frame = self._source_before_cue(sent, i)  # type: ignore[assignment]
            if not isinstance(frame, tuple):
                return frame
            # 'Russia, he said, “is ...”': a subject, its predicate after the source (unquoted: passes/joins.py)
            predicate_follows = sent.has_quote and predicate_follows_source(toks, frame[1], i + 1)
        reach = self._end_of_report(toks, i, frame)
        if reach is None:
            return None
        rest, resumes = reach
        content = self._content_lead(sent, i, frame)
        if not isinstance(content, tuple):
            return content
        start, end = content
        lead = [t for t in self.tokens_in(start, end) if t.is_word]
        unquoted_lead = self.region_at(start) is None
        lead_adverbial = unquoted_lead and not predicate_follows and lead_is_adverbial(lead)
        lead_intro = unquoted_lead and lead_is_introduction(lead)
        fragments: list[Span] = [(start, end)]
        if resumes is not None:
            # '"C1," Trump said during a rally in Kenansville, N.C., "but C2."'
            fragments.append((toks[resumes].start, self._quoted_until(toks[resumes].start) or toks[-1].end))
        # "C1," X said, "C2." / C1, X said, because C2.
        tail: Tail = (None, [], None, 0)
        if rest < len(toks) and toks[rest].text == ",":
            tail = self._tail_after_comma(toks, i, frame, rest, start)
        elif rest < len(toks) and is_quote(toks[rest]) and toks[rest].text in OPENING_MARKS + '"':
            q = self._quoted_until(toks[rest].start)
            if q is not None:
                tail = ((toks[rest].start, q), [], None, 0)
                # 'After the speech, a man yelled “Stay there!”': the quotation is what was yelled;
                # the writer's clause before the comma is not
                lead_intro = lead_intro or (unquoted_lead and rest == i + 1)
        said_after, tail_options, tail_share, k = tail
        fragments += [said_after] if said_after is not None else []
        quoted_tail = [f for f in fragments[1:] if self.region_at(f[0]) is not None]
        if lead_intro and not quoted_tail and lead[0].text == "Asked":
            return None  # "Asked whether he would run, Lee shrugged.": the question is not the source's words
        if lead_adverbial or (lead_intro and quoted_tail):
            # "On Friday, he said", "As boos erupt, the executive says, 'Quiet.'": an adverbial, not
            # something said; only a quotation after the cue is. ("After X, Hebert said, Y" with
            # no quotation marks is one statement around its attribution.)
            if not quoted_tail or not self._said_after_the_cue(sent, i, quoted_tail):
                return None
            fragments = quoted_tail
        att = Attribution(
            fragments, token_span(toks, i, i + 1), token_span(toks, *frame[0]), sent.paragraph.id, frame[3], 0.9
        )
        if len(fragments) > 1 and tail_options and fragments[-1][0] == toks[k].start:
            self._record_end(att, toks, tail_options, tail_share)
        return att

    def _content_lead(self, sent: SentenceView, i: int, frame: Frame) -> Span | Attribution | None:
        """The content before the attribution: from the sentence's start (past an introduction, a
        linking "But", or up to a quotation after a colon: 'he had silenced his wife: "She signed
        ...," he told the Times') to the comma before the source. With nothing before the source,
        the quotation in the sentence before ('"Quote." he said.') is answered at once."""
        toks = sent.tokens
        np, lead_end, _, rule = frame
        c_end_tok = lead_end - 1
        while c_end_tok >= 0 and (toks[c_end_tok].text in {",", "—", "–"} or is_quote(toks[c_end_tok])):
            c_end_tok -= 1
        if c_end_tok < 0:
            return self._content_in_previous_sentence(sent, i, np, rule, toks)
        first = self._after_intro(toks, 0, c_end_tok)
        if first > c_end_tok or toks[first].lower == "according":
            return None  # nothing between an opening "According to X," and this frame
        for m in range(c_end_tok - 1, first, -1):
            if toks[m].text in {":", "-", "—", "–"} and is_quote(toks[m + 1]) and not self.inside_quote(toks[m].start):
                first = m + 1  # 'he had silenced his wife: "She signed ...," he told the Times' (or "wife - ")
                break
        if first < c_end_tok and toks[first].lower in {"but", "and", "so"} and not self.inside_quote(toks[first].start):
            first += 1  # "But California has seen ..., he said": the conjunction links to the sentence before
            while first < c_end_tok and toks[first].text == ",":
                first += 1
        start = self._content_start(sent, first)
        end = toks[lead_end].end if is_quote(toks[lead_end]) else toks[c_end_tok].end
        lead = toks[first : c_end_tok + 1]
        if not sent.has_quote and _that_clause_follows(toks, i) and not any(map(verb_like, lead)):
            return None  # 'Castillo and his co-counsel, Andrea Whitlock, said that C': a subject, not words
        return start, end

    def _tail_after_comma(self, toks: list[Token], i: int, frame: Frame, rest: int, start: int) -> Tail:
        """The content that goes on after the attribution and its comma ('"C1," X said, "C2."', 'C1,
        X said, because C2'), past a place ('he said in Dayton, Ohio, "but C2."'), unless what follows
        is an apposition, another cue or a circumstance ('..., he said, as he left'); or the quotation
        resumed after a description ('"C1," said X, director of Y, "but C2."')."""
        _, lead_end, _, rule = frame
        k = rest + 1
        place = self._resumed_quotation(toks, k, lead_end, place_only=True)
        if place is not None:
            k = place  # '"C1," he said in Dayton, Ohio, "but C2."': the place is no content
        inverted = rule.endswith("(cue, source)")
        # ('told reporters in Fort Mill, S.C. "B."': the state's abbreviation ended the sentence)
        abbreviation_ends = (
            k + 1 < len(toks) and toks[k].is_capitalised and toks[k].text.endswith(".") and is_quote(toks[k + 1])
        )
        if (
            k < len(toks)
            and not abbreviation_ends
            and toks[k].lower not in APPOSITION_STARTERS
            and toks[k].lower not in CUE_FORMS
            # (inverted, only a quotation or the predicate of the lead's subject goes on:
            # '"C1," said X, "C2."', 'The contrast, said Doyle, would be clear')
            and (not inverted or is_quote(toks[k]) or toks[k].lower in FINITE)
        ):
            stop = self._clause_end(toks, k)
            options = self._end_options(toks, k, stop, i, Family.CONTENT_FIRST)
            stop, share = self._pick_end(options, stop)
            tail_end = boundary.end_char(toks, stop)
            q = self._quoted_until(toks[k].start)
            if q is not None and q > tail_end:
                tail_end = q
            elif q is not None and self._followed_by_circumstance(q):
                tail_end = q  # ', the crowd chanted, "Lock her up!" as they had before'
            said = not self._circumstance_follows(toks, k, lead_end, start) or is_quote(toks[k])
            return ((toks[k].start, tail_end) if said else None), options, share, k  # not "..., he said, as he left"
        if k < len(toks) and (is_quote(toks[lead_end]) or self.region_at(toks[lead_end].start)):
            return self._quotation_after_description(toks, k), [], None, k
        return None, [], None, k

    def _circumstance_follows(self, toks: list[Token], k: int, lead_end: int, start: int) -> bool:
        """Whether the words after the attribution's comma at ``k`` are the writer's, not the
        speaker's: a subordinate clause or participle ('..., he said, as he left', ', instead
        seeking ...'), the writer going on after a quotation ('"Follow us," Ms. Gil said, and the
        boys trailed behind'), or the speaker's next act ('she told a crowd, then referred to')."""
        h = k
        while h < len(toks) - 1 and (is_adverb(toks[h]) or toks[h].lower in _INTRO_ADVERBS_OR_NOT_EVEN):
            h += 1  # ", instead seeking ...", ", then adding ..."
        quoted_lead = self.region_at(start) is not None
        return (
            toks[h].lower in SUBORDINATORS
            or (toks[h].lower.endswith("ing") and not toks[h].is_capitalised)
            # '"Follow us," Ms. Gil said, and the boys trailed behind': after a quotation the
            # writer goes on ("Putin denied it, Tillerson said, but Trump pressed" reports on)
            or (quoted_lead and toks[h].lower in {"and", "but", "or", "so"})
            # '"C," he said, just prior to the announcement': a closed quotation's report
            # goes on only with more quotation
            or (
                quoted_lead
                and self._closes_quotation(toks, lead_end)
                and not is_quote(toks[k])
                and toks[h].lower not in _FINITE_OR_THAT_TO
                and not looks_finite(toks[h].lower)
            )
            # '"C," she told a cheering crowd, then referred to Trump': her next act
            or (h > k and not toks[h].is_capitalised and looks_past(toks[h].lower))
            # '"C," she said, to loud cheers': how the words were received
            or (toks[h].lower == "to" and any(t.lower in REACTION_NOUNS for t in toks[h + 1 : h + 4]))
        )

    def _quotation_after_description(self, toks: list[Token], k: int) -> Span | None:
        """The quotation that resumes after a description of the source, within 25 tokens and after
        a comma ('"C1," said X, director of Y, "but C2."'), unless a cue comes first (a capitalised
        cue word is a name: "UCLA Anderson Forecast")."""
        m = k
        while (
            m < len(toks)
            and m - k < 25
            and not is_quote(toks[m])
            and (toks[m].lower not in CUE_FORMS or toks[m].is_capitalised)  # ("UCLA Anderson Forecast")
        ):
            m += 1
        if m < len(toks) and is_quote(toks[m]) and toks[m - 1].text == "," and m > k:
            q = self._quoted_until(toks[m].start)
            if q is not None:
                return toks[m].start, q
        return None

    def _said_after_the_cue(self, sent: SentenceView, i: int, quoted: list[Span]) -> bool:
        """Whether the quotations after the cue at ``i`` are what was said, after an adverbial lead:
        not when a clause comes between ('..., Sanders said he had not "heard her say it."') or the
        quotation opens a clause that goes on ('On MSNBC, Bush said "local forces" must lead')."""
        toks = sent.tokens
        between = [t for t in self.tokens_in(toks[i].end, quoted[0][0]) if t.is_word]
        if any(t.lower in SUBJECT_PRONOUNS or verb_like(t) for t in between):
            return False  # '..., Sanders said he had not "heard her say it."': a clause, not a quotation
        k_after = bisect.bisect_left(self._token_starts, quoted[0][1])
        if k_after < len(self._tokens) and self._tokens[k_after].start < sent.end:
            nxt = self._tokens[k_after]
            if nxt.is_word and not nxt.is_capitalised and nxt.lower not in _CIRCUMSTANCE_OPENERS_OR_SUBORDINATORS:
                return False  # 'On MSNBC, Bush said "local forces" must lead the way': the quotation opens a clause
        return True


# (word sets united once here, not on every call)
_CONTENT_PREPOSITIONS_OR_TIME_WORDS = frozenset(CONTENT_PREPOSITIONS | TIME_WORDS)
_LEAD_PREPOSITIONS_OR_DAY_AND_MONTH_NAMES = frozenset(LEAD_PREPOSITIONS | DAY_AND_MONTH_NAMES | {"since", "until"})


_SUBJECT_DETERMINERS = frozenset("the a an this that these those such his her their its our".split())
_FINITE_OR_TIME = frozenset(FINITE | TIME_WORDS | DAY_AND_MONTH_NAMES | PERIODS_AND_DAYS | {"time", "moment"})


def _closed_quotation(toks: list[Token], i: int) -> bool:
    """A quotation closes right before the cue at ``i`` as an inverted report's does: with its own
    punctuation ('"C," said X', '"C?" asked X'), opening the sentence ('"Not for sale" says X'), or before
    a verb that inverts ('"we will win" said X'); not a quoted phrase the clause goes on from, with a
    verb that never inverts ('that "the absence of X" threatened the process')."""
    if not is_quote(toks[i - 1]):
        return False
    punctuated = i >= 2 and toks[i - 2].text in _QUOTATION_ENDS
    return punctuated or is_quote(toks[0]) or CUE_FORMS.get(toks[i].lower) in _INVERTING


_QUOTATION_ENDS = frozenset([",", "?", "!", ".", "…", "—", "–", "-", ";", ":"])
# (the verbs a report puts before its source: "said X", "asked X", "added X", "wrote X")
_INVERTING = frozenset(["say", "ask", "add", "write", "reply", "continue", "explain"])


def predicate_follows_source(toks: list[Token], comma: int, k: int) -> bool:
    """'The criticism, he said, “misunderstands the rules”': a short noun phrase opening the sentence
    (a determiner and words, no verb) before the source, and a lower-case verb form in -s or -ed opening
    the quotation after it: the phrase is the quotation's subject (and "is", "had": predicate_after_comma)."""
    if predicate_after_comma(toks, k):
        return True
    if k + 2 >= len(toks) or toks[k].text != "," or not is_quote(toks[k + 1]):
        return False
    verb = toks[k + 2]
    if verb.is_capitalised or not verb.is_word or not looks_finite(verb.lower) or verb.lower.endswith("ss"):
        return False
    lead = toks[:comma]
    return (
        2 <= len(lead) <= 6
        and lead[0].lower in _SUBJECT_DETERMINERS
        and all(t.is_word and t.lower not in _FINITE_OR_TIME and not looks_past(t.lower) for t in lead[1:])
    )


def lead_is_adverbial(lead: list[Token]) -> bool:
    """Whether the words before a content-first frame's source are an adverbial, not something said:
    "On Friday, he said", "In a September letter to the board, Ruiz asked ..."."""
    return (
        not lead
        or len(lead) < 3
        or (len(lead) <= 5 and lead[-1].lower == "ago")  # "Just months ago, Carter told ...": when
        or (
            len(lead) <= 5
            and lead[0].lower in _CONTENT_PREPOSITIONS_OR_TIME_WORDS
            and not (lead[0].lower == "this" and verb_like(lead[1]))  # "This is not about me, he said"
        )
        # "In a September letter to the board, Ruiz asked ...": a longer phrase, but with no verb
        or (
            len(lead) <= 9
            and lead[0].lower in _LEAD_PREPOSITIONS_OR_DAY_AND_MONTH_NAMES
            and not any(verb_like(t) for t in lead)
        )  # ('Wednesday on Fox News Channel’s “Hannity,” Gingrich said ...': when and where)
    )


# (word sets united once here, not on every call)
_CONTENT_PREPOSITIONS_OR_SUBORDINATORS_OR_BUT_AND = frozenset(CONTENT_PREPOSITIONS | SUBORDINATORS | {"but", "and"})


def lead_is_introduction(lead: list[Token]) -> bool:
    """Whether the words before the source introduce the report ("As boos erupt, the executive
    says", 'Asked about the pier, Hale said, "C."'): only a quotation after the cue is then said."""
    return bool(lead) and (
        lead[0].lower in _CONTENT_PREPOSITIONS_OR_SUBORDINATORS_OR_BUT_AND
        # "Soon after X was booed, Canova wrote, “C,”": an adverb and a subordinator
        or (len(lead) > 1 and lead[0].lower in DEGREE_ADVERBS and lead[1].lower in SUBORDINATORS)
        # 'Asked about the pier, Hale said, "C."': a participle phrase without a finite verb
        or (opens_adverbial(lead[0]) and not any(t.lower in FINITE for t in lead))
        # 'Asked whether he would fire him, Priebus said, "Probably."': someone else's question
        or lead[0].text == "Asked"
    )


def _that_clause_follows(toks: list[Token], i: int) -> bool:
    """A "that" opens the words a few tokens after the cue at ``i`` ("said after the meeting that C")."""
    return any(t.lower == "that" for t in toks[i + 1 : i + 7])
