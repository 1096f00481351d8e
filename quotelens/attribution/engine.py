"""The engine: runs the frames on every cue of every sentence, then the post-passes, in declared order.

Three declared lists say what runs and in which order (``tests/attribution/test_engine.py`` pins them):

``TOKEN_STEPS``  what is tried on each token of a sentence, in order; a step that returns True has
                 handled the token (found an attribution, or ruled the token out) and ends its turn.
``CUE_FRAMES``   the frames tried on a listed cue verb, in order; the first that finds an attribution wins.
``POST_PASSES``  the passes over all attributions once every sentence is read.

Every frame reads its sentence through one read-only :class:`~quotelens.attribution.context.SentenceView`
and appends through one gate, :meth:`~quotelens.attribution.context.Context._add`. Whether a cue form is a
noun there ("Putin's claim that", "the think tank", "added 40 minutes") is read by
:mod:`quotelens.attribution.cue_nouns`.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from quotelens.attribution.context import SentenceView
from quotelens.attribution.contractions import pronoun_of
from quotelens.attribution.cue_nouns import compound_or_amount, cue_form_is_noun
from quotelens.attribution.frames.around_source import AroundSource
from quotelens.attribution.frames.as_reported import AsReported
from quotelens.attribution.frames.content_first import ContentFirst
from quotelens.attribution.frames.headline import headline_passive, headline_verb
from quotelens.attribution.frames.infinitives import Infinitives
from quotelens.attribution.frames.next_sentence import NextSentence
from quotelens.attribution.frames.nominal import Nominal
from quotelens.attribution.frames.not_reports import NotReports
from quotelens.attribution.frames.noun_clauses import NounClauses
from quotelens.attribution.frames.noun_cues import NounCues
from quotelens.attribution.frames.object_gap import ObjectGap
from quotelens.attribution.frames.opening_participles import OpeningParticiples
from quotelens.attribution.frames.participles import Participles
from quotelens.attribution.frames.passive import Passive
from quotelens.attribution.frames.post_modifiers import PostModifiers
from quotelens.attribution.frames.quote_source import QuoteSourceCue
from quotelens.attribution.frames.raising import Raising
from quotelens.attribution.frames.signatures import Signatures
from quotelens.attribution.frames.source_first import SourceFirst
from quotelens.attribution.frames.tagged_cues import BEFORE_BASE, TaggedCues, base_after_aux
from quotelens.attribution.frames.verb_groups import VerbGroups
from quotelens.attribution.passes.headline_ends import HeadlineEnds
from quotelens.attribution.passes.joins import Joins
from quotelens.attribution.passes.nesting import Nesting
from quotelens.attribution.passes.orphans import Orphans
from quotelens.attribution.passes.scoring import Scoring
from quotelens.attribution.passes.trims import Trims
from quotelens.attribution.record import Attribution
from quotelens.attribution.rules import HEADLINE, Rule
from quotelens.attribution.tokens import title_case
from quotelens.attribution.verbgroups import HEADS as GROUP_HEADS
from quotelens.attribution.verbs import VERB_SHAPED, could_be_unlisted_verb, plural_noun_before_verb
from quotelens.attribution.words import FIRST_PERSON, IRREGULAR_UNLISTED, OPENING_CUES, QUOTE_TOKENS, SENTENCE_OPENERS
from quotelens.lexicon import CUE_FORMS
from quotelens.segment import ParagraphRole

_TEXT = attrgetter("text")
_CREDIT_WORDS = frozenset(["according", "account"])  # ("according to X", "by her account")
_OWN_STEPS = frozenset(["put", "puts"]) | _CREDIT_WORDS  # words with a step of their own
# The words some step can use whatever their shape: cue forms, the words with a step of their own,
# the irregular verbs outside the lexicon (the rest of could_be_unlisted_verb needs an -ed or -s ending)
# and the heads of the learned verb groups (quotelens.attribution.verbgroups).
_STEP_WORDS = frozenset(CUE_FORMS) | _OWN_STEPS | IRREGULAR_UNLISTED | GROUP_HEADS


class Engine(
    Scoring,
    AroundSource,
    AsReported,
    Infinitives,
    ObjectGap,
    OpeningParticiples,
    Raising,
    NounCues,
    NounClauses,
    NotReports,
    NextSentence,
    TaggedCues,
    VerbGroups,
    HeadlineEnds,
    PostModifiers,
):
    def run(self) -> list[Attribution]:
        labelled = self.speaker_labels()
        self.inline_labels()
        for sentence in self.sentences:
            para = self.paragraphs[sentence.paragraph]
            tokens = sentence.tokens
            view = SentenceView(
                sentence.start,
                sentence.end,
                tokens,
                para,
                # (a subhead in the body, 'Hillary Clinton Says EgyptAir Crash Seems …', reads like a headline)
                headline=para.role is ParagraphRole.TITLE or title_case(tokens),
                first_person_is_speaker=sentence.paragraph in labelled,
                has_quote=not QUOTE_TOKENS.isdisjoint(map(_TEXT, tokens)),
            )
            self._sentence(view)
        for step in POST_PASSES:
            step(self)
        for n, att in enumerate(self.attributions):
            att.group = n
        return self.attributions

    def _sentence(self, sent: SentenceView) -> None:
        headline = sent.headline
        toks = sent.tokens
        prev = ""  # (the word before, lower-cased; "" before the first)
        verb_shaped = VERB_SHAPED
        for i, tok in enumerate(toks):
            low = tok.lower
            # (the second test is could_be_unlisted_verb's, whose irregular verbs are step words)
            if (
                low not in _STEP_WORDS
                and not (verb_shaped[low] and not tok.is_capitalised)
                and not (headline and headline_verb(low))
                and not (prev in BEFORE_BASE and base_after_aux(toks, i))
            ):
                # No step can use this token: the first two test for "put" and for a cue form, and
                # _unlisted_verb ends the turn of a word that is neither a cue nor a possible verb.
                prev = low
                continue
            prev = low
            for step in TOKEN_STEPS:
                if step(self, sent, i):
                    break

    def _sort(self) -> None:
        """Attributions in text order: by content start, then the end of the first piece, then the end
        (of two reports that start together, the one whose first piece closes first is read first:
        '"C," she told the court, according to a witness' - her words, then the witness's report)."""
        self.attributions.sort(key=lambda a: (a.start, a.content[0][1], a.end))

    def _add_found(self, sent: SentenceView, att: Attribution | None) -> None:
        if att is not None:
            if sent.headline:
                att.rule += HEADLINE
            self._add(att)

    @staticmethod
    def _is_cue(sent: SentenceView, low: str) -> bool:
        return low in CUE_FORMS or (sent.headline and headline_verb(low))

    # ------------------------------------------------------------ the per-token steps, in TOKEN_STEPS order
    def _put_it(self, sent: SentenceView, i: int) -> bool:
        """'as X put it, C': "put" is a cue only in this frame ("Pershing Square puts restrictions on ...")."""
        low = sent.tokens[i].lower
        if low not in {"put", "puts"}:
            return False
        att = self.as_put_it(sent, i)
        if att is not None:
            self._add(att)
        return att is not None or low == "put"

    def _cue_after_opening_comma(self, sent: SentenceView, i: int) -> bool:
        """'But, said Solovey, "C."': a cue right after "But," opens the sentence."""
        toks = sent.tokens
        if not (i == 2 and toks[i].lower in OPENING_CUES and toks[0].lower in SENTENCE_OPENERS and toks[1].text == ","):
            return False
        return self._added(self.cue_opens_sentence(sent, i))

    def _unlisted_verb(self, sent: SentenceView, i: int) -> bool:
        """A verb outside the lexicon: a cue before "that", before a colon and a quotation, or after a
        quotation ('"C," reacted Trump.'). Every token that is neither listed nor a credit word ends here."""
        toks = sent.tokens
        tok = toks[i]
        low = tok.lower
        if low in _CREDIT_WORDS or self._is_cue(sent, low):
            return False
        if not could_be_unlisted_verb(tok) or self.inside_quote(tok.start):
            return True  # only lower-case past or present forms outside quotation marks
        that_next = i + 1 < len(toks) and toks[i + 1].lower == "that"
        if that_next and self._unlisted_verb_before_that(toks, i) and tok.start not in self._used_cues:
            att = self.source_first(sent, i)
            if att is not None:
                att.rule = Rule.SOURCE_FIRST_UNLISTED_VERB_THAT
                self._add(att)
            return True
        if sent.has_quote and self._unlisted_cue_before_colon_quote(toks, i) and tok.start not in self._used_cues:
            att = self.source_first(sent, i)
            if att is not None and self.region_at(att.content[0][0]) is not None:
                att.rule = Rule.SOURCE_FIRST_UNLISTED_VERB_COLON
                self._add(att)
            return True
        after_quote = sent.has_quote and self._unlisted_cue_after_quote(toks, i)
        # ('"What more do you want?" Brekke queried.': the question mark ended the quotation's sentence)
        after_quote = after_quote or (not sent.has_quote and self._unlisted_cue_after_quoted_sentence(sent, i))
        if after_quote and not plural_noun_before_verb(toks, i):
            att = self.content_first(sent, i)
            if att is not None and att.content and self.region_at(att.content[0][0]) is not None:
                att.rule = Rule.CONTENT_FIRST_UNLISTED_VERB
                self._add(att)
        return True

    def _used_or_quoted(self, sent: SentenceView, i: int) -> bool:
        """A cue some frame already used, or one inside quotation marks, is nobody's cue (again); nor is a
        headline's passive participle ("Lumio Accused of Hiding Losses": who accuses is not said), nor "added"
        before an amount, nor the first half of a compound noun ("the think tank Power Shift Africa")."""
        toks = sent.tokens
        start = toks[i].start
        return (
            start in self._used_cues
            or self.inside_quote(start)
            or (sent.headline and headline_passive(toks, i))
            or compound_or_amount(toks, i)
        )

    def _asked(self, sent: SentenceView, i: int) -> bool:
        """'X asked whether C': a question put by a speaker (outside headlines)."""
        if sent.tokens[i].lower != "asked" or sent.headline:
            return False
        return self._added(self.asked_question(sent, i))

    def _labelled_first_person(self, sent: SentenceView, i: int) -> bool:
        """In a labelled line ("TAPPER: I think C", "I've said C"), "I think" is the label's own words, not a report."""
        return sent.first_person_is_speaker and i > 0 and pronoun_of(sent.tokens[i - 1].lower) in FIRST_PERSON

    def _according(self, sent: SentenceView, i: int) -> bool:
        """'According to X, C.' / 'C, according to X.' (and 'By her account, C.')"""
        if sent.tokens[i].lower not in _CREDIT_WORDS:
            return False
        self._add_found(sent, self.according_to(sent, i))
        return True

    def _capitalised_cue(self, sent: SentenceView, i: int) -> bool:
        """A capitalised cue outside headlines is a name ("United States") unless it opens the sentence
        ('Said Comey, "C."')."""
        toks = sent.tokens
        tok = toks[i]
        if not tok.is_capitalised or sent.headline:
            return False
        if tok.lower in OPENING_CUES and (i == 0 or toks[i - 1].lower in SENTENCE_OPENERS):
            att = self.cue_opens_sentence(sent, i)
            if att is not None:
                self._add(att)
        return True

    def _noun_not_verb(self, sent: SentenceView, i: int) -> bool:
        """The cue form is a noun here: "Putin's claim that", "at one point", "in each of the five states"."""
        return cue_form_is_noun(sent.tokens, i)

    def _cue_frames(self, sent: SentenceView, i: int) -> bool:
        """A listed cue verb: the frames of ``CUE_FRAMES`` in order; the first that finds one wins."""
        for frame in CUE_FRAMES:
            att = frame(self, sent, i)
            if att is not None:
                self._add_found(sent, att)
                break
        return True


Frame = Callable[[Engine, SentenceView, int], Attribution | None]
TokenStep = Callable[[Engine, SentenceView, int], bool]
Pass = Callable[[Engine], None]

# The frames tried on a listed cue verb, most specific first: a quotation before the cue decides the content
# ('"C," X said'), a quotation after the source ('said X: "C"'), a credit clause ('As reported by X, C'), the passive
# agent ('was said by X'), the subject before the cue ('X said C'), the participle (', adding C'), a stance
# infinitive ('used the speech to denounce C') and last an object moved before the subject ('which X opposed.').
CUE_FRAMES: tuple[Frame, ...] = (
    ContentFirst.content_first,
    QuoteSourceCue.quote_source_cue,
    AsReported.as_reported_by,
    Passive.passive_by,
    Raising.raising_verb,
    SourceFirst.source_first,
    Participles.participle,
    Infinitives.stance_infinitive,
    ObjectGap.object_gap,
)

# What is tried on each token, in order. The special forms ("put", an opening cue after "But,") come
# first; every token that is no listed cue ends at _unlisted_verb; used or quoted cues and the label's
# first person are skipped before the frames; "according" and "asked" have their own frames; a
# capitalised participle opening the sentence is tried before a capitalised cue is read as a name; a cue
# noun with its "that" clause ("made the point that C") before the noun reading ends the turn.
TOKEN_STEPS: tuple[TokenStep, ...] = (
    Engine._put_it,
    Engine._cue_after_opening_comma,
    VerbGroups._verb_group_cue,
    TaggedCues._tagged_unlisted_verb,
    Engine._unlisted_verb,
    Engine._used_or_quoted,
    PostModifiers._anonymity_formula,
    Engine._asked,
    Engine._labelled_first_person,
    Engine._according,
    OpeningParticiples._capitalised_opening_participle,
    Engine._capitalised_cue,
    NounClauses._noun_that_clause,
    Engine._noun_not_verb,
    PostModifiers._participle_after_object,
    Engine._cue_frames,
)

# The passes once every sentence is read. Trims first (they need the frames' own ends; a headline's report ends
# where the headline goes on in a clause of its own), then the joins that extend contents, dedupe, the frames
# over whole paragraphs (dash signatures) and the orphans that take what is left, then scoring; nesting last.
POST_PASSES: tuple[Pass, ...] = (
    Engine._sort,
    Trims._trim_at_inner_frames,
    Trims._trim_at_coordinated_reports,
    Trims._trim_at_following_participles,
    Trims._trim_at_closing_dash,
    Trims._start_after_dateline,  # (ContentStarts: a base of Trims)
    Joins._start_at_colon_quotation,  # (ColonClauses: a base of Joins)
    Joins._start_at_quoted_infinitive,  # (QuotedInfinitives: a base of ColonClauses)
    Trims._finish_open_quotations,
    HeadlineEnds._end_headline_reports,
    Joins._join_inline_leads,
    Joins._join_quoted_followers,
    Joins._continue_across_paragraphs,
    AroundSource._split_around_inline_source,
    NounCues._noun_cues,
    NotReports._drop_no_reports,
    Engine._sort,
    Scoring._dedupe,
    Signatures._dash_signatures,
    Orphans._orphan_quotes,
    Orphans._focus_quotations,  # (FocusQuotes: a base of Orphans)
    NextSentence._propose_continuations,
    Scoring._score,
    Nesting._quoted_as_saying,
    NextSentence._choose_continuations,
    Nesting._nest_reported,
    Nominal._nominal_cues,
    Engine._sort,
    Nesting._nest,
)
