"""Who answers whom: a question's addressee answers it ("Ortiz asked Vance whether ... He said"), and the one a
speaker broke in on speaks in the main clause ("When Kent interjected that ..., she said": not Kent).

In: the cast, a "he" or "she" (an :class:`~quotelens.speakers.candidates.Anaphor`) and its candidates. Out: the
candidate that answers, or the candidates without the one who interrupted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.lexicon import CUE_FORMS
from quotelens.speakers.model import SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.candidates import Anaphor, Candidate
    from quotelens.speakers.mentions import Cast


# "Rep. Ann Lee (D-Ore.) asked Vance whether ...": the subject, a bracketed note, a verb of questioning, a title
_ASKED = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:asked|pressed|questioned|quizzed)\s+(?:[A-Z][a-z]{0,3}\.?\s+)?")
# what the question is ("whether", "about", "on", "why" ...) right after its addressee
_QUESTION = re.compile(r"(?:’s|'s)?\s+(?:whether|if|about|on|what|why|how|when|where|who|which)\b")
# the pronoun reports: "She said", "she told", "He then replied"
_REPORTS = re.compile(r"\s+(?:(?:also|then|later|quickly|only|simply)\s+)?([a-z]+)")
# a plain reply, the only report that answers a question put just before
_ANSWERS = frozenset("said says told tells replied replies answered answers responded responds".split())
# the words right after the reply verb (up to "that", a comma or a quotation mark) that move it to another
# time, place or audience ("He said after the meeting", "she told reporters"): the asker's comment, no answer
_ELSEWHERE = frozenset("after afterwards later outside following reporters journalists interview statement".split())
_REPLY_TAIL = re.compile(r"[^,“\"]{0,60}?(?=\bthat\b|,|“|\"|$)")


def addressee(cast: Cast, anaphor: Anaphor, subject: Candidate, named: list[Candidate]) -> Candidate | None:
    """ "Ortiz asked Vance whether the plans were checked. He replied that they were": a question's addressee
    answers it, so a he or she giving a plain reply right after (the next sentence's "He said", "he replied") is
    the person asked, not the asker (the sentence's subject). None when the sentence is no question put to
    someone named, the pronoun reports nothing ("She has led the panel since 2019") or its report is moved to
    another time, place or audience ("He said after the meeting", "he later told reporters"): the asker's."""
    last = subject.last
    reply = _REPORTS.match(cast.text, anaphor.end)
    if last is None or reply is None or reply.group(1) not in _ANSWERS or "later" in reply.group(0):
        return None
    tail = _REPLY_TAIL.match(cast.text, reply.end())
    if tail is not None and _ELSEWHERE.intersection(tail.group(0).lower().split()):
        return None
    asked = _ASKED.match(cast.text, last.end)
    if asked is None:
        return None
    for c in named:
        m = c.last
        if c is subject or m is None or m.start != asked.end():
            continue
        if cast.entities[c.entity].type is SpeakerType.PERSON and (
            _QUESTION.match(cast.text, m.end) or _quoted_question_put(cast, last.sentence, last.start, m.end)
        ):
            return c
    return None


def _quoted_question_put(cast: Cast, sentence: int, subject: int, end: int) -> bool:
    """ "'Will the plant close?' the reporter asked Ames.": the sentence ends at the addressee, and the question,
    quoted, opens it before its subject."""
    if not _SENTENCE_END.match(cast.text, end) or not cast.sentences:
        return False
    return "?" in cast.text[cast.sentences[sentence].start : subject]


_SENTENCE_END = re.compile(r"\.(?:\s|$)")


# "When Kent interjected", "as Ms Quayle interrupted", "after Lamb cut in": a subordinator, a title, then the name
_SUBORDINATOR = re.compile(r"\b(?:[Ww]hen|[Aa]s|[Ww]hile|[Aa]fter)\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
# (only with the interrupter's own words reported in the when-clause: "When Kent broke in, she said" has Kent
# speak, breaking in being how she came to; "When Kent interjected that ..." or '... interrupted: "C"' has
# her words given already, and the main clause is the reply)
_BREAKS_IN = re.compile(
    r"(?:’s\s+\w+\s+)?\s+(?:interjected|interrupted|cut\s+in|broke\s+in|chimed\s+in)"
    r"(?:\s+(?:that|to\s+(?:say|ask|insist))\b|\s*[,:]?\s*[“\"])"
)


def not_interrupting(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """ "When Kent interjected that no parent had been asked, she said a survey would follow": the one who broke in
    with words of her own, reported in the when-clause, is not the "she" of the main clause that reports speech
    after it (the one broken in on, who answers), so that candidate is left out (when another remains)."""
    if len(cands) < 2:
        return cands
    reply = _REPORTS.match(cast.text, anaphor.end)
    if reply is None or reply.group(1) not in CUE_FORMS:
        return cands
    text = cast.text
    kept = [
        c
        for c in cands
        if c.last is None
        or c.last.sentence != anaphor.sentence
        or c.last.start > anaphor.start
        or _SUBORDINATOR.search(text, max(0, c.last.start - 16), c.last.start) is None
        or _BREAKS_IN.match(text, c.last.end) is None
        or "," not in text[c.last.end : anaphor.start]
    ]
    return kept or cands
