"""Frame ``source-first``: 'X said (that) C.' / 'X told reporters that C.' / 'X said: C'

Where the content starts after the cue (past particles, a dashed aside, the listener, "that", a phrase) is
``_content_start_after_cue`` of the mixin :class:`~quotelens.attribution.frames.past_phrases.PastPhrases`."""

from __future__ import annotations

from quotelens import boundary
from quotelens.attribution.clauses import preposition_phrase, relative_clause_end
from quotelens.attribution.context import SentenceView
from quotelens.attribution.contractions import announces_only, pronoun_source
from quotelens.attribution.frames.cue_objects import adds_a_thing, past_the_person, past_time_or_particle
from quotelens.attribution.frames.past_phrases import PastPhrases
from quotelens.attribution.frames.questions import Questions
from quotelens.attribution.nounphrases import ends_in_an_attribution, skip_between_subject_and_verb
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import (
    coordinated_subject,
    described_subject,
    infinitive_subject,
    opening_name,
    subject_before,
)
from quotelens.attribution.tokens import before_then, is_quote, token_span
from quotelens.attribution.verbs import (
    after_progressive_aux,
    is_passive,
    looks_past,
    object_relative_cue,
    predicate_after_comma,
    starts_clause,
)
from quotelens.attribution.whole_subject import past_bracketed_acronym, verb_or_cue
from quotelens.attribution.words import (
    AS_PARTICIPLES,
    BOUNDARY_WORDS,
    DETERMINERS,
    FEELING_PARTICIPLES,
    IMPERSONAL,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    PRO_FORMS,
    PROGRESSIVE_AUX,
    SUBORDINATORS,
)
from quotelens.endings import ENDS_ED, ENDS_ING, ENDS_LY, ENDS_POSSESSIVE, ENDS_S, ENDS_SS
from quotelens.lexicon import AMBIGUOUS_FORMS, CUE_FORMS, CUE_LEMMAS, SPEECH_LEMMAS, SUBJECT_PRONOUNS
from quotelens.segment import OPENING_MARKS, Paragraph, ParagraphRole, Token

# (word sets united once here, not on every call)
_SUBORDINATORS_OR_IF_ALTHOUGH_ETC = frozenset(SUBORDINATORS | {"if", "although", "though", "once", "until", "whether"})
_BOUNDARY_WORDS_OR_DETERMINERS = frozenset(BOUNDARY_WORDS | DETERMINERS)
_MANNER_WORDS = frozenset(["in", "with", "without", "by", "at", "on", "under"])
_WORDS_VERBS = frozenset(["say", "tell", "add", "write"])  # ('said "in due course"': the words themselves)


