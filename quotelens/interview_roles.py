"""Who asks and who answers in an interview transcript: the interviewer and the interviewee the article names
before its first label line.

In: the transcript's working copies (:class:`quotelens.transcript._Work`: text, paragraphs, mentions) and the
paragraph of the first label line. Out: the interviewer's and the interviewee's :class:`Voice` (or None), each
with the words that say so: "interviewed by X", "X asked", "sat down with the Herald's X", "spoke with X of the
Herald", a byline for the interviewer; "sat down with X", "an interview with X", "X told the Herald", "X took
questions", the one person named in the paragraph just before the first label line, else the person named most
before it, for the interviewee. Moved here from ``transcript.py``, which labels the lines with them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from quotelens.segment import Paragraph, ParagraphRole
from quotelens.speakers.lexicon import MEDIA
from quotelens.speakers.model import Mention, SpeakerType

if TYPE_CHECKING:
    from quotelens.transcript import _Work

_JOURNALISTS = frozenset(
    "reporter writer editor correspondent columnist host anchor journalist producer blogger".split()
)
_WITH_RE = re.compile(r"\b(?:sat|sits|sit|spoke|speaks|talked|talks|met|meets|chatted|chats)\s+(?:down\s+)?with\s+")
_INTERVIEW_WITH_RE = re.compile(r"(?i)\b(?:interview|q\s*&\s*a|conversation|chat)\s+with\s+")
_INTERVIEWED_RE = {True: re.compile(r"\binterviewed\s+by\s+"), False: re.compile(r"\binterviewed\s+(?!by\b)")}
_ASKED_RE = re.compile(r"\s+asked\b")
_TOLD_RE = re.compile(r",?\s+told\s+(?:the\s+)?")
_QUESTIONS_RE = re.compile(r",?\s+(?:took|takes|field(?:ed|s)|answer(?:ed|s)|face[ds])\s+(?:\S+\s+){0,2}?questions\b")
_OF_OUTLET_RE = re.compile(r",?\s+(?:of|from|with)\s+(?:the\s+)?")
_CAPITALISED_RE = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}")
_BYLINE_RE = re.compile(r"\s*By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})")


class Voice(NamedTuple):
    """Who speaks a label: an entity (or None: nobody named) and the words that say so."""

    entity: int | None
    evidence: str


def interview_roles(work: _Work, first_line: int) -> tuple[Voice | None, Voice | None]:
    """The interviewer and the interviewee named before the first label line (the first 4, the last 6 paragraphs)."""
    opening = [p for p in work.paragraphs if p.id < first_line and (p.id < 4 or p.id >= first_line - 6)]
    found = dict(reversed([pair for para in opening for pair in _cue_roles(work, para)]))  # (each role's first)
    byline = None if "interviewer" in found else _byline(work, opening)
    if byline is not None and ("interviewee" not in found or found["interviewee"].entity != byline.entity):
        found["interviewer"] = byline
    for paras, alone in (([p for p in opening if p.id == first_line - 1], True), (opening, False)):
        if "interviewee" not in found and (named := _named_most(work, paras, found.get("interviewer"), alone)):
            found["interviewee"] = named
    return found.get("interviewer"), found.get("interviewee")


def _person_mentions(work: _Work, para: Paragraph) -> list[Mention]:
    inside = (m for m in work.by_para.get(para.id, []) if not m.in_quote)
    return [m for m in inside if work.entities[m.entity].type is SpeakerType.PERSON]


def _cue_roles(work: _Work, para: Paragraph) -> list[tuple[str, Voice]]:
    """(role, voice) pairs said by one paragraph, in the order of its cues."""
    text, out = work.text, []
    ments = _person_mentions(work, para)
    for m in _WITH_RE.finditer(text, para.start, para.end):
        after, before = _beside(text, ments, m.end(), True), _beside(text, ments, m.start(), False)
        reporter = next((x for x in (after, before) if x is not None and _journalist(work, x)), None)
        guest = before if reporter is after else after  # "X sat down with Y": the one not a reporter
        if reporter is not None:
            out.append(("interviewer", _voice(work, reporter, min(m.start(), reporter.start), (after or reporter).end)))
        if guest is not None:
            out.append(("interviewee", _voice(work, guest, min(m.start(), guest.start), (after or guest).end)))
    for regex, role_after, role_before in (
        (_INTERVIEW_WITH_RE, "interviewee", None),
        (_INTERVIEWED_RE[True], "interviewer", "interviewee"),
        (_INTERVIEWED_RE[False], "interviewee", "interviewer"),
    ):
        for m in regex.finditer(text, para.start, para.end):
            after, before = _beside(text, ments, m.end(), True), _beside(text, ments, m.start(), False)
            if after is not None:
                out.append((role_after, _voice(work, after, m.start(), after.end)))
            if before is not None and role_before is not None:
                out.append((role_before, _voice(work, before, before.start, m.end())))
    for ment in ments:
        if asked := _ASKED_RE.match(text, ment.end):
            out.append(("interviewer", _voice(work, ment, ment.start, asked.end())))
        if (told := _TOLD_RE.match(text, ment.end)) and _outlet_end(work, told.end()) > 0:
            out.append(("interviewee", _voice(work, ment, ment.start, _outlet_end(work, told.end()))))
        if questions := _QUESTIONS_RE.match(text, ment.end):  # "Ann Lee took questions from reporters"
            out.append(("interviewee", _voice(work, ment, ment.start, questions.end())))
    return out


def _voice(work: _Work, who: Mention, start: int, end: int) -> Voice:
    """The voice of ``who`` with ``text[start:end]`` as the words that say so."""
    return Voice(who.entity, " ".join(work.text[start:end].split()))


def _beside(text: str, ments: list[Mention], pos: int, after: bool) -> Mention | None:
    """The person named right after ``pos`` ("with the Herald's Tom Beck") or before it ("Jane Ruiz sat down")."""
    if not (near := [m for m in ments if m.start >= pos] if after else [m for m in reversed(ments) if m.end <= pos]):
        return None
    gap = text[pos : near[0].start] if after else text[near[0].end : pos]
    return near[0] if len(gap.split()) <= (5 if after else 2) and not re.search(r"[,;:!?()]|\.\s", gap) else None


def _journalist(work: _Work, ment: Mention) -> bool:
    """A journalist: "the Herald's Tom Beck", "reporter Tom Beck", "Tom Beck of the Herald"."""
    line_start = work.text.rfind("\n", 0, ment.start) + 1
    words = work.text[max(line_start, ment.start - 40) : ment.start].lower().replace("’", "'").split()[-3:]
    outlet = _OF_OUTLET_RE.match(work.text, ment.end)
    titled = any(w.endswith("'s") or w.strip(".,") in _JOURNALISTS for w in words)
    return titled or bool(outlet and _outlet_end(work, outlet.end()) > 0)


def _outlet_end(work: _Work, pos: int) -> int:
    """The end of a news outlet's name at ``pos`` ("Herald", "New York Times"; -1: none starts there)."""
    run = _CAPITALISED_RE.match(work.text, pos)
    media = run is not None and any(w.lower() in MEDIA for w in re.findall(r"[A-Za-z]+", run.group()))
    return work.media.get(pos, run.end() if run and media else -1)


