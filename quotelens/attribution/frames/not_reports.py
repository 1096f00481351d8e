"""Pass ``not reports``: proposals whose form says they report no words, dropped before the model.

- A list line labelled with a place, "New Hampshire: Sanders won by 22 points." (results by state): the
  label frame would make the place a speaker. Labels naming a U.S. state or a place of the world list
  (lexicon.WORLD_PLACES: "ISLAMABAD: The court ..." after a byline line) go.
- Questions answered or fielded, "Ruiz answered questions from the Gazette": the object names the
  exchange, not what was said ("answered that C" and "answered, “C”" keep their content).
- A content that only says how, "pushed back *hard*", "saw *it differently*": no words reported.
- A lone adverb as the source, '“C,” Marsh said, instead hoping to talk about the harbour': the
  participle's speaker is not "instead".
- A lone day after a participle as the source, "a poll released Tuesday shows C": the day is when; the
  report is the noun phrase's before the participle ("a poll"), or nobody's when there is none.
- A negated agreement, "would not agree to cuts", "have not agreed on how": no agreement, no words
  (PolNeAR train annotates none of its six); so a refusal to comment, "declined to comment on the talks".
- A headline's topic, "Senator Talks Taxes": "talks" + a one- or two-word object names a subject of
  talk, not words ("Clinton Talks About Her Plan To ..." keeps a longer content for the model).
"""

from __future__ import annotations

import bisect

from quotelens.attribution.context import Context
from quotelens.attribution.nounphrases import np_before
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import HEADLINE, Rule
from quotelens.attribution.words import DAYS, PERIODS_AND_DAYS, TIME_WORDS
from quotelens.lexicon import CUE_FORMS, WORLD_PLACES

# The states of the U.S. (and its capital), lower-cased: a list line "New Hampshire: Sanders won by 22
# points" labels a place, not a speaker.
US_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming".split()
) | frozenset(
    [
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
        "district of columbia",
        "puerto rico",
    ]
)
# A lone adverb is nobody: '“C,” Marsh said, instead hoping to talk about the harbour'.
ADVERB_SOURCES = frozenset(
    "instead also then still now later meanwhile again even just only already too however thus so often never "
    "always perhaps rather once soon".split()
)
EXCHANGE_NOUNS = frozenset(["question", "questions", "queries", "inquiries", "calls"])
EXCHANGE_VERBS = frozenset(["answer", "field", "take", "dodge", "duck", "evade", "deflect", "face"])
TOPIC_VERBS = frozenset(["talk", "talks"])
_AFTER_NOT = frozenset(["yet", "still", "ever"])
_OBJECT_PRONOUNS = frozenset(["it", "this", "that", "them", "him", "her"])
_MANNER = frozenset(["hard", "back", "again", "differently", "otherwise", "well", "firmly", "loudly"])
_REFUSALS = frozenset(["declined", "declines", "declining", "refused", "refuses", "refusing"])
_LEADS = frozenset(["a", "the", "some", "few", "several", "many", "more", "no", "two", "three", "tough", "his", "her"])


# The words of a time phrase: a content made only of them says when, not what
# (with one that names a time: "this" alone or "the" is a pro-form or a cut, not a time)
_WHEN_CORE = (
    PERIODS_AND_DAYS
    | {p + "s" for p in PERIODS_AND_DAYS}
    | {"today", "yesterday", "tomorrow", "tonight", "soon", "earlier", "later", "recently"}
)
_WHEN_WORDS = TIME_WORDS | _WHEN_CORE | {"next", "the", "ago"}


