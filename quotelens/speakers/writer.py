"""The writer of a text: who "I" and "we" are in the writer's own words, and the one an interview is with.

In: the cast and the text around a source. Out: the entity the writer's "I" stands for — the name signing
the letter (a paragraph that is only a name after it, or on a letters page a handle: "@marta_k."), a byline
("By Jo Hale") or a line of its own at the top naming the writer and post ("Jo Hale, Professor of Law, Eastfield
University"), an op-ed's closing note on its writer ("Jo Hale is a senior fellow at ..."), a columnist's
headline ("Jo Hale: Why I ..."), a person introduced as the author, or "the author"; in an interview's
answer, the one interviewed.
"""

from __future__ import annotations

import re
from typing import Any

from quotelens.segment import ParagraphRole
from quotelens.speakers.lexicon import ROLE_NOUNS, common_words, is_first_name
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, SpeakerType

_SIGNATURE = re.compile(
    r"^[-–—\s]*([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}|@\w{2,30})\s*(?:[,;].{0,40})?\.?$"
)  # (a name, or on a letters page a social-media handle alone: "@marta_k.")
_WE = re.compile(r"(?:we|us|our)\b", re.I)
_ANSWER = re.compile(r"^\s*A\s*[:.]\s")
_QUESTION = re.compile(r"^\s*Q(?:\s*[:.]\s*|(?=[A-Z][a-z]))")
_COLUMNIST = re.compile(r"^\s*([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2})\s*:\s")
# A line of its own at the top naming the writer and the writer's post, with no verb ("Helen Marchetti, Associate
# Professor of Linguistics, Northfield University"; "Jo Hale, Staff Writer"): capitalised words and joiners only
_AUTHOR_LINE = re.compile(
    r"\s*([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}),\s+((?:(?:[A-Z][\w.’'&-]*|of|and|for|the|at|in|on|&)(?:[,\s]+|$)){1,14})$"
)  # (each word ends at a separator or the end: one way to read a line in capitals, no backtracking blow-up)
_POSTS = ROLE_NOUNS | frozenset("lecturer fellow scholar researcher student candidate".split())
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})")
# An op-ed's closing note on its writer: "Rep. Raul Grijalva, D-Ariz., was an early backer of ...",
# "Jo Hale is a senior fellow at ...", "Glenn Reynolds, a law professor, is a member of ..."
_ABOUT_WRITER = re.compile(
    r"^[(\[—–-]*\s*(?:(?:Rep|Sen|Gov|Dr|Prof|Mr|Ms|Mrs)\.\s+)?([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})"
    r"(?:,\s*[^,;:]{1,60},)?\s+(?:is|was|has\s+been|serves\s+as)\s+(?:a|an|the|[a-z]+\s+(?:of|at|for))\s"
)


def writer(cast: Cast, text: str, ctx: object, pos: int) -> tuple[Entity, str]:
    """The writer of the text around ``pos`` (see the module docstring) and how it was found."""
    paragraphs = ctx.paragraphs  # type: ignore[attr-defined]
    here = ctx.paragraph_at(pos)  # type: ignore[attr-defined]
    if in_interview(text, paragraphs, here) == "answer":
        guest = interviewee(cast)  # "Q: ... A: I think": the one interviewed
        if guest is not None:
            return guest, "the one answering the interview's questions"
    for para in paragraphs[here + 1 : here + 8]:
        line = text[para.start : para.end].strip()
        m = _SIGNATURE.match(line)
        handle = m is not None and m.group(1)[0] == "@"  # (one person's: a page's "We asked our followers" is not)
        if handle and (_WE.match(text, pos) or not _replies_page(text, paragraphs)):
            continue
        if m and len(line) < 80 and (handle or _signs(m.group(1))):
            return _person(cast, m.group(1)), "who signs it"
        if len(line) > 400:
            break
    top = _named_at_top(cast, text, paragraphs)
    if top is not None:
        return top
    for para in paragraphs[-2:]:
        line = text[para.start : para.end].strip()
        m = _ABOUT_WRITER.match(line)
        if m and len(line) < 300 and para.start > pos:
            return _person(cast, m.group(1)), "the closing note on the writer"
    title = next((p for p in paragraphs if p.role is ParagraphRole.TITLE), None)
    m = _COLUMNIST.match(text[title.start : title.end]) if title is not None else None
    if m and is_first_name(m.group(1).split()[0]):
        return _person(cast, m.group(1)), "the headline names the columnist"  # "Ann Coulter: And Then ..."
    for ent in cast.entities:
        if ent.type is SpeakerType.PERSON and any(r.split()[-1] in ("author", "writer") for r in ent.roles if r):
            return ent, "introduced as the author"
    return cast.named("the author", SpeakerType.PERSON), "no byline"


