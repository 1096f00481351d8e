"""Authors of documents introduced earlier: who wrote or issued "the letter", "the note", "the report".

In: the cast and text of an article, and a definite document source ("The letter, which this newspaper has
seen, says", "The report calls"). Out: the person or organisation the sentence that introduced that document
names as its author, and why — or (None, "") when it names none (the document then stays its own entity).

How: the last indefinite or possessed mention of a document of the same kind before the source ("a letter",
"her six-page letter") is its introduction. Its author is, in that sentence,
    * the object of "by" or "from" after it, past a participle and a time ("a report released Tuesday by the
      Center for ...", "a note prepared by officials in the Department of Housing");
    * the subject of the verb that takes it ("Mara Holt, who still ..., has written a letter to");
    * the subject who speaks in it ("In a six-page letter to the paper, Ivo Dane, a lawyer, wrote that").
A document that was only read, seen or obtained by someone names no author.
"""

from __future__ import annotations

import bisect
import re

from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Mention, SpeakerType

_LOOK_BACK = 3000  # characters before the source in which its introduction is looked for
_KINDS = (
    frozenset("report study analysis review audit assessment paper survey".split()),
    frozenset("memo memorandum email e-mail letter note message".split()),
    frozenset("statement release".split()),
    # a party's sworn word in court (not "the petition", "the complaint": its lawyers', its own entity)
    frozenset("affidavit submission".split()),
)
_ANY_KIND = frozenset(["document", "documents", *(word for kind in _KINDS for word in kind)])  # "the document"
_AUTHORS = (SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.MEDIA)
_MADE = (
    r"(?:released|prepared|issued|published|written|authored|compiled|drafted|drawn\s+up|produced|commissioned|"
    r"conducted|signed|sent|submitted|put\s+out)"
)
_KIND_WORDS = r"(?-i:(?!(?:to|for|about|on|against|with|and)\s)[a-z][\w-]*\s+)"  # (lower case: "consulting firm")
# After the document: "released Tuesday by the", "prepared by officials in the", "from" (not "to", "about")
_BY_AFTER = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?|,\s+)(?:(?:jointly\s+|recently\s+)?" + _MADE + r"\s+(?:[\w,-]+\s+){0,3}?by|from)\s+"
    r"(?:(?:officials|staff|researchers|experts|economists|analysts|lawyers|aides)\s+(?:in|at|of|from|with)\s+)?"
    r"(?:the\s+)?(?:(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,\s+|" + _KIND_WORDS + r"{1,3})?$",
    re.I,  # (a title or a kind first: "the party's secretary, X", "the consulting firm X")
)
# Whom a letter was sent or written to, between the verb and the letter: "sent the Courant a letter", "wrote
# them a note" (one or a few capitalised words, or an object pronoun; "sent her letter" keeps "her" its owner's)
INDIRECT_OBJECT = r"(?:(?:him|her|them|us|me|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?=an?\s))?"
# Before the document: "X, who ..., has written a", "X sent her", "X also released a new", "X sent the paper a"
_SUBJECT_MADE = re.compile(
    r"(?:’s|'s)?(?:,[^.;:“”\"]*,)?\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?"
    r"(?:(?:sent|wrote|written|handed)\s+" + INDIRECT_OBJECT + r"|(?:penned|signed|issued|released|published|"
    r"prepared|drafted|drew\s+up|drawn\s+up|put\s+out|posted|filed|submitted)\s+)"
    r"(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}$"
)
_FROM = re.compile(r"\s+from\b")
# "a letter drafted by the club's board", "a report prepared by the ministry": a kind's word
_KIND_AFTER = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?|,\s+)(?:(?:jointly\s+|recently\s+)?" + _MADE + r"\s+(?:[\w,-]+\s+){0,3}?by|from)\s+"
    r"the\s+([a-z]+)(?:’s|'s)?(?![\w-])"
)
# "In a six-page letter to the paper, Ivo Dane, a lawyer for the company, wrote that"
_IN_IT = re.compile(r"(?:^|[.!?”\"]\s+|\n)\s*In\s+$")
_SPOKE_IN_IT = re.compile(
    r"(?:,[^.;:“”\"]*,)?\s+(?:also\s+)?(?:wrote|writes|said|says|stated|argued|added|told|warned|insisted|"
    r"acknowledged|acknowledges|conceded|explained|noted|promised|announced|confirmed)\b"
)