def _byline(work: _Work, opening: list[Paragraph]) -> Voice | None:
    """The writer of a byline ("By Ann Lee"), as the interviewer when nobody else is named as one."""
    for para in opening[:4]:
        if (m := _BYLINE_RE.match(work.text, para.start, para.end)) is None:
            continue
        ments = [x for x in _person_mentions(work, para) if x.start >= m.start("name")]
        if ments:
            return Voice(ments[0].entity, " ".join(work.text[para.start : ments[0].end].split()))
        who = work.entity_named(m.group("name"), SpeakerType.PERSON)
        return Voice(who, " ".join(work.text[para.start : m.end()].split()))
    return None


def _named_most(work: _Work, opening: list[Paragraph], interviewer: Voice | None, alone: bool) -> Voice | None:
    """The person named most often in ``opening`` (ties: the first named), not the interviewer (``alone``: only)."""
    taken = interviewer.entity if interviewer else None
    paras = [
        p for p in opening if p.role is not ParagraphRole.BYLINE and not _BYLINE_RE.match(work.text, p.start, p.end)
    ]
    counts = Counter(m.entity for p in paras for m in _person_mentions(work, p) if m.entity != taken)
    ranked = counts.most_common(1) if len(counts) == 1 or not alone else []  # (the first named of equals)
    where = "in the paragraph just before" if alone else "before"
    return Voice(ranked[0][0], f"named most {where} the first label line: {ranked[0][1]}×") if ranked else None
