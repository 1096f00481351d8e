"""Frame ``participle``: '..., adding that C' (the subject of the sentence or clause speaks)."""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.nounphrases import np_after, np_before
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Family, Rule
from quotelens.attribution.subjects import IDENTITY_CLAIMS
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbs import after_progressive_aux, is_adverb, looks_like_verb_after_to
from quotelens.attribution.words import (
    CONTENT_PREPOSITIONS,
    DAY_AND_MONTH_NAMES,
    DETERMINERS,
    INTRO_ADVERBS,
    NO_REDUCED_RELATIVE_AFTER,
    OBJECT_PREPOSITIONS,
    OPENING_PREPOSITIONS,
    PARTICLE_IDIOMS,
    PARTICLES,
    POSSESSIVES,
    SENTENCE_OPENERS,
    TIME_WORDS,
)
from quotelens.lexicon import CUE_FORMS, CUE_LEMMAS, SPEECH_LEMMAS, SUBJECT_PRONOUNS
from quotelens.segment import Token


class Participles(SourceFirst):
    def participle(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "..., adding that C": the speaker of the clause before, or the sentence's subject."""
        toks = sent.tokens
        if not toks[i].lower.endswith("ing"):
            return None
        # ", falsely suggesting that C", "before optimistically predicting C": the participle's phrase
        # starts at its adverb, and what stands before the phrase decides as it would without one
        p = i - 1 if i > 1 and is_adverb(toks[i - 1]) else i
        if (p <= 1 and (p == 0 or toks[0].lower in OPENING_PREPOSITIONS)) or _opens_after_opener(toks, p):
            return self._opening_participle(sent, i)
        j = self._before_participle_phrase(toks, p)
        # "picked up from his daughter by saying he ...", "drew boos upon saying", "erred in saying
        # that C", "joined Democrats in writing a bill": the sentence's speaker
        by_saying = toks[p - 1].lower in LEANING_PREPOSITIONS and p >= 3
        if by_saying and i + 2 < len(toks) and toks[i + 1].text in {",", ";"} and toks[i + 2].lower in {"and", "but"}:
            return None  # "no offer was made in writing, and he ...": a noun after its preposition, no report
        with_np, reduced = _noun_phrase_before(toks, p)
        issuer = False
        coordinated = self._coordinated_participle(sent, p)
        after_break = j > 0 and toks[j].text in {",", "—", "–"}
        # "Clinton responded to the question on Facebook writing, C": a preposition's object is no
        # subject; the responder writes (the speaker of the clause before, as after "by saying")
        prep_object = (
            reduced is not None
            and reduced[0] > 0
            and toks[reduced[0] - 1].lower in OBJECT_PREPOSITIONS
            and bool(self._with_cue_in(sent.start, toks[reduced[0]].start))
        )
        if prep_object:
            reduced = None
        leans_back = by_saying or prep_object or coordinated  # the participle shares an earlier speaker
        if reduced is not None and not after_break and not leans_back:
            with_np = reduced
            governor = self._object_of_verb(toks, reduced)
            if governor is not None:
                # "Trump issued a statement saying C", "protesters carrying signs saying C": the
                # statement's issuer speaks (the subject of the verb whose object the noun is)
                with_np = reduced = governor
                issuer = True
        if with_np is None and not after_break and not leans_back:
            return None
        k, cue_end = _content_after_participle(toks, i)
        if len(toks) - k < 2:
            return None
        cue = token_span(toks, i, cue_end)
        found = self._participle_source(sent, i, j, with_np, reduced, issuer, after_break and not leans_back)
        if found is None:
            return None
        source, rule = found
        first = k - 1 if toks[k - 1].lower == "that" else k  # ", adding that C": "that C"
        options = self._end_options(toks, k, len(toks), i, Family.PARTICIPLE)
        end, end_share = self._pick_end(options, len(toks))
        att = Attribution(
            [(toks[first].start, boundary.end_char(toks, end))], cue, source, sent.paragraph.id, rule, 0.6
        )
        self._record_end(att, toks, options, end_share)
        return att

    def _coordinated_participle(self, sent: SentenceView, p: int) -> bool:
        """ ", pointing to his record and saying that C": is the participle at ``p`` coordinated by "and" with one
        after a comma, or with one that already reports?"""
        toks = sent.tokens
        return toks[p - 1].lower == "and" and (
            any(toks[m].lower.endswith("ing") and toks[m - 1].text == "," for m in range(max(1, p - 20), p - 1))
            or self._participle_report_before(sent, p)
        )

    def _participle_report_before(self, sent: SentenceView, p: int) -> bool:
        """Is a participle before "and" at ``p - 1`` already a report with a speaker ("a statement describing
        the call as C and saying D": the second participle shares the first one's speaker)?"""
        text = self.text
        return any(
            a.source is not None and a.cue is not None and text[a.cue[0] : a.cue[1]].lower().endswith("ing")
            for a in self._with_cue_in(sent.start, sent.tokens[p - 1].start)
        )

    def _before_participle_phrase(self, toks: list[Token], p: int) -> int:
        """The token before the participle's phrase at ``p``, past "while", "also", "and" (", while
        also saying that") and a closing quotation mark after its comma ('“founded ISIS,” saying')."""
        j = p - 1
        while j > 0 and toks[j].lower in {"while", "also", "and", "then", "by", "before", "after"}:
            j -= 1
        if j > 0 and is_quote(toks[j]) and self._closes_quotation(toks, j) and toks[j - 1].text == ",":
            j -= 1
        return j

    def _participle_source(
        self,
        sent: SentenceView,
        i: int,
        j: int,
        with_np: tuple[int, int] | None,
        reduced: tuple[int, int] | None,
        issuer: bool,
        clause_before: bool,
    ) -> tuple[Span | None, Rule] | None:
        """Who speaks through the participle at ``i``, and the rule that says how it was found: its own
        subject, the subject of the clause before (``clause_before``: after a break, nothing leaning
        back), the speaker of a report before it, or the sentence's subject."""
        toks = sent.tokens
        earlier = [
            a
            for a in self._with_cue_in(sent.start, toks[i].start)
            if a.source is not None and not self._possessive_noun_cue(a)
        ]
        source: Span | None
        lo = max((a.cue[1] for a in earlier if a.cue), default=sent.start)
        clause = self._subordinate_subject(toks, lo, j) if clause_before else None
        if with_np is not None:
            source = token_span(toks, *with_np)
            rule = Rule.PARTICIPLE_WITH_ITS_SUBJECT if with_np is not reduced else Rule.PARTICIPLE_REDUCED_RELATIVE
            if issuer:
                rule = Rule.PARTICIPLE_OBJECTS_ISSUER
        elif clause is not None:
            # "Clinton asks as a maintenance guy walks in, saying C": the nearest clause's subject
            source = token_span(toks, *clause)
            rule = Rule.PARTICIPLE_SUBJECT_OF_CLAUSE_BEFORE
        elif earlier:
            # the main clause's speaker, not one reported inside its words ('Starr said the situation
            # reminds him of the book titled "T," explaining ...': Starr explains, not the book)
            outer = [
                a
                for a in earlier
                if not any(o is not a and s <= a.cue[0] < e for o in earlier for s, e in o.content)  # type: ignore[index]
            ]
            chosen = (outer or earlier)[-1]
            if chosen is not earlier[-1] and self._only_shows(chosen) and self._speaks(earlier[-1]):
                chosen = earlier[-1]  # "Emails show that Okoye replied ..., asking C": evidence shows; Okoye asks
            source = chosen.source
            rule = Rule.PARTICIPLE_SPEAKER_OF_CLAUSE_BEFORE
        else:
            subj = self._sentence_subject(toks, i)
            if subj is None:
                return None
            source = token_span(toks, *subj)
            rule = Rule.PARTICIPLE_SUBJECT_OF_SENTENCE
        return source, rule

    def _lemma(self, att: Attribution) -> str | None:
        assert att.cue is not None
        return CUE_FORMS.get(self.text[att.cue[0] : att.cue[1]].split(maxsplit=1)[0].lower())

    def _only_shows(self, att: Attribution) -> bool:
        """The report's cue is a verb only of evidence ("Emails show", "the audit found"), never of speech."""
        lemma = self._lemma(att)
        return lemma in CUE_LEMMAS and lemma not in SPEECH_LEMMAS

    def _speaks(self, att: Attribution) -> bool:
        """The report is a verb of speech or thought ("replied") whose subject opens with a capital (a name,
        also "The board") or is a pronoun."""
        assert att.source is not None
        first = self.text[att.source[0] : att.source[1]]
        named = first[:1].isupper() or first.lower() in SUBJECT_PRONOUNS
        return named and self._lemma(att) in SPEECH_LEMMAS

    def _possessive_noun_cue(self, att: Attribution) -> bool:
        """ "his now-familiar campaign promise": a "source" opening with a possessive before a cue in
        its base form is a noun phrase, no speaker for a participle to share."""
        assert att.cue is not None and att.source is not None
        first = self.text[att.source[0] : att.source[1]].split(maxsplit=1)[0].lower()
        cue = self.text[att.cue[0] : att.cue[1]].split(maxsplit=1)[0].lower()
        return first in POSSESSIVES and CUE_FORMS.get(cue) == cue

    def _opening_participle(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "After saying her foot was swollen, she was rushed to hospital": a participle opening the
        sentence; its subject is the main clause's, after the phrase's comma."""
        toks = sent.tokens
        k = i + 1
        if k < len(toks) and toks[k].lower == "that":
            k += 1
        for m in range(k + 1, len(toks) - 1):
            comma = toks[m].text == "," and not self.inside_quote(toks[m].start)
            if comma or (is_quote(toks[m]) and toks[m - 1].text == "," and self._closes_quotation(toks, m)):
                subject = np_after(toks, m + 1)
                if subject is None or not (
                    toks[subject[0]].lower in SUBJECT_PRONOUNS - {"it", "that", "which", "who"}
                    or toks[subject[0]].is_capitalised
                    or toks[subject[0]].lower in DETERMINERS
                ):
                    return None
                first = k - 1 if toks[k - 1].lower == "that" else k
                end = toks[m].end if is_quote(toks[m]) else toks[m - 1].end
                return Attribution(
                    [(toks[first].start, end)],
                    token_span(toks, i, i + 1),
                    token_span(toks, *subject),
                    sent.paragraph.id,
                    Rule.PARTICIPLE_OPENING,
                    0.6,
                )
        return None


# Prepositions after which a gerund's speaker is the sentence's ("by saying", "in describing the plan").
LEANING_PREPOSITIONS = frozenset(["by", "upon", "without", "before", "after", "in", "while", "since"])


def _opens_after_opener(toks: list[Token], p: int) -> bool:
    """ "But while denouncing C, she ...", "Now, after arguing that C, his team ...": the participle's
    phrase at ``p`` opens the sentence after one opening word (and its comma) and a preposition."""
    if p < 2 or p > 3 or toks[p - 1].lower not in OPENING_PREPOSITIONS or toks[p - 1].lower == "in":
        return False
    first = toks[0]
    return (first.lower in SENTENCE_OPENERS or first.lower in INTRO_ADVERBS) and (p == 2 or toks[1].text == ",")


def _identity_in_subject(toks: list[Token], i: int) -> bool:
    """The participle at ``i`` claims an identity inside a subject: "claiming to be" + a few words + a cue
    ("a user claiming to be a nurse wrote")."""
    if toks[i].lower not in IDENTITY_CLAIMS or [t.lower for t in toks[i + 1 : i + 3]] != ["to", "be"]:
        return False
    for m in range(i + 3, min(len(toks), i + 9)):
        if not toks[m].is_word:
            return False
        if toks[m].lower in CUE_FORMS and m > i + 3:
            return True
    return False


def _content_after_participle(toks: list[Token], i: int) -> tuple[int, int]:
    """Where the content after the participle at ``i`` starts, and where its cue ends (a particle
    goes with the cue: ", pointing to Clinton's record")."""
    k = i + 1
    cue_end = i + 1
    while k < len(toks) - 1 and toks[k].text in {",", ":"}:
        k += 1  # ', saying, “Thank you”': the punctuation is not content
    if k + 1 < len(toks) and is_adverb(toks[k]) and toks[k + 1].lower == "that":
        k += 1  # "warning darkly that C"
    if k < len(toks) and toks[k].lower in CONTENT_PREPOSITIONS:
        # ', writing in an email: “C”': the place of the words is no part of them
        m = next((m for m in range(k + 1, min(len(toks) - 1, k + 8)) if not toks[m].is_word), None)
        if m is not None and toks[m].text in {":", ","} and is_quote(toks[m + 1]):
            k = m + 1
    captioned = _captioned_quotation(toks, k)
    if captioned is not None:
        return captioned, cue_end  # ', posting a photo with the caption, “C”': the caption is what was said
    if k < len(toks) and toks[k].lower == "that":
        k += 1
    elif (
        k + 1 < len(toks)
        and toks[k].lower in PARTICLES
        and (toks[k].lower, toks[k + 1].lower) not in PARTICLE_IDIOMS
        and not (toks[k].lower == "to" and looks_like_verb_after_to(toks[k + 1]))
    ):
        k += 1  # ", pointing to Clinton's record": the particle goes with the cue
        cue_end = k
    return k, cue_end


def _captioned_quotation(toks: list[Token], k: int) -> int | None:
    """The quotation mark opening the text posted with what the participle's object names ("posting a photo
    of the two with the caption, “C”"), within 25 tokens and before any other quotation; else None."""
    for m in range(k + 2, min(len(toks) - 1, k + 25)):
        if is_quote(toks[m]):
            return None
        if toks[m].lower in _CAPTION_NOUNS and toks[m - 1].lower in {"the", "a"} and toks[m - 2].lower == "with":
            q = m + 2 if toks[m + 1].text in {",", ":"} else m + 1
            return q if q < len(toks) and is_quote(toks[q]) else None
    return None


_CAPTION_NOUNS = frozenset(["caption", "message", "note", "words", "text", "headline"])
_WHEN = DAY_AND_MONTH_NAMES | TIME_WORDS | {"last", "this", "next", "early", "late", "mid"}
_TIME_PREPOSITIONS = frozenset("since on in until by before after during from through last".split())


def _noun_phrase_before(toks: list[Token], i: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The noun phrase right before the participle at ``i``: as its subject after "with" ("..., with
    Sen. McCain calling it ..."), else as the subject of a reduced relative clause ("detractors
    calling for him to quit"); (with, reduced), at most one of them."""
    with_np = np_before(toks, i)
    if with_np is not None and with_np[0] > 1 and all(toks[m].lower in _WHEN for m in range(*with_np)):
        # "emails from constituents since December describing long waits": a time is no one; the noun
        # phrase before its preposition is the participle's subject
        with_np = np_before(toks, with_np[0] - 1) if toks[with_np[0] - 1].lower in _TIME_PREPOSITIONS else None
    if with_np is not None and with_np[0] > 1 and toks[with_np[0] - 1].lower == "of":
        head = np_before(toks, with_np[0] - 1)  # "with 47 percent of Cuban Americans saying"
        if head is not None:
            with_np = (head[0], with_np[1])
    reduced = None
    if with_np is not None and (with_np[0] == 0 or toks[with_np[0] - 1].lower != "with"):
        # "detractors calling for him to quit", "Pope Francis calling Christmas a sham": a noun
        # phrase right before the participle is its subject (a reduced relative clause)
        if (
            toks[i - 1].is_word
            and toks[i - 1].lower not in NO_REDUCED_RELATIVE_AFTER
            and not after_progressive_aux(toks, i)
            and not _identity_in_subject(toks, i)  # ("a user claiming to be a nurse wrote C": no report)
        ):
            reduced = with_np
        with_np = None  # only "..., with Sen. McCain calling it a 'Chinese menu'"
    return with_np, reduced