def introduced_author(cast: Cast, text: str, head: str, start: int) -> tuple[int | None, str]:
    """(the author of the document "the <head>" at ``start`` stands for, why), from the sentence that introduced
    a document of its kind; (None, "") when no introduction names one."""
    hit = _introduction(text, head, start)
    if hit is None:
        return None, ""
    for find in (_subject_of_aside, _by_object, _maker_subject, _speaker_in_it):
        found = find(cast, text, hit)
        if found is not None:
            ent = cast.entities[found.entity]
            if ent.type in _AUTHORS:
                return ent.id, f"who the sentence introducing the {head} names as its author"
    return None, ""


def introduced_kind(text: str, head: str, start: int) -> str | None:
    """The word after "by the" or "from the" that follows the introduction of "the <head>" ("a letter drafted
    by the club's board": "club"), for the caller to read as a kind of organisation; else
    None."""
    hit = _introduction(text, head, start)
    found = None if hit is None else _KIND_AFTER.match(text, hit.end())
    return None if found is None else found.group(1).lower()


def _introduction(text: str, head: str, start: int) -> re.Match[str] | None:
    """The last indefinite or possessed mention of a document of the kind of "the <head>" before ``start``."""
    kind = _ANY_KIND if head in ("document", "documents") else next((kind for kind in _KINDS if head in kind), None)
    if kind is None:
        return None
    heads = "|".join(re.escape(h) for h in sorted(kind))
    intro = re.compile(rf"\b(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{heads})s?\b", re.I)
    hits = list(intro.finditer(text, max(0, start - _LOOK_BACK), start))
    return hits[-1] if hits else None


def _sentence_start(cast: Cast, pos: int) -> int:
    k = bisect.bisect_right(cast.sentences, pos, key=lambda s: s.start) - 1
    return cast.sentences[k].start if k >= 0 else 0


def _by_object(cast: Cast, text: str, hit: re.Match[str]) -> Mention | None:
    """The one named after "by"/"from" that follows the document, in its sentence."""
    for m in cast.near(hit.end(), hit.end() + 120, longest=80):
        if m.start < hit.end() or m.in_quote:
            continue
        lead = _BY_AFTER.fullmatch(text, hit.end(), m.start)
        if lead is not None and not re.search(r"[.;:“”\"]", text[hit.end() : m.start]):
            return m
    return None


def _maker_subject(cast: Cast, text: str, hit: re.Match[str]) -> Mention | None:
    """The subject of the verb whose object is the document ("X, who ..., has written a letter")."""
    if _FROM.match(text, hit.end()):
        return None  # ("Ann Lee posted a statement from the hospital": the hospital's)
    start = _sentence_start(cast, hit.start())
    noun = hit.end() - len(hit.group(0).split()[-1])
    for m in reversed(cast.near(start, hit.start(), longest=80)):
        if m.start < start or m.end > hit.start() or m.in_quote:
            continue
        if _SUBJECT_MADE.fullmatch(text, m.end, noun):
            return m
    return None


_ASIDE = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+in\s+$")  # "The Union (FU), in a statement ..."


def _subject_of_aside(cast: Cast, text: str, hit: re.Match[str]) -> Mention | None:
    """The subject whose words a document set off after it carries ("The union, in a statement signed by its
    secretary, X, condemned": the union's, not the signatory's)."""
    for m in reversed(cast.near(max(0, hit.start() - 120), hit.start(), longest=80)):
        if m.end <= hit.start() and not m.in_quote and _ASIDE.fullmatch(text, m.end, hit.start()):
            return m
    return None


def _speaker_in_it(cast: Cast, text: str, hit: re.Match[str]) -> Mention | None:
    """The one who speaks in a document introduced with "In a <document> ...," at the head of the sentence."""
    if _IN_IT.search(text, max(0, hit.start() - 6), hit.start()) is None:
        return None
    comma = text.find(",", hit.end(), hit.end() + 120)
    if comma < 0 or re.search(r"[.;:“”\"]", text[hit.end() : comma]):
        return None
    for m in cast.near(comma, comma + 40, longest=80):
        opens = m.start > comma and text[comma + 1 : m.start].strip(" ").lower() in ("", "the")
        if opens and _SPOKE_IN_IT.match(text, m.end):
            return m
    return None
