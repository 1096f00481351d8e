"""The engine: runs the frames on every cue of every sentence, then the post-passes, in declared order."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.nounphrases import np_before
from quotelens.attribution.passes.scoring import Scoring
from quotelens.attribution.record import Attribution
from quotelens.attribution.tokens import contracted_be, is_number, title_case
from quotelens.attribution.verbs import could_be_unlisted_verb, headline_verb, looks_past
from quotelens.attribution.words import (
    DETERMINERS,
    FIRST_PERSON,
    GERUND_PREPOSITIONS,
    LEAD_PREPOSITIONS,
    NUMBER_DETERMINERS,
    OPENING_CUES,
    QUANTITY_PRONOUNS,
    QUOTE_TOKENS,
    SENTENCE_OPENERS,
)
from quotelens.lexicon import AMBIGUOUS_FORMS, CUE_FORMS
from quotelens.segment import ParagraphRole


class Engine(Scoring):
    def run(self) -> list[Attribution]:
        labelled = self.speaker_labels()
        self.inline_labels()
        for sentence in self.sentences:
            para = self.paragraphs[sentence.paragraph]
            self._sentence(
                SentenceView(sentence.start, sentence.end, sentence.tokens, para),
                sentence.paragraph in labelled,
                # (a subhead in the body, 'Hillary Clinton Says EgyptAir Crash Seems Like An Act Of
                # Terrorism', reads like a headline)
                headline=para.role is ParagraphRole.TITLE or title_case(sentence.tokens),
            )
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._trim_at_inner_frames()
        self._trim_at_coordinated_reports()
        self._trim_at_following_participles()
        self._trim_at_closing_dash()
        self._finish_open_quotations()
        self._join_quoted_followers()
        self._continue_across_paragraphs()
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._dedupe()
        self._dash_signatures()
        self._orphan_quotes()
        self._score()
        self._nest_reported()
        self._nominal_cues()
        self.attributions.sort(key=lambda a: (a.start, a.end))
        self._nest()
        for n, att in enumerate(self.attributions):
            att.group = n
        return self.attributions

    def _sentence(self, sent: SentenceView, first_person_is_speaker: bool = False, headline: bool = False) -> None:
        toks = sent.tokens
        has_quote = any(t.text in QUOTE_TOKENS for t in toks)
        n = len(toks)
        for i, tok in enumerate(toks):
            low = tok.lower
            if low in {"put", "puts"}:
                att = self.as_put_it(sent, i)
                if att is not None:
                    self._add(att)
                if att is not None or low == "put":
                    continue  # ("Pershing Square puts restrictions on ...": a cue form of its own)
            is_cue = low in CUE_FORMS or (headline and headline_verb(low))
            if i == 2 and low in OPENING_CUES and toks[0].lower in SENTENCE_OPENERS and toks[1].text == ",":
                att = self.cue_opens_sentence(sent, i)  # 'But, said Solovey, "C."'
                if att is not None:
                    self._add(att)
                    continue
            if low != "according" and not is_cue:
                if not could_be_unlisted_verb(tok) or self.inside_quote(tok.start):
                    continue  # only lower-case past or present forms outside quotation marks
                that_next = i + 1 < n and toks[i + 1].lower == "that"
                if that_next and self._unlisted_verb_before_that(toks, i) and tok.start not in self._used_cues:
                    att = self.source_first(sent, i)
                    if att is not None:
                        att.rule = "source-first (unlisted verb + that)"
                        self._add(att)
                    continue
                if has_quote and self._unlisted_cue_before_colon_quote(toks, i) and tok.start not in self._used_cues:
                    att = self.source_first(sent, i)
                    if att is not None and self.region_at(att.content[0][0]) is not None:
                        att.rule = "source-first (unlisted verb + colon)"
                        self._add(att)
                    continue
                if has_quote and self._unlisted_cue_after_quote(toks, i):
                    att = self.content_first(sent, i)
                    if att is not None and att.content and self.region_at(att.content[0][0]) is not None:
                        att.rule = "content-first (unlisted verb)"
                        self._add(att)
                continue
            if tok.start in self._used_cues or self.inside_quote(tok.start):
                continue
            if low == "asked" and not headline:
                question = self.asked_question(sent, i)
                if question is not None:
                    self._add(question)
                    continue
            if first_person_is_speaker and i > 0 and toks[i - 1].lower in FIRST_PERSON:
                continue
            if low == "according":
                att = self.according_to(sent, i)
            elif is_cue:
                if tok.is_capitalised and not headline:
                    if low in OPENING_CUES and (i == 0 or toks[i - 1].lower in SENTENCE_OPENERS):
                        att = self.cue_opens_sentence(sent, i)
                        if att is not None:
                            self._add(att)
                    continue  # "United States", "Hillary Clinton Says" in a headline-style line
                pronoun = i > 0 and toks[i - 1].lower in QUANTITY_PRONOUNS and looks_past(low)
                if (
                    i > 0
                    and not pronoun
                    and (
                        toks[i - 1].lower in DETERMINERS
                        or (toks[i - 1].lower.endswith(("’s", "'s")) and not contracted_be(toks[i - 1]))
                    )
                ):
                    continue  # a noun ("Putin's claim that"), not a verb ("many said" is one)
                # ('Gerry Smith, a consultant, notes that C': "that" makes it the verb)
                verb_reading = toks[i - 1].text == "," and i + 1 < n and toks[i + 1].lower == "that"
                # ('rallied supporters by warning that C', 'before saying, “C”': a gerund after a preposition)
                verb_reading = verb_reading or (low.endswith("ing") and toks[i - 1].lower in GERUND_PREPOSITIONS)
                if low in AMBIGUOUS_FORMS and np_before(toks, i) is None and not verb_reading:
                    continue
                if i > 1 and toks[i - 1].lower in NUMBER_DETERMINERS and toks[i - 2].lower in LEAD_PREPOSITIONS:
                    continue  # "at one point", "on every count": a noun in a prepositional phrase
                if i > 1 and is_number(toks[i - 1]) and low.endswith("s") and toks[i - 2].lower in DETERMINERS:
                    continue  # "in each of the five states": a counted noun ("the two agree" is a verb)
                att = (
                    self.content_first(sent, i)
                    or self.quote_source_cue(sent, i)
                    or self.passive_by(sent, i)
                    or self.source_first(sent, i)
                    or self.participle(sent, i)
                )
            else:
                continue
            if att is not None:
                if headline:
                    att.rule += " (headline)"
                self._add(att)
