"""Post-passes that score (:mod:`quotelens.confidence`) and drop duplicates."""

from __future__ import annotations

import bisect
from dataclasses import replace

from quotelens import confidence
from quotelens.attribution.frames.tagged_cues import tagged_cue_features
from quotelens.attribution.index import SpanCover
from quotelens.attribution.passes.orphans import Orphans
from quotelens.attribution.record import Attribution, QuoteKind
from quotelens.attribution.rules import HEADLINE, Family, Rule, family_of
from quotelens.attribution.tokens import has_quote_mark
from quotelens.attribution.verbs import looks_finite
from quotelens.attribution.words import BY_BEFORE_PARTICIPLE_RE, KEPT_WITHOUT_MODEL, WRAP_CLAUSE_RE, WRAP_WINDOW
from quotelens.lexicon import SPEECH_LEMMAS
from quotelens.segment import ParagraphRole, RegionIndex, find_quote_regions
from quotelens.stance import lemma_of, stance_of

# Words after which title-case words in quotation marks are a work's name: a determiner or a possessive, a
# preposition, a work's noun; and verbs of naming, performing or making one
_TITLE_MARKERS = frozenset(
    """a an the his her their its our my your this that in on of from with at for about into by single song album
    book film movie show series novel play track hit record episode documentary podcast musical opera memoir
    sitcom drama programme program poem anthem essay titled entitled""".split()
)
# Verbs that give something a name the speaker chose: a quotation after one is the speaker's word.
_NAMING = frozenset(
    "call calls called calling dub dubs dubbed label labels labeled labelled brand branded nicknamed".split()
)
_WORK_VERBS = frozenset("played sang sung wrote written performed recorded released starred directed published".split())
_CLOSERS = "\"”’'.,;:!? "


