"""Frame ``asked``: 'X asked whether C' / '"C?" X asked' (questions put by a speaker)."""

from __future__ import annotations

from quotelens.attribution.context import SentenceView
from quotelens.attribution.frames.passive import Passive
from quotelens.attribution.nounphrases import np_after
from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Rule
from quotelens.attribution.subjects import described_subject, opening_name
from quotelens.attribution.tokens import is_quote, token_span
from quotelens.attribution.verbs import is_adverb, looks_like_verb_after_to
from quotelens.attribution.words import BEFORE_ASKED, DETERMINERS, QUESTION_STARTS


class Questions(Passive):
    def asked_question(self, sent: SentenceView, i: int) -> Attribution | None:
        """ "Asked about her vote, she said ...", "he said when asked whether C": the question is
        reported, nobody is credited with it (the asker is not named), unless "asked by X" names him."""
        toks = sent.tokens
        opens = all(not t.is_word or t.lower in {"but", "and", "so", "then", "yet"} for t in toks[:i])
        j = i - 1  # "she was asked about ...", "after being asked yet again to ...": passive, no asker named
        while j > 0 and (
            toks[j].lower in {"also", "again", "yet", "repeatedly", "later", "never", "not", "first", "even"}
            or is_adverb(toks[j])
        ):
            j -= 1
        before = toks[j].lower if j >= 0 else ""
        if not (opens or before in BEFORE_ASKED):
            return None
        k = i + 1  # the question word, past "on Fox News", "specifically", "last month"
        while k < len(toks) and k - i <= 10 and toks[k].is_word and toks[k].lower not in QUESTION_STARTS:
            k += 1  # ("asked during a lunch held by The Journal if ...")
        if k >= len(toks) or k - i > 10 or toks[k].lower not in QUESTION_STARTS:
            return None
        if toks[k].lower == "to" and not (k + 1 < len(toks) and looks_like_verb_after_to(toks[k + 1])):
            return None  # "asked to confirm ..." is a request; "asked to the podium" is not
        cue_end = k + 1 if toks[k].lower == "for" else i + 1
        start = cue_end if toks[k].lower == "for" else k
        m = start
        while m < len(toks) and (toks[m].text not in {",", ";", ":", "?"} or self.inside_quote(toks[m].start)):
            if m > start and is_quote(toks[m]) and toks[m - 1].text == "," and self._closes_quotation(toks, m):
                m += 1  # 'Asked why ... on "Meet the Press," Hale said': the comma inside the marks
                break
            m += 1
        if m < len(toks) and toks[m].text == "?":
            m += 1  # the question mark belongs to the question
        while m > start and toks[m - 1].text in {".", "!"}:
            m -= 1
        if m - start < 2:
            return None
        asker: Span | None = None
        if before == "," and k > i + 1 and (toks[i + 1].is_capitalised or toks[i + 1].lower in DETERMINERS):
            # "Neera Tanden, a Clinton supporter, asked Eric Holder whether C": the person asked
            # follows, so the described subject before the comma asks
            described = opening_name(toks, i, self.inside_quote) or described_subject(toks, i, self.inside_quote)
            if described is not None:
                asker = token_span(toks, *described)
        if i + 2 < k and toks[i + 1].lower == "by":
            by = np_after(toks, i + 2)  # "when asked by a reporter whether C": the reporter asks
            if by is not None and by[1] <= k:
                asker = token_span(toks, *by)
        return Attribution(
            [token_span(toks, start, m)],
            token_span(toks, i, cue_end),
            asker,
            sent.paragraph.id,
            Rule.ASKED_QUESTION,
            0.6,
        )
