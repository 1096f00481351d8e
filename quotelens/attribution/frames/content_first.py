"""Frame ``content-first``: 'C, X said.' / '"C," said X.' / '"C," X said, "C2."'"""

from __future__ import annotations

import bisect

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.content_first_sources import ContentFirstSources
from quotelens.attribution.nounphrases import is_description, np_before, skip_between_subject_and_verb
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Family, Rule
from quotelens.attribution.subjects import described_subject, opens_adverbial, subject_before
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbs import is_adverb, looks_finite, looks_past, starts_clause, verb_like
from quotelens.attribution.words import (
    APPOSITION_STARTERS,
    AUXILIARY_HEADS,
    BOUNDARY_WORDS,
    CIRCUMSTANCE_OPENERS,
    CONTENT_PREPOSITIONS,
    DAY_AND_MONTH_NAMES,
    DEGREE_ADVERBS,
    FINITE,
    FINITE_OR_BOUNDARY,
    INTRO_ADVERBS,
    LEAD_PREPOSITIONS,
    LISTENER_DETERMINERS,
    LISTENER_WORDS,
    PERIODS_AND_DAYS,
    PROGRESSIVE_AUX,
    RELATIVES,
    SUBORDINATE_HEADS,
    SUBORDINATORS,
    TIME_WORDS,
)
from quotelens.lexicon import ADDRESSEE_VERBS, CUE_FORMS, SUBJECT_PRONOUNS
from quotelens.segment import OPENING_MARKS, Token