class NotReports(Context):
    def _is_no_report(self, att: Attribution) -> bool:
        """Whether ``att`` is one of the module's three forms that report no words."""
        text = self.text
        if att.rule == Rule.SPEAKER_LABEL and att.source is not None:
            label = text[att.source[0] : att.source[1]].lower()
            return label in US_STATES or label in WORLD_PLACES
        if att.source is not None:
            src = text[att.source[0] : att.source[1]]
            if src.islower() and (src in ADVERB_SOURCES or (src.endswith("ly") and " " not in src and len(src) > 4)):
                return True
        if att.cue is None:
            return False
        if self._only_when(att) or self._only_how(att):
            return True  # 'talks would continue *next week*': when, not what; 'pushed back *hard*': how
        cue = text[att.cue[0] : att.cue[1]].lower()
        lemma = CUE_FORMS.get(cue, cue)
        first = self._first_tokens(att.content, 3)
        after = self._first_tokens([(att.cue[1], att.content[-1][1])], 2)  # (the words right after the cue,
        # wherever the start chooser began the content)
        if cue.endswith("ed") and len(after) > 1 and after[0].lower in DAYS and after[1].lower in CUE_FORMS:
            return True  # 'a poll *released* Tuesday shows C': a participle describing the poll, not its report
        if lemma in EXCHANGE_VERBS or cue in {"answered", "fielded", "took", "faced", "dodged"}:
            words = [t.lower for t in first]
            while words and words[0] in _LEADS:
                words.pop(0)
            return bool(words) and words[0] in EXCHANGE_NOUNS
        if lemma.startswith(("agree", "comment")) and self._negated(att.cue[0]):
            return True  # 'the Greens would not agree to "a single euro" of cuts', 'declined to comment on X'
        if att.rule.endswith(HEADLINE) and cue in TOPIC_VERBS:
            return len(text[att.content[0][0] : att.content[-1][1]].split()) <= 2
        return False

    def _negated(self, cue_start: int) -> bool:
        """Whether a negation stands right before the cue ("would not agree", "have still not agreed",
        "didn't agree"; a "yet", "still" or "ever" may follow it), or a refusal ("declined to comment")."""
        words = self.text[max(0, cue_start - 24) : cue_start].lower().replace("’", "'").split()
        if words and words[-1] in _AFTER_NOT:
            words.pop()
        if len(words) >= 2 and words[-1] == "to" and words[-2] in _REFUSALS:
            return True
        return bool(words) and (words[-1] in {"not", "never"} or words[-1].endswith("n't"))

    def _only_when(self, att: Attribution) -> bool:
        """Whether the content is only a time phrase ("next week.", "later this month", "on Tuesday")."""
        words = self.text[att.content[0][0] : att.content[-1][1]].lower().replace(".", " ").replace(",", " ").split()
        return 0 < len(words) <= 4 and all(w in _WHEN_WORDS for w in words) and not _WHEN_CORE.isdisjoint(words)

    def _only_how(self, att: Attribution) -> bool:
        """Whether the content is only a manner adverb, maybe after a pronoun ("hard.", "it differently.")."""
        words = self.text[att.content[0][0] : att.content[-1][1]].lower().replace(".", " ").replace(",", " ").split()
        if words[:1] and words[0] in _OBJECT_PRONOUNS:
            words = words[1:]
        return len(words) == 1 and (words[0] in _MANNER or (words[0].endswith("ly") and len(words[0]) > 5))

    def _day_after_participle(self, source: Span) -> bool:
        """Whether ``source`` is a lone day after a participle: 'a poll released *Tuesday* shows C'."""
        if self.text[source[0] : source[1]].lower() not in DAYS:
            return False
        before = self.text[max(0, source[0] - 20) : source[0]].split()
        return bool(before) and before[-1].islower() and before[-1].endswith("ed")

    def _subject_before_day(self, source: Span) -> Span | None:
        """The noun phrase the participle before a day source describes ('*a poll* released Tuesday')."""
        k = bisect.bisect_left(self._token_starts, source[0]) - 1  # the participle
        np = np_before(self._tokens, k) if k > 0 else None
        return None if np is None else (self._tokens[np[0]].start, self._tokens[np[1] - 1].end)

    def _drop_no_reports(self) -> None:
        """Drop list labels naming places, lone adverbs as sources, answered questions and headline topics.

        A day is when, not who: 'A campaign ad released Thursday says C' is the ad's report, and
        'C, released Tuesday, shows' with no noun phrase before its participle is nobody's.
        """
        kept = []
        for a in self.attributions:
            if a.source is not None and self._day_after_participle(a.source):
                a.source = self._subject_before_day(a.source)
                if a.source is None:
                    continue
            if not self._is_no_report(a):
                kept.append(a)
        self.attributions = kept