class Scoring(Orphans):
    def _score(self) -> None:
        """Kind, features and model confidence of every proposal; drop the unlikely ones."""
        kept = []
        inner: list[Attribution] = []
        # Keyed by position in the list, never by id(): the order must not depend on memory addresses.
        spans = sorted((s, e, n, a.rule) for n, a in enumerate(self.attributions) for s, e in a.content)
        starts = [sp[0] for sp in spans]
        for n_att, att in enumerate(self.attributions):
            share = self._quoted_share(att)
            shown = share if share or not att.rule.endswith(HEADLINE) else self._headline_quoted_share(att)
            att.kind = QuoteKind.of_share(shown)
            if att.kind is QuoteKind.DIRECT and share and self._writer_words_lead(att):  # (body marks only)
                att.kind = QuoteKind.MIXED
            if att.kind is QuoteKind.MIXED and self._quotes_only_titles(att):
                att.kind = QuoteKind.INDIRECT
            nested = ""
            if att.cue is not None:  # "Putin denied X, Tillerson said": a report inside another's words
                k = bisect.bisect_right(starts, att.cue[0])
                outer = [r for s, e, i, r in spans[k - 8 if k > 8 else 0 : k] if s <= att.cue[0] < e and i != n_att]
                nested = outer[-1].split(" (")[0] if outer else ""
            att.features = confidence.features(
                self.text, att.content, att.cue, att.source, att.rule, share, nested=nested, end_share=att.end_share
            )
            att.features.update(tagged_cue_features(self, att))  # (issue 23: the cue tagger's margin)
            if self.use_model:
                p = confidence.probability(att.features)
                att.confidence = round(p, 2)
                if p < confidence.threshold() and att.rule not in KEPT_WITHOUT_MODEL:
                    if nested and self._reportable_inside(att):
                        inner.append(att)
                    continue
            kept.append(att)
        # "Putin denied X, Tillerson said": a speech verb inside a report that stays is shown
        # as a report within it, even when the model would not write it out on its own.
        if self.use_model:  # the features that moved the probability most, for the reader
            for att in kept + inner:
                att.notes.append("model: " + ", ".join(confidence.top_reasons(att.features)))
        kept_spans = SpanCover((s, e) for a in kept for s, e in a.content)
        for att in inner:
            assert att.cue is not None
            if kept_spans.holds(att.cue[0]):
                att.reader_only = True
                att.notes.append("shown as a report inside another; the model alone would drop it")
                kept.append(att)
        self.attributions = self._without_wrappers(kept)

    def _quotes_only_titles(self, att: Attribution) -> bool:
        """Whether every quotation in ``att``'s content is a title ('sales of her single “Glass Harbour”
        doubled', 'the “Night Shift” actor'): a name, nobody's words, so the report is no partial quotation.
        Not a name the speaker coined ('what she called “Shadow Budgets”'), nor a content opening inside one."""
        found = False
        for s, e in att.content:
            k = bisect.bisect_right(self._region_starts, s) - 1
            if k >= 0 and self._region_ends[k] > s and self.regions[k].start < s:
                return False  # (the content opens inside a quotation)
            for reg in self.regions[max(k, 0) : bisect.bisect_left(self._region_starts, e)]:
                if reg.end <= s:
                    continue
                before = self.text[max(s, reg.start - 24) : reg.start].split()
                if not self._is_quoted_title(reg.start, reg.end) or not self._named_as_title(before, reg.end):
                    return False
                found = True
        return found

    def _named_as_title(self, before: list[str], end: int) -> bool:
        """Does the word before a quotation in title case make it a name ('her single', 'the', 'in', 'titled',
        'played', a possessive or a noun set off by a comma)? Not after a verb when it ends in an adverb ('he
        played “Really Badly”': how, not what), nor a name the speaker coined ('what she called'), nor after
        any other word ('the team that is “Simply Best”')."""
        marker = before[-1].lower().strip(",:(") if before else ""
        if marker in _NAMING:  # ('what she called “Shadow Budgets”', 'the so called “Initiative”')
            return False
        if marker in _WORK_VERBS:
            return not self.text[max(0, end - 40) : end].rstrip(_CLOSERS).lower().endswith("ly")
        if not before or before[-1].endswith((",", "—", "–")) or marker in ("and", "or"):
            return True  # (opening the content; set off: 'the new single, “Low Tide,”'; a second title)
        owner = any(w.lower() in _TITLE_MARKERS or w.endswith(("’s", "'s")) for w in before[-3:-1])
        return marker in _TITLE_MARKERS or marker.endswith(("’s", "'s")) or owner  # ('his famous “Mission”')

    def _headline_quoted_share(self, att: Attribution) -> float:
        """Share of a headline content's words inside the headline's own quotation marks ("Dutton calls plan
        “a fantasy”": all of "“a fantasy”"), for its kind only (quoted regions are the body's)."""
        title = next((p for p in self.paragraphs if p.role is ParagraphRole.TITLE), None)
        if title is None or not has_quote_mark(self.text[title.start : title.end]):
            return 0.0
        regions = RegionIndex(find_quote_regions(self.text, [replace(title, role=ParagraphRole.BODY)]))
        return regions.quoted_share(self.text, att.content)

    def _without_wrappers(self, atts: list[Attribution]) -> list[Attribution]:
        """Drop a source-first report whose content only opens with the same speaker's participle
        report ("He responded, *saying* C", "The town released *a statement saying* C"): the
        participle is the frame and its content the words; the verb before it is what the speaker
        did, not what they said. "He went on *to say* C" is the same with an infinitive. A clause
        in between ("said *that* by refusing ...") keeps both. The frame that stays is reported
        even if the model had kept it only for the reader, inside the wrapper."""
        cues = sorted(
            (a.cue[0], n)
            for n, a in enumerate(atts)
            if a.cue is not None and (family_of(a.rule) == Family.PARTICIPLE or a.rule == Rule.SOURCE_FIRST_INFINITIVE)
        )
        if not cues:
            return atts
        cue_starts = [c for c, _ in cues]
        dropped = set()
        for n_att, att in enumerate(atts):
            if family_of(att.rule) != Family.SOURCE_FIRST or att.source is None:
                continue
            c0, end = att.content[0][0], att.content[-1][1]
            k = bisect.bisect_left(cue_starts, c0)
            while k < len(cues) and cues[k][0] < c0 + WRAP_WINDOW:
                pos, n = cues[k]
                k += 1
                inner = atts[n]
                if n == n_att or inner.source is None or inner.content[0][0] < pos or inner.content[-1][1] > end:
                    continue
                lead = self.text[c0:pos]
                if inner.rule == Rule.SOURCE_FIRST_INFINITIVE:
                    if lead.strip().lower() != "to":
                        continue  # "went on *to say* C" only: "hoped that, to say ..." is not its frame
                elif has_quote_mark(lead) or WRAP_CLAUSE_RE.search(lead):
                    continue  # the participle is inside the reported words
                if not self._same_mention(att.source, inner.source):
                    continue
                by = BY_BEFORE_PARTICIPLE_RE.search(lead)
                if by is not None and by.start() > 0:
                    # 'hinted at the pier *by mentioning* its age': what was hinted at ends before "by"
                    att.content = [(c0, c0 + by.start())]
                    att.notes.append("ends where the same speaker's participle report begins")
                else:
                    dropped.add(n_att)
                    inner.reader_only = False
                break
        return [a for n, a in enumerate(atts) if n not in dropped]

    def _reportable_inside(self, att: Attribution) -> bool:
        """A report worth showing inside another one: a verb of speech or of stance ("denied",
        "rejected", "believes") whose source names someone ("Putin", "he", "the board")."""
        if att.cue is None or att.source is None:
            return False
        lemma = lemma_of(self.text[att.cue[0] : att.cue[1]].lower())
        if lemma not in SPEECH_LEMMAS and stance_of(lemma) in {"neutral", "other"}:
            return False
        if att.features.get("source_named") or att.features.get("source_pronoun"):
            return True
        # "the board rejected": a description, with a cue that is plainly a finite verb
        # ("the public view of" is a noun phrase, not a report)
        cue = self.text[att.cue[0] : att.cue[1]].split()[0].lower()
        first = self.text[att.source[0] : att.source[1]].split()[0].lower()
        return first in {"the", "a", "an"} and looks_finite(cue)

    def _dedupe(self) -> None:
        """Two frames that credit the same words to the same mention: the first found stays."""
        seen: dict[tuple[object, ...], Attribution] = {}
        out = []
        for att in self.attributions:
            key = (tuple(att.content), att.source)
            if key in seen:
                continue
            seen[key] = att
            out.append(att)
        self.attributions = out