_HANDLE_ALONE = re.compile(r"^\s*@\w{2,30}\.?\s*$", re.M)
_ASKS_READERS = re.compile(
    r"\b(?:asked|invited|want(?:ed)?\s+to\s+hear\s+from)\s+(?:our\s+)?(?:readers|followers|"
    r"listeners|viewers|you)\b|\b(?:tell|let)\s+us\b|\bletters\s+to\s+the\s+editor\b",
    re.I,
)
# A letters page's heading, a paragraph of its own ("LETTERS.", "Letters:"): the word in a story ("letters of
# credit", "letters sent by the minister") is no sign of one
_LETTERS_HEADING = re.compile(r"\s*(?:LETTERS|Letters)\s*[.:!—–-]?\s*")


def _replies_page(text: str, paragraphs: list[Any]) -> bool:
    """Is the text a letters or replies page, where a handle alone on a line signs the reply above it: several
    replies so signed, or a question put to the readers ("We asked our followers ...", "LETTERS")? A post
    quoted in an op-ed ("@SenJaneDoe" under a senator's words) is not."""
    if len(_HANDLE_ALONE.findall(text)) >= 2:
        return True
    return any(
        _ASKS_READERS.search(text, p.start, p.end) or _LETTERS_HEADING.fullmatch(text, p.start, p.end)
        for p in paragraphs[:4]
    )


def _named_at_top(cast: Cast, text: str, paragraphs: list[Any]) -> tuple[Entity, str] | None:
    """The writer a byline ("By Jo Hale") or a line naming the writer and post ("Jo Hale, Professor of Law, X
    University") at the top of the text names; None without one."""
    for para in paragraphs[:4]:
        m = _BYLINE.match(text[para.start : para.end])
        if m:
            return _person(cast, m.group(1)), "the byline"
    for para in paragraphs[1:5]:
        m = _AUTHOR_LINE.match(text, para.start, para.end) if para.end - para.start < 240 else None
        posts = m.group(2).lower().replace(",", " ").split() if m else ()
        if m and is_first_name(m.group(1).split()[0]) and not _POSTS.isdisjoint(posts):
            return _person(cast, m.group(1)), "the line naming the writer"
    return None


def _signs(name: str) -> bool:
    """May a line of capitalised words sign a text: a person's name ("Jo Hale"), not a section's heading ("The
    Pinocchio Test", "Our Verdict")? A first name opens it, or none of its words is a common word."""
    words = name.split()
    return is_first_name(words[0]) or not any(w.lower().strip(".,") in common_words() for w in words)


_DID = re.compile(r"\s+(?:[a-z]+ed|wrote|found|told|said|saw|spoke|took|made|got|sent|went|chose|heard|asked)\b")


def writers_we(text: str, end: int) -> bool:
    """Is a "we" of the writer's own text the writers' report of what they did ("we mocked", "we decided",
    "We asked our followers"), not a generic "we" ("we might recall", "we can see")?"""
    return _DID.match(text, end) is not None


def in_interview(text: str, paragraphs: list, here: int) -> str | None:
    """ "answer" or "question" when paragraph ``here`` is (or continues) an interview's answer or question."""
    for para in reversed(paragraphs[max(0, here - 6) : here + 1]):
        line = text[para.start : para.end]
        if _ANSWER.match(line):
            return "answer"
        if _QUESTION.match(line):
            return "question"
    return None


def interviewee(cast: Cast) -> Entity | None:
    """The person an interview is with: the person named most, the headline's first."""
    people = [e for e in cast.entities if e.type is SpeakerType.PERSON and e.person_evidence >= 0.5]
    if not people:
        return None
    return max(people, key=lambda e: (cast.in_headline(e.id), len(cast.entity_starts.get(e.id, ())), -e.id))


def _person(cast: Cast, name: str) -> Entity:
    """The person a signature, byline or line at the top names; a signature's closing stop is no part of the
    name ("Martin Litwak." is Martin Litwak), an initial's or "Jr."'s is."""
    core = name.split()[-1][:-1] if name.endswith(".") else ""
    if len(core) >= 2 and core[1:].islower() and core.lower() not in ("jr", "sr"):  # (not "J.", "Ph.D.", "Jr.")
        name = name[:-1]
    words = name.split()
    owner = cast.owner_of_word(words[-1], 0, []) if words else None
    return owner if owner is not None else cast.named(name, SpeakerType.PERSON)
