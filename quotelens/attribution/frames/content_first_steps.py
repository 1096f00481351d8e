"""The steps of the ``content-first`` frame before its content: which source goes with the cue (after
it, ", said X", or before it, '"C," X said'), and where the report after the cue ends."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.content_first_sources import ContentFirstSources
from quotelens.attribution.nounphrases import is_description, np_before, skip_between_subject_and_verb
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import described_subject, subject_before
from quotelens.attribution.tokens import is_number, is_quote
from quotelens.attribution.verbs import is_adverb, starts_clause, verb_after_to, verb_like
from quotelens.attribution.words import (
    AUXILIARY_HEADS,
    BOUNDARY_WORDS,
    CONTENT_PREPOSITIONS,
    FINITE,
    FINITE_OR_BOUNDARY,
    LISTENER_DETERMINERS,
    LISTENER_WORDS,
    PERIODS_AND_DAYS,
    PROGRESSIVE_AUX,
    PROPOSITION_NOUNS,
    RELATIVES,
    SUBORDINATE_HEADS,
    SUBORDINATORS,
    TIME_WORDS,
)
from quotelens.endings import ENDS_ED, ENDS_ING
from quotelens.lexicon import ADDRESSEE_VERBS, CUE_FORMS, SUBJECT_PRONOUNS
from quotelens.segment import Token

# The source's noun phrase, the last token of the content before it, the first token after the
# attribution, and the rule: what the frame knows once its source is found.
Frame = tuple[Span, int, int, Rule]


# (word sets united once here, not on every call)
_LEAST_MOST = frozenset(["least", "most"])
_APPROXIMATE = frozenset(["about", "around", "over", "under"])


def _amount(tok: Token) -> bool:
    """A number or a currency amount ("1,200", "$5", "40", "a dozen" not)."""
    return tok.text[:1] in "0123456789$£€" or is_number(tok)


_CONTENT_PREPOSITIONS_OR_TIME_WORDS_OR_OF_ABOUT_ETC = frozenset(
    CONTENT_PREPOSITIONS | TIME_WORDS | {"of", "about", "afterwards", "over"}
)


class ContentFirstSteps(ContentFirstSources):
    @staticmethod
    def _inverted_frame(toks: list[Token], i: int, after: Span) -> Frame:
        """The cue before its source: content, comma, cue, source ('"C," said Ana Ruiz.'). The
        attribution ends after the source, or at a clause about the speaker ('said an official who
        ...', 'said X (R-Ohio)'), which the report then runs to the sentence's end."""
        rest = after[1]
        if rest < len(toks) and (toks[rest].lower in {"who", "whose", "which"} or toks[rest].text == "("):
            rest = len(toks)  # "said an official who ...": a clause about the speaker
        return after, i - 1, rest, Rule.CONTENT_FIRST_CUE_SOURCE

    def _source_before_cue(self, sent: SentenceView, i: int) -> Frame | Attribution | None:
        """The source before its cue: content, comma, source, cue ('"C," Ana Ruiz said.'). A source
        that opens the sentence points to a quotation before it ('Ruiz said.' after '"C."'), which
        is answered at once (an attribution or none)."""
        toks = sent.tokens
        np = self._subject_of_cue(toks, i)
        if np is None:
            return None
        if np[0] == 0:
            return self._quotation_before_the_sentence(sent, i, np)
        whole = self._whole_source(toks, np)
        if whole is None:
            return None
        a, np = whole
        return np, a - 1, i + 1, Rule.CONTENT_FIRST_SOURCE_CUE

    def _subject_of_cue(self, toks: list[Token], i: int) -> Span | None:
        """The subject just before the cue at ``i`` ('"C," Ana Ruiz, 49, a nurse, said'), or after a
        closing quote ('"C," she said'); none for a participle ('"C," Devine said, instead seeking'),
        an auxiliary or subordinate head ('"C" until Haley said') or a relative clause whose main cue
        comes later ('"C," Warren, who has not endorsed anyone, told reporters')."""
        if ENDS_ING[toks[i].lower]:
            aux = skip_between_subject_and_verb(toks, i - 1)
            if not (aux >= 0 and toks[aux].lower in PROGRESSIVE_AUX) and not (
                i > 0 and toks[i - 1].lower in PROGRESSIVE_AUX
            ):
                return None  # '"C," Devine said, instead seeking ...': a participle, not a finite cue
        if _passive(toks, i):
            return None  # '"C," said X, whose husband was admitted with a fractured leg': no one's report
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
        if _noun_before_relative(toks, subject):
            return None  # 'C, an idea Israel has rejected': the idea Israel rejected, no one's report
        return subject

    def _whole_source(self, toks: list[Token], np: Span) -> tuple[int, Span] | None:
        """Where the source before the cue starts, with the words that belong to it: a description
        ('"C," the rival coach, Sam Ortiz, said'), a coordinated subject ('C, teachers and union
        officials told POLITICO') or a title ('"C," former director Ana Ruiz wrote'); and the source
        itself. None when the content is no quotation ('The “Fight for $15” movement plans')."""
        a = np[0]
        if toks[a - 1].text == "," and a >= 2:
            described = described_start(toks, np, a)
            if described is None:
                return None
            a = described
        if toks[a - 1].lower == "and" and a >= 3:
            coordinated = coordinated_start(toks, a)
            if coordinated is not None:
                a = coordinated
                np = (a, np[1])
        if (
            is_quote(toks[a - 1])
            and a >= 2
            and toks[a - 2].is_word
            and self._closes_quotation(toks, a - 1)
            and self._quoted_words(toks[a - 1].start) <= 4
        ):
            return None  # 'The “Fight for $15” movement plans to ...': a quoted name, not words
        if is_quote(toks[a - 1]) and self._title_after_preposition(toks[0].start, toks[a - 1].end):
            return None  # 'Speaking on “This Week,” Carson said C': a show's name, the report comes after
        if toks[a - 1].text not in {",", "—", "–"} and not is_quote(toks[a - 1]):
            # '"C," former State policy planning director Ana Ruiz wrote': the words between the
            # quotation and the noun phrase found are all the subject's
            b = a - 1
            while (
                b > 0
                and a - b < 8
                and toks[b].is_word
                and toks[b].lower not in FINITE_OR_BOUNDARY
                and toks[b].lower not in _PERSONAL_SUBJECTS  # ('"C," a loophole he said X foresaw')
            ):
                b -= 1
            if not (is_quote(toks[b]) and self._closes_quotation(toks, b) and toks[b - 1].text in {",", "?", "!"}):
                return None  # ('said “it gets me mad” every time he thinks': the sentence goes on)
            a = b + 1
            np = (a, np[1])
        return a, np

    def _end_of_report(self, toks: list[Token], i: int, frame: Frame) -> tuple[int, int | None] | None:
        """Where the attribution ends: the sentence's end, a comma, a quotation, or after what only
        says when, where or to whom ('"C," Trump said in a statement.', 'he told reporters,'); and
        the quotation resumed after a circumstance ('"C1," he said as he left, "C2."'). None when
        the words after the cue are its content ('..., he said the plan was needed')."""
        np, lead_end, rest, rule = frame
        while rest < len(toks) and is_adverb(toks[rest]):
            rest += 1  # "he wondered aloud", "she said quietly"
        # What follows the attribution must end it: end of sentence, a comma, or "of ..."
        if CUE_FORMS.get(toks[i].lower) in ADDRESSEE_VERBS and rest < len(toks):
            rest = past_listener(toks, rest)
        resumes: int | None = None
        if rest < len(toks) and (toks[rest].lower in SUBORDINATORS or ENDS_ING[toks[rest].lower]):
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
            rest, ends = self._past_circumstance(toks, rest)
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
        return rest, resumes

    def _past_circumstance(self, toks: list[Token], rest: int) -> tuple[int, bool]:
        """Past a phrase of time, place or topic after the cue ('Trump said in a statement.', 'said
        of Mrs. Clinton's plan', 'said on ''The Late Show'' last month'): where it ends, and whether
        the attribution ends there (not at 'that', as in 'many said Monday that C')."""
        k = rest
        ends = False
        # ("told reporters this was the only chance": "this" opens the content, not "this week")
        this_clause = toks[k].lower == "this" and (k + 1 >= len(toks) or toks[k + 1].lower not in PERIODS_AND_DAYS)
        # ("..., she plans to root for Iowa": an infinitive is the verb's object, no circumstance)
        infinitive = toks[k].lower == "to" and verb_after_to(toks, k)
        # ("reported at least six planes filled the skies": a number's measure opens the content)
        infinitive = infinitive or (toks[k].lower == "at" and k + 1 < len(toks) and toks[k + 1].lower in _LEAST_MOST)
        # ("who said about 1,200 soldiers had been called up": "about" before a number is a measure's, no topic)
        infinitive = infinitive or (toks[k].lower in _APPROXIMATE and k + 1 < len(toks) and _amount(toks[k + 1]))
        if toks[k].lower in _CONTENT_PREPOSITIONS_OR_TIME_WORDS_OR_OF_ABOUT_ETC and not this_clause and not infinitive:
            while (
                k < len(toks)
                and toks[k].text not in {",", ".", ":"}
                and (not is_quote(toks[k]) or k == rest + 1 or self.inside_quote(toks[k].start))
            ):  # 'said on ''The Late Show'' last month': the quotation names the show
                if (
                    toks[k].lower == "that"
                    and k + 1 < len(toks)
                    and (starts_clause(toks[k + 1]) or is_quote(toks[k + 1]))
                ):
                    break  # "many said Monday that C": the content follows the cue
                k += 1
            # ('posted on X: "C"': a colon after the circumstance introduces what follows)
            ends = k >= len(toks) or toks[k].lower not in {"that", ":"}
            rest = k
        return rest, ends


_BE = frozenset(["was", "were", "is", "are", "been", "being", "be"])


def _passive(toks: list[Token], i: int) -> bool:
    """The cue at ``i`` is a passive participle with no agent ("was admitted", "were accused"): its
    subject is no speaker (not "was quoted as saying", not "was told by")."""
    if not (i > 0 and toks[i - 1].lower in _BE and ENDS_ED[toks[i].lower]):
        return False
    return not (i + 1 < len(toks) and toks[i + 1].lower in ("by", "as"))


def described_start(toks: list[Token], np: Span, a: int) -> int | None:
    """Where a source with a description before it starts ('"C," the rival coach, Sam Ortiz, said':
    the description belongs to the source, not to C); ``a`` itself when there is none; None for a
    description and a name that are the cue's whole subject ('The author of the book, Mitchell
    Zuckoff, said ...')."""
    desc = np_before(toks, a - 1)
    # ('“C” filing papers, John said': a quotation closed without its comma is no lead)
    quote_led = (
        desc is not None
        and desc[0] > 1
        and is_quote(toks[desc[0] - 1])
        and toks[desc[0] - 2].text in {",", "?", "!", "—"}
    )
    if desc is not None and desc[0] > 0 and (quote_led or toks[desc[0] - 1].text == ","):
        return desc[0]
    if np[1] - np[0] <= 5 and toks[np[0]].is_capitalised and is_description(toks, 0, _before_parenthesis(toks, a - 1)):
        # "The author of the book, Mitchell Zuckoff, said ...": a description, then the name
        # in apposition: the whole is the subject of "said", not a content before it
        return None
    return a


def _before_parenthesis(toks: list[Token], b: int) -> int:
    """Where the words before ``b`` end, less a parenthesis closing them ("The Minister for Petroleum
    Resources *(Oil)*, Dr. X, said")."""
    if b < 3 or toks[b - 1].text != ")":
        return b
    a = next((m for m in range(b - 2, max(0, b - 8), -1) if toks[m].text == "("), b)
    return a


def coordinated_start(toks: list[Token], a: int) -> int | None:
    """Where coordinated subjects start ('C, teachers and union officials told POLITICO.': the
    first noun phrase, after a comma, with a verb before it so that it is no list of names), or
    None when the words before "and" are not such a subject."""
    first_np = np_before(toks, a - 1)
    if (
        first_np is not None
        and first_np[0] > 0
        and toks[first_np[0] - 1].text == ","
        and any(verb_like(t) for t in toks[: first_np[0]])  # (not a list of names)
    ):
        return first_np[0]
    return None


# (word sets united once here, not on every call)
_BOUNDARY_WORDS_OR_SUBJECT_PRONOUNS = frozenset(BOUNDARY_WORDS | SUBJECT_PRONOUNS)
_NOT_IN_LISTENER = frozenset((BOUNDARY_WORDS - {"of"}) | RELATIVES | {"the", "a", "an"})


def past_listener(toks: list[Token], rest: int) -> int:
    """Past the listener after an addressee verb ("he told Chris Cuomo of CNN", "told reporters",
    "told the mayors who gathered in Indianapolis,"): a name (with "of ..."), a pronoun or a noun
    phrase, where the report after the cue may go on."""
    # "he told Chris Cuomo of CNN": a name (with "of ..."), a pronoun or "reporters"
    her_audience = (
        toks[rest].lower == "her"
        and rest + 1 < len(toks)
        and toks[rest + 1].is_word
        and toks[rest + 1].lower not in _BOUNDARY_WORDS_OR_SUBJECT_PRONOUNS
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
            and toks[k].lower not in _NOT_IN_LISTENER
            and not (toks[k].lower == "of" and k + 1 < len(toks) and not toks[k + 1].is_capitalised)
        ):  # (a second article opens the clause told: "told the panel the law covers boats")
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


def _noun_before_relative(toks: list[Token], subject: Span) -> bool:
    """'an idea Israel', 'a claim Moscow': an indefinite article, a noun that stands for a proposition or a
    proposal and a name are the noun and the subject of its reduced relative clause ("an idea [that] Israel
    has rejected"); an adjective or a role before a name ('an angry Hollande', 'a spokesman Ivan Petrov') is
    the name's own."""
    a, b = subject
    if b - a < 3 and a >= 2:  # (the subject as found: the name alone, the noun and its article before it)
        a -= 2
    if _reduced_relative_pronoun(toks, a, b):
        return True  # '"C," a loophole he said no one foresaw': the loophole he spoke of, not a source
    return (
        b - a >= 3
        and toks[a].lower in {"a", "an"}
        and toks[a + 1].lower in PROPOSITION_NOUNS
        and not toks[a + 1].is_capitalised
        and toks[a + 2].is_capitalised
    )


_PERSONAL_SUBJECTS = frozenset(["he", "she", "they", "we", "i"])
_NOUN_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "one", "another"])


def _reduced_relative_pronoun(toks: list[Token], a: int, b: int) -> bool:
    """'a loophole he', 'the kind of deal they': a determiner, a lower-case noun and a personal pronoun
    are a noun and the subject of its reduced relative clause ("a loophole [that] he said ..."); the
    pronoun alone, with no noun before it, is a subject."""
    return (
        b - a >= 3
        and toks[b - 1].lower in _PERSONAL_SUBJECTS
        and toks[a].lower in _NOUN_DETERMINERS
        and all(t.is_word and not t.is_capitalised for t in toks[a + 1 : b - 1])
    )