class ContentFirst(ContentFirstSources):
    def content_first(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "C, X said." / "C," said X."""
        toks = sent.tokens
        tail_options: list[boundary.Option] = []
        tail_share: float | None = None
        k = 0
        cue = token_span(toks, i, i + 1)
        # Inverted: ", said X"
        after, predicate_follows = self._inverted_source(toks, i)
        if i > 0 and (toks[i - 1].text in {",", "—"} or is_quote(toks[i - 1])) and after is not None:
            np = after
            lead_end = i - 1
            rest = np[1]
            if rest < len(toks) and (toks[rest].lower in {"who", "whose", "which"} or toks[rest].text == "("):
                rest = len(toks)  # "said an official who ...": a clause about the speaker
            rule = Rule.CONTENT_FIRST_CUE_SOURCE
        else:
            if toks[i].lower.endswith("ing"):
                aux = skip_between_subject_and_verb(toks, i - 1)
                if not (aux >= 0 and toks[aux].lower in PROGRESSIVE_AUX) and not (
                    i > 0 and toks[i - 1].lower in PROGRESSIVE_AUX
                ):
                    return None  # '"C," Devine said, instead seeking ...': a participle, not a finite cue
            after_quote = self._after_closing_quote(toks, i)
            subject = None
            if after_quote is not None:
                # '"C," Ana Ruiz, 49, a nurse from Dayton, Ohio, who voted for him, said'
                subject = described_subject(toks, i, self.inside_quote, after_quote)
            subject = subject or subject_before(toks, i) or self._name_after_quote(toks, i)
            if subject is None:
                return None
            head = toks[subject[0]]
            if (head.lower in AUXILIARY_HEADS and not head.is_capitalised) or head.lower in SUBORDINATE_HEADS:
                return None  # '"cartel" is growing nervous', '"C" until Haley said': not this cue's subject
            if head.lower in RELATIVES and self._relative_clause_closes(toks, i):
                return None  # '"C," Warren, who has not endorsed anyone, told reporters': the main cue's
            np = subject
            a = np[0]
            if a == 0:
                return self._quotation_before_the_sentence(sent, i, np)
            if toks[a - 1].text == "," and a >= 2:
                # "C," the rival coach, Sam Ortiz, said: the description belongs to the source, not to C.
                desc = np_before(toks, a - 1)
                # ('“C” filing papers, John said': a quotation closed without its comma is no lead)
                quote_led = (
                    desc is not None
                    and desc[0] > 1
                    and is_quote(toks[desc[0] - 1])
                    and toks[desc[0] - 2].text in {",", "?", "!", "—"}
                )
                if desc is not None and desc[0] > 0 and (quote_led or toks[desc[0] - 1].text == ","):
                    a = desc[0]
                elif np[1] - np[0] <= 5 and toks[np[0]].is_capitalised and is_description(toks, 0, a - 1):
                    # "The author of the book, Mitchell Zuckoff, said ...": a description, then the name
                    # in apposition: the whole is the subject of "said", not a content before it
                    return None
            if toks[a - 1].lower == "and" and a >= 3:
                # "C, teachers and union officials told POLITICO.": coordinated subjects
                first_np = np_before(toks, a - 1)
                if (
                    first_np is not None
                    and first_np[0] > 0
                    and toks[first_np[0] - 1].text == ","
                    and any(verb_like(t) for t in toks[: first_np[0]])  # (not a list of names)
                ):
                    a = first_np[0]
                    np = (a, np[1])
            if (
                is_quote(toks[a - 1])
                and a >= 2
                and toks[a - 2].is_word
                and self._closes_quotation(toks, a - 1)
                and self._quoted_words(toks[a - 1].start) <= 4
            ):
                return None  # 'The “Fight for $15” movement plans to ...': a quoted name, not words
            if toks[a - 1].text not in {",", "—", "–"} and not is_quote(toks[a - 1]):
                # '"C," former State policy planning director Ana Ruiz wrote': the words between the
                # quotation and the noun phrase found are all the subject's
                b = a - 1
                while b > 0 and a - b < 8 and toks[b].is_word and toks[b].lower not in FINITE_OR_BOUNDARY:
                    b -= 1
                if not (is_quote(toks[b]) and self._closes_quotation(toks, b) and toks[b - 1].text in {",", "?", "!"}):
                    return None  # ('said “it gets me mad” every time he thinks': the sentence goes on)
                a = b + 1
                np = (a, np[1])
            lead_end = a - 1
            rest = i + 1
            rule = Rule.CONTENT_FIRST_SOURCE_CUE
        while rest < len(toks) and is_adverb(toks[rest]):
            rest += 1  # "he wondered aloud", "she said quietly"
        # What follows the attribution must end it: end of sentence, a comma, or "of ..."
        if CUE_FORMS.get(toks[i].lower) in ADDRESSEE_VERBS and rest < len(toks):
            rest = past_listener(toks, rest)
        resumes: int | None = None
        if rest < len(toks) and (toks[rest].lower in SUBORDINATORS or toks[rest].lower.endswith("ing")):
            resumes = self._resumed_quotation(toks, rest, lead_end)
            rest = len(toks)  # "Cruz said as the heckler yelled", "he said, introducing Clinton": circumstances
        if rest < len(toks) and toks[rest].text == ":":
            return None  # "On Friday, he remarked: ..." introduces what follows
        ends = rest >= len(toks) or toks[rest].text in {",", ".", "!", "?", ";", "—"} or is_quote(toks[rest])
        if not ends and toks[rest].lower in {"and", "but"} and rule.endswith("(source, cue)") and lead_end > 0:
            ends = is_quote(toks[lead_end]) or is_quote(toks[lead_end - 1])  # '"Go," Trump barked and left'
            if ends:
                rest = len(toks)
        if not ends and rule.endswith("(cue, source)") and any(t.lower in FINITE for t in toks[np[0] : np[1]]):
            return None  # ', said the increased office space was needed': no inverted subject
        if not ends:
            # "..., Trump said in a statement." / "said of Mrs. Clinton's plan."
            k = rest
            # ("told reporters this was the only chance": "this" opens the content, not "this week")
            this_clause = toks[k].lower == "this" and (k + 1 >= len(toks) or toks[k + 1].lower not in PERIODS_AND_DAYS)
            if (
                toks[k].lower in CONTENT_PREPOSITIONS | TIME_WORDS | {"of", "about", "afterwards", "over"}
                and not this_clause
            ):
                while (
                    k < len(toks)
                    and toks[k].text not in {",", "."}
                    and (not is_quote(toks[k]) or k == rest + 1 or self.inside_quote(toks[k].start))
                ):  # 'said on ''The Late Show'' last month': the quotation names the show
                    if (
                        toks[k].lower == "that"
                        and k + 1 < len(toks)
                        and (starts_clause(toks[k + 1]) or is_quote(toks[k + 1]))
                    ):
                        break  # "many said Monday that C": the content follows the cue
                    k += 1
                ends = k >= len(toks) or toks[k].lower != "that"
                rest = k
        if not ends and toks[rest].lower not in {"that", ":"} and self._closes_quotation(toks, lead_end):
            # '"C," he said outside the building.' / '"C," Bloomberg told New York magazine in 2013':
            # after a closed quotation, whatever follows the cue is circumstance, not content.
            k = rest
            while k < len(toks) and toks[k].text not in {",", ".", "!", "?", ";"} and not is_quote(toks[k]):
                k += 1
            ends = True
            rest = k
        if not ends:
            return None
        # The content: sentence start (or its quote's opening) up to the comma.
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
        lead = [t for t in self.tokens_in(start, end) if t.is_word]
        unquoted_lead = self.region_at(start) is None
        lead_adverbial = unquoted_lead and not predicate_follows and lead_is_adverbial(lead)
        lead_intro = unquoted_lead and lead_is_introduction(lead)
        fragments: list[Span] = [(start, end)]
        if resumes is not None:
            # '"C1," Trump said during a rally in Kenansville, N.C., "but C2."'
            fragments.append((toks[resumes].start, self._quoted_until(toks[resumes].start) or toks[-1].end))
        # "C1," X said, "C2." / C1, X said, because C2.
        if rest < len(toks) and toks[rest].text == ",":
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
                tail_options = self._end_options(toks, k, stop, i, Family.CONTENT_FIRST)
                stop, tail_share = self._pick_end(tail_options, stop)
                tail_end = boundary.end_char(toks, stop)
                q = self._quoted_until(toks[k].start)
                if q is not None and q > tail_end:
                    tail_end = q
                elif q is not None and self._followed_by_circumstance(q):
                    tail_end = q  # ', the crowd chanted, "Lock her up!" as they had before'
                h = k
                while h < len(toks) - 1 and (is_adverb(toks[h]) or toks[h].lower in INTRO_ADVERBS | {"not", "even"}):
                    h += 1  # ", instead seeking ...", ", then adding ..."
                quoted_lead = self.region_at(start) is not None
                circumstance = (
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
                        and toks[h].lower not in FINITE | {"that", "to"}
                        and not looks_finite(toks[h].lower)
                    )
                    # '"C," she told a cheering crowd, then referred to Trump': her next act
                    or (h > k and not toks[h].is_capitalised and looks_past(toks[h].lower))
                )
                if not circumstance or is_quote(toks[k]):
                    fragments.append((toks[k].start, tail_end))  # not "..., he said, as he left"
            elif k < len(toks) and (is_quote(toks[lead_end]) or self.region_at(toks[lead_end].start)):
                # '"C1," said X, director of Y, "but C2."': the quotation resumes after a description
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
                        fragments.append((toks[m].start, q))
        elif rest < len(toks) and is_quote(toks[rest]) and toks[rest].text in OPENING_MARKS + '"':
            q = self._quoted_until(toks[rest].start)
            if q is not None:
                fragments.append((toks[rest].start, q))
                if unquoted_lead and rest == i + 1:
                    # 'After the speech, a man yelled “Stay there!”': the quotation is what was
                    # yelled; the writer's clause before the comma is not
                    lead_intro = True
        quoted_tail = [f for f in fragments[1:] if self.region_at(f[0]) is not None]
        if lead_adverbial or (lead_intro and quoted_tail):
            # "On Friday, he said", "As boos erupt, the executive says, 'Quiet.'": an adverbial, not
            # something said; only a quotation after the cue is. ("After X, Hebert said, Y" with
            # no quotation marks is one statement around its attribution.)
            fragments = quoted_tail
            if not fragments:
                return None
            between = [t for t in self.tokens_in(toks[i].end, fragments[0][0]) if t.is_word]
            if any(t.lower in SUBJECT_PRONOUNS or verb_like(t) for t in between):
                return None  # '..., Sanders said he had not "heard her say it."': a clause, not a quotation
            k_after = bisect.bisect_left(self._token_starts, fragments[0][1])
            if k_after < len(self._tokens) and self._tokens[k_after].start < sent.end:
                nxt = self._tokens[k_after]
                if nxt.is_word and not nxt.is_capitalised and nxt.lower not in CIRCUMSTANCE_OPENERS | SUBORDINATORS:
                    return None  # 'On MSNBC, Bush said "local forces" must lead the way': the quotation opens a clause
        source = token_span(toks, *np)
        att = Attribution(fragments, cue, source, sent.paragraph.id, rule, 0.9)
        if len(fragments) > 1 and tail_options and fragments[-1][0] == toks[k].start:
            self._record_end(att, toks, tail_options, tail_share)
        return att


def past_listener(toks: list[Token], rest: int) -> int:
    """Past the listener after an addressee verb ("he told Chris Cuomo of CNN", "told reporters",
    "told the mayors who gathered in Indianapolis,"): a name (with "of ..."), a pronoun or a noun
    phrase, where the report after the cue may go on."""
    # "he told Chris Cuomo of CNN": a name (with "of ..."), a pronoun or "reporters"
    her_audience = (
        toks[rest].lower == "her"
        and rest + 1 < len(toks)
        and toks[rest + 1].is_word
        and toks[rest + 1].lower not in BOUNDARY_WORDS | SUBJECT_PRONOUNS
    )
    if toks[rest].lower in LISTENER_WORDS and not her_audience:
        rest += 1
    elif toks[rest].lower in LISTENER_DETERMINERS and rest + 1 < len(toks) and toks[rest + 1].is_word:
        # "this source told the Post", "told a local newspaper", "told her audience"
        k = rest + 1
        while (
            k < len(toks)
            and k - rest <= 5
            and toks[k].is_word
            and toks[k].lower not in (BOUNDARY_WORDS - {"of"}) | RELATIVES
            and not (toks[k].lower == "of" and k + 1 < len(toks) and not toks[k + 1].is_capitalised)
        ):
            k += 1
        if k < len(toks) and toks[k].lower in RELATIVES:
            # "told the mayors who gathered in Indianapolis, ...": a clause about the listeners
            while k < len(toks) and toks[k].text != "," and not is_quote(toks[k]):
                k += 1
        rest = k
    else:
        while rest < len(toks) and (
            toks[rest].is_capitalised
            or (toks[rest].lower == "of" and rest + 1 < len(toks) and toks[rest + 1].is_capitalised)
        ):
            rest += 1
    return rest


def lead_is_adverbial(lead: list[Token]) -> bool:
    """Whether the words before a content-first frame's source are an adverbial, not something said:
    "On Friday, he said", "In a September letter to the board, Ruiz asked ..."."""
    return (
        not lead
        or len(lead) < 3
        or (
            len(lead) <= 5
            and lead[0].lower in CONTENT_PREPOSITIONS | TIME_WORDS
            and not (lead[0].lower == "this" and verb_like(lead[1]))  # "This is not about me, he said"
        )
        # "In a September letter to the board, Ruiz asked ...": a longer phrase, but with no verb
        or (
            len(lead) <= 9
            and lead[0].lower in LEAD_PREPOSITIONS | DAY_AND_MONTH_NAMES
            and not any(verb_like(t) for t in lead)
        )  # ('Wednesday on Fox News Channel’s “Hannity,” Gingrich said ...': when and where)
    )


def lead_is_introduction(lead: list[Token]) -> bool:
    """Whether the words before the source introduce the report ("As boos erupt, the executive
    says", 'Asked about the pier, Hale said, "C."'): only a quotation after the cue is then said."""
    return bool(lead) and (
        lead[0].lower in CONTENT_PREPOSITIONS | SUBORDINATORS | {"but", "and"}
        # "Soon after X was booed, Canova wrote, “C,”": an adverb and a subordinator
        or (len(lead) > 1 and lead[0].lower in DEGREE_ADVERBS and lead[1].lower in SUBORDINATORS)
        # 'Asked about the pier, Hale said, "C."': a participle phrase without a finite verb
        or (opens_adverbial(lead[0]) and not any(t.lower in FINITE for t in lead))
        # 'Asked whether he would fire him, Priebus said, "Probably."': someone else's question
        or lead[0].text == "Asked"
    )