def _headline_subject(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """In a headline's "X Verbs Y, Verbs Z", the subject of the second verb is the words before the first
    (a present -s form or a cue form: "Clinton Says ...", "Biden Aims ...", "ECB Holds ..."); else ``np``."""
    for m in range(np[0] + 1, np[1]):
        low = toks[m].lower
        if low in CUE_FORMS or (ENDS_S[low] and not (ENDS_SS[low] or ENDS_POSSESSIVE[low]) and low.isalpha()):
            return (np[0], m)
    return np


# Verbs of knowing whose plain noun-phrase object is a thing known, not a proposition ("knows the city")
_ACQUAINTANCE = frozenset(["know", "understand"])


def _verb_before_stop(toks: list[Token], k: int) -> bool:
    """A verb between ``k`` and the next mark of punctuation: "knows the rules *are* unfair" holds a clause."""
    for t in toks[k:]:
        if not t.is_word:
            return False
        if verb_or_cue(t):
            return True
    return False


def _mandative(toks: list[Token], np: tuple[int, int], i: int) -> bool:
    """A base form after "demand/urge/insist/ask/require that" + its subject: the subjunctive of a demand."""
    before = toks[np[0] - 2].lower if np[0] >= 2 and toks[np[0] - 1].lower == "that" else ""
    return np[1] == i and toks[i].lower in CUE_LEMMAS and before.startswith(_DEMANDS)


_DEMANDS = ("demand", "urg", "insist", "ask", "request", "requir", "recommend")


class SourceFirst(Questions, PastPhrases):
    def source_first(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "X said (that) C." """
        toks = sent.tokens
        found = self._source_first_subject(sent, i)
        if found is None or _mandative(toks, found[0], i):
            return None  # ("demanding that the agency explain how C": asked of the agency, nothing it says)
        np, rule = found
        if sent.headline and np[1] == i - 1 and toks[np[1]].text == "," and np[1] - np[0] >= 3:
            np = _headline_subject(toks, np)  # "ECB Holds Rates Steady, Signals Patience": ECB signals
        lemma = CUE_FORMS.get(toks[i].lower, toks[i].lower)
        k = self._content_start_after_cue(toks, i, lemma)
        if k >= len(toks):
            return self._colon_to_next_paragraph(sent, i, np, toks)
        if self._no_content_at(toks, i, k, lemma):
            return None
        if ENDS_ING[toks[i].lower] and not after_progressive_aux(toks, i):
            return None  # "saying" as a noun or a participle: not a finite cue
        clause_marked = k > i + 1 and toks[k - 1].lower in {"that", ":", ","}
        cue_end = i + 1
        if not clause_marked and not is_quote(toks[k]):
            unmarked = self._unmarked_content(toks, i, k, lemma)
            if unmarked is None:
                return None
            k, cue_end = unmarked
        c1 = self._clause_end(toks, k, speech=lemma in SPEECH_LEMMAS)
        if toks[0].lower in _SUBORDINATORS_OR_IF_ALTHOUGH_ETC:
            # "When Trump suggested that C, Rubio fired back": the subordinate clause ends at its comma
            comma = self._next_unquoted_comma(toks, k, c1)
            if comma < c1 and comma + 1 < len(toks) and starts_clause(toks[comma + 1]):
                c1 = comma
        c1 = relative_clause_end(toks, np, k, c1, i)
        if k >= c1:
            return None
        options = self._end_options(toks, k, c1, i, Rule.SOURCE_FIRST)  # (the rules' end and other breaks)
        # No content ends in another attribution's "Tillerson said" ("denied any involvement, Tillerson
        # said, but ..."), and none is only that ("the court ruled in May, Hebert said, ...").
        options = [o for o in options if not ends_in_an_attribution(toks, k, o[0])]
        options = self._within_relative_clause(toks, i, options, c1)
        if not options:
            return None
        if all(m != c1 for m, _ in options):
            c1 = options[0][0]
        c1, end_share = self._pick_end(options, c1)
        r = k - 1 if k - 1 > i and toks[k - 1].lower == "that" else k  # (the complementiser, as PolNeAR marks it)
        # ("The Europeans, Smith said, *were* wrong": the predicate after the source is the only start)
        stop = r + 1 if k == i + 2 and predicate_after_comma(toks, i + 1) else c1
        start, start_options = self._pick_start(toks, cue_end, r, stop, lemma)
        end = boundary.end_char(toks, c1)
        q = self._quoted_until(start)
        if q is not None and (q > end or self._followed_by_circumstance(q)):
            end = q  # ('chanted "What curfew?" as police moved in': the quotation, not the scene)
        conf = 0.85
        if toks[i].lower in AMBIGUOUS_FORMS:
            conf = 0.6
        pieces, source, rule = credited(toks, i, k, np, lemma, rule, (start, end))
        att = Attribution(pieces, token_span(toks, i, cue_end), source, sent.paragraph.id, rule, conf)
        self._record_end(att, toks, options, end_share)
        att.start_options = start_options
        return att

    def _no_content_at(self, toks: list[Token], i: int, k: int, lemma: str) -> bool:
        """No content of the cue at ``i`` starts at ``k``: "agreed on X, according to Y" or "The memo, which X has
        seen, says C" (another's report); ", and pointed to" (the next verb of a series); or a short quotation
        right after the cue opening with a lower-case preposition ('if the North responded "in a sincere
        manner"', 'reacted "with contempt"': a manner quoted)."""
        if toks[k].lower == "according" or object_relative_cue(toks, i, k) or announces_only(toks, i, k):
            return True  # (another's report, "The letter, which Reuters has seen, says C"; "I'll say more")
        if k == i + 2 and toks[i + 1].text == "," and toks[k].lower in ("and", "but") and k + 1 < len(toks):
            return looks_past(toks[k + 1].lower)  # "suggested, and pointed to": the next verb (not "and X agreed")
        return (
            k == i + 1
            and lemma not in _WORDS_VERBS
            and is_quote(toks[k])
            and k + 1 < len(toks)
            and toks[k + 1].text in _MANNER_WORDS
            and self._quoted_words(toks[k + 1].start) <= 6
        )

    def _source_first_subject(self, sent: SentenceView, i: int) -> tuple[tuple[int, int], Rule] | None:
        """The subject before the cue at ``i`` and the rule that found it: the noun phrase, a name
        opening descriptions, an infinitive's subject, or the subject shared with an earlier verb."""
        toks = sent.tokens
        np = subject_before(toks, i)
        if np is not None and preposition_phrase(toks, np):
            return None  # "said during public comment that": a preposition's object and a noun, no subject
        if np is not None and toks[np[0]].lower in {"off", "out", "up"}:
            return None  # "brushed off these concerns about": a verb's particle opens no subject
        if np is not None and np[1] - np[0] == 1 and np[0] > 0 and toks[np[0] - 1].text == ",":
            word = toks[np[0]].text
            if word.endswith("ing") and word[:1].islower():
                return None  # "..., raising hopes for C": a participle's clause, "raising" is nobody
        rule = Rule.SOURCE_FIRST
        if np is None and i > 1 and toks[i - 1].text == ",":
            np = opening_name(toks, i, self.inside_quote)  # 'Hemsley, the co-author of "Going Viral," said ...'
        if i > 2 and (np is None or np[0] > 0):
            # "Ng, a driver from Ava, Mo., who ..., said": the name opening the descriptions, not the
            # last noun phrase of one ("Jo Hale, director of Acme Inc., which ..., said": not "Acme Inc.")
            described = described_subject(toks, i, self.inside_quote)
            if described is not None and (np is None or described[1] <= np[0]):
                np = described
        if np is None and i >= 2 and toks[i - 1].lower == "to" and CUE_FORMS.get(toks[i].lower) in SPEECH_LEMMAS:
            # "voters are more likely to say C", "Clinton took to Twitter to say C", "led Republicans to say C"
            np = infinitive_subject(toks, i - 1)
            if np is not None:
                rule = Rule.SOURCE_FIRST_INFINITIVE
        if np is None:
            j = skip_between_subject_and_verb(toks, i - 1)
            series = (
                j >= 2
                and toks[j].text == ","
                and looks_past(toks[i].lower)
                and not self.inside_quote(toks[j].start)
                and any(looks_past(t.lower) and not t.is_capitalised for t in toks[: j - 1])
                and any(t.lower == "and" for t in toks[i + 1 :])
            )
            then = before_then(toks, j) if looks_past(toks[i].lower) else None
            if j < 1 or (toks[j].lower not in {"and", "but"} and not series and then is None):
                return None  # (a series: "He suggested A, called her “B” and boycotted C"; "X paused, then said")
            # "The spokesman refused ... but said C"; "When X was asked ..., he laughed and said C"
            j = j if then is None else then
            np = coordinated_subject(toks, j) or past_bracketed_acronym(toks, self._sentence_subject(toks, j))
            if np is None:
                return None
            rule = Rule.SOURCE_FIRST_SHARED_SUBJECT
        if (
            ENDS_ED[toks[i].lower]
            and np[0] > 0
            and toks[np[0]].lower in DETERMINERS
            and toks[np[0] - 1].lower in OBJECT_PREPOSITIONS
            and (np[0] == 1 or toks[np[0] - 2].text == ",")  # the phrase opens the sentence or a clause
            and np[1] == i
        ):
            return None  # "In a statement released Thursday, ...": a participle after a preposition's object
        return np, rule

    def _unmarked_content(self, toks: list[Token], i: int, k: int, lemma: str) -> tuple[int, int] | None:
        """A content no "that", colon, comma or quotation marks: past a time, a particle, the person
        asked or the listener told; with where the cue ends. None when the cue reports no words
        ("testified before the panel", "told the cheering crowd.", "pressed him on it")."""
        found = past_time_or_particle(toks, i, k)
        if found is None:
            return None
        k, cue_end = found
        # ("asked for proof of citizenship", "warned of a recession": the particle, not a person, follows)
        words_at = k if cue_end > i + 1 else past_the_person(toks, k, lemma)
        if words_at is None:
            return None
        k = words_at
        if (
            toks[k].lower in OBJECT_PRONOUNS
            and k + 1 < len(toks)
            and toks[k + 1].lower in {"on", "about", "in", "at", "with", "into"}
        ):
            return None  # "pressed him on it": a person acted on, not words reported
        words = self._words_from(toks, k)
        named_object = (toks[k].is_capitalised or toks[k].lower in OBJECT_PRONOUNS) and lemma not in SPEECH_LEMMAS
        # ("denied it.", "said so."; "Rubio opposes abortion.": one noun a stance verb holds)
        held = lemma not in SPEECH_LEMMAS and toks[k].lower.isalpha() and not ENDS_LY[toks[k].lower]
        if words < 2 and not named_object and not held and toks[k].lower not in PRO_FORMS:
            return None  # (but "Gov. Brown endorsed her", "He endorsed Clinton" name what is backed)
        if lemma in _ACQUAINTANCE and toks[k].lower in DETERMINERS and not _verb_before_stop(toks, k + 1):
            return None  # ("how well the crew understands the engine": a thing known, no proposition)
        if lemma == "add" and adds_a_thing(toks, k):
            return None  # "added another facet to his job", "added 160 officers": no words
        return k, cue_end

    def _colon_to_next_paragraph(
        self, sent: SentenceView, i: int, np: tuple[int, int], toks: list[Token]
    ) -> Attribution | None:
        """ "Tillerson said:" closing a paragraph: the quote is the next paragraph."""
        if toks[-1].text != ":" and toks[-1].lower != toks[i].lower:
            return None
        nxt = self._next_body(sent.paragraph.id)
        if nxt is None or (
            self.text[nxt.start] not in OPENING_MARKS + '"' and not self.text.startswith("''", nxt.start)
        ):
            return None
        att = Attribution(
            [(nxt.start, nxt.end)],
            token_span(toks, i, i + 1),
            token_span(toks, *np),
            nxt.id,
            Rule.SOURCE_FIRST_COLON_NEXT_PARAGRAPH,
            0.85,
        )
        if toks[-1].text == ":":
            att.end_share = 1.0  # (after a colon, the paragraph's end: the only end there is)
        return att

    def _next_body(self, pid: int) -> Paragraph | None:
        for p in self.paragraphs[pid + 1 :]:
            if p.role is ParagraphRole.BODY:
                return p
            if p.role is ParagraphRole.BOILERPLATE:
                return None
        return None


def credited(
    toks: list[Token], i: int, k: int, np: tuple[int, int], lemma: str, rule: Rule, content: Span
) -> tuple[list[Span], Span | None, Rule]:
    """The content pieces, the source and the rule of a source-first report once its subject and
    content are known: "it seems that" and passives name nobody ("Sanders was asked to"), a passive
    of feeling keeps its subject ("is worried that"), and what "is seen as" is content too."""
    source: Span | None = pronoun_source(toks, np)  # ("I'll say": "I")
    if (
        np[1] - np[0] == 1
        and toks[np[0]].lower in {"it", "there"}
        and (lemma in IMPERSONAL or (i > 0 and toks[i - 1].lower in PROGRESSIVE_AUX and ENDS_ED[toks[i].lower]))
    ):
        source = None  # "it seems that", "it was reported that": nobody is credited
        rule = Rule.SOURCE_FIRST_IMPERSONAL
    pieces = [content]
    if is_passive(toks, i) and source is not None and toks[i].lower in FEELING_PARTICIPLES:
        rule = Rule.SOURCE_FIRST_FEELING  # "The Mexican government is worried that C": it holds C
    elif is_passive(toks, i) and source is not None:
        if toks[i].lower in AS_PARTICIPLES and toks[k].lower == "as" and toks[np[0]].lower not in SUBJECT_PRONOUNS:
            # "the drafting process is seen | as one way ...": what is seen is content too
            pieces.insert(0, source)
        source = None  # "Sanders was asked to name ...", "advisers are said to be urging": no speaker named
        rule = Rule.SOURCE_FIRST_PASSIVE
    return pieces, source, rule
