"""Document descriptions: what "the report", "a campaign ad" or "the statement" stands for.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and a source phrase classified as a
document (:mod:`quotelens.speakers.descriptions`). Out: a :class:`~quotelens.speakers.model.SpeakerChoice`:
the author organisation named in the phrase or given by its kind ("a campaign ad" is the campaign's), the
document just introduced ("a facilities study" ... "the report"), the speaker who spoke through it ("In a
statement, X said" ... "the statement"), or the document itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.segment import ParagraphRole
from quotelens.speakers.authors import introduced_author, introduced_kind
from quotelens.speakers.candidates import Spoke
from quotelens.speakers.descriptions import Phrase, head_word
from quotelens.speakers.documents import INQUIRIES, author_of_document, inspector_general, unauthored
from quotelens.speakers.labels import anonymous_label, document_label
from quotelens.speakers.lexicon import ORG_KIND_NOUNS, POSSESSIVE_DETERMINERS
from quotelens.speakers.model import Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.orgkinds import of_kind, org_kind
from quotelens.speakers.parties import party_in_view

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_FROM_THE_KIND = re.compile(r"(?:from|by|of) the ([a-z-]+)$")


def document(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice:
    title = r.ctx.paragraphs[r.ctx.paragraph_at(s)].role is ParagraphRole.TITLE  # type: ignore[attr-defined]
    author, why = author_of_document(r.cast, r.text, p, s, e, headline=title)
    kind = org_kind(p)
    kept = unauthored(p) and p.words[0].lower() not in POSSESSIVE_DETERMINERS  # not "his campaign records"
    from_kind = _FROM_THE_KIND.match(p.post)  # "a statement from the ministry": the ministry's
    if author is None and kind is None and from_kind is not None and from_kind.group(1) in ORG_KIND_NOUNS:
        kind = from_kind.group(1)
    if author is None and kind is not None and not kept:  # "a campaign TV ad": the campaign's
        choice = of_kind(r, kind, p, s, e)
        if choice is not None and choice.entity is not None:
            author, why = choice.entity, f"the {kind}'s {p.head}"
    if p.head in INQUIRIES and author is not None and r.cast.entities[author].type is SpeakerType.ORGANISATION:
        office = inspector_general(r.cast, r.text, author)  # "the report" of an agency's inspector general
        if office is not None:
            author, why = office.id, f"the {p.head} of the inspector general the article names"
    if author is None and p.words[0].lower() == "the":  # "a note prepared by X ... The note said": X's
        author, why = introduced_author(r.cast, r.text, p.head, s)
        author, why = (author, why) if author is not None else _kind_introduced(r, p, s, e)
    if author is None and p.words[0].lower() == "the":
        earlier = _document_before(r, p, s)  # "A facilities study ... found X. The report concluded Y."
        if earlier is not None:
            path = f"“{phrase}” → {r.name(earlier)}, the document just introduced"
            return SpeakerChoice(earlier, Resolution.DOCUMENT, path, 0.7)
        author, why = _spoke_in_it(r, p, s)
    if author is not None:
        ent = r.cast.entities[party_in_view(r, author, s)]  # ("the Party's platform": the party in view)
        return SpeakerChoice(ent.id, Resolution.DOCUMENT, f"“{phrase}” → {ent.name}, {why}", 0.75)
    ent = r.cast.named(anonymous_label(document_label(phrase, p.head)), SpeakerType.DOCUMENT)
    return SpeakerChoice(ent.id, Resolution.DOCUMENT, f"“{phrase}”: a document with no named author", 0.6, sure=False)


def _kind_introduced(r: Resolver, p: Phrase, s: int, e: int) -> tuple[int | None, str]:
    """ "the letter" after "a letter drafted by the club's board": the organisation of that kind
    the article names (the company's), when the introduction names a kind and no one by name."""
    kind = introduced_kind(r.text, p.head, s)
    choice = of_kind(r, kind, p, s, e) if kind in ORG_KIND_NOUNS else None
    if choice is None or choice.entity is None:
        return None, ""
    return choice.entity, f"the {kind}'s {p.head}, as its introduction says"


_DOCUMENT_KINDS = (
    frozenset("report study survey analysis review audit assessment findings paper research".split()),
    frozenset("memo memorandum email e-mail letter note".split()),
    frozenset("page post site website".split()),
)


def _document_before(r: Resolver, p: Phrase, s: int) -> int | None:
    """The unauthored document one of the last three reports was credited to, of the same kind as "the
    <document>" ("a facilities study" ... "the report"; "an internal memo" ... "the memo"), two paragraphs back
    at most, unless the same words were a source before."""
    said = " ".join(p.words).lower()
    if any(source.lower().startswith(said) for _, source in r.sources):
        return None  # ("The report published Tuesday" ... "The report also documented": the one said before)
    kind = next((kind for kind in _DOCUMENT_KINDS if p.head in kind), None)
    if kind is None:
        return None  # (a video, a poll: their own look-ups)
    para = r.ctx.paragraph_at(s)  # type: ignore[attr-defined]
    for spoke, (_, source) in list(zip(r.history[-3:], r.sources[-3:], strict=True))[::-1]:
        ent = r.cast.entities[spoke.entity]
        if spoke.nested or para - spoke.paragraph > 2:
            continue  # (a document reported inside another report is not the one the article introduces)
        if ent.type is SpeakerType.DOCUMENT and head_word(ent.name) in kind:
            return ent.id
        made = ent.type in (SpeakerType.ORGANISATION, SpeakerType.MEDIA)  # (the report by X: X's, "the audit" too)
        if made and (
            _opened_by(r, spoke.start, kind) or _made_by(source, kind) or _found(r, spoke, source, para, kind)
        ):
            return ent.id  # "A report published by the Brookings Institution estimated ...": its maker's
    return None


_OPENING = re.compile(r"\W*(?:A|An)\s+(?:[\w-]+\s+){0,2}?(\w+)\b[^.;:“”\"]*\sby\s+(?:the\s+)?")
_MADE_BY = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(\w+)\b[^.;:“”\"]*?\s(?:by|from)\s", re.I)


_OWNED_BY = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(\w+)$")


def _made_by(source: str, kind: frozenset[str]) -> bool:
    """Is the source itself a document of ``kind`` and its maker ("The report by the Schools Inspectorate", "the
    firm's tracking page")?"""
    found = _MADE_BY.match(source) or _OWNED_BY.search(source)
    return found is not None and found.group(1).lower() in kind


_FOUND = re.compile(r"\s+(?:also\s+)?(?:found|finds|concluded|concludes|determined|estimated)\b")


def _found(r: Resolver, spoke: Spoke, source: str, para: int, kind: frozenset[str]) -> bool:
    """Did the organisation report its findings in the paragraph of "the report" ("The Audit Office found that
    ... The report said")?"""
    after = spoke.start + len(source)
    return "report" in kind and spoke.paragraph == para and _FOUND.match(r.text, after) is not None


def _opened_by(r: Resolver, start: int, kind: frozenset[str]) -> bool:
    """Does the sentence of the report at ``start`` open with a document of ``kind`` made by its source ("A report
    published in May by X estimated"; not "A letter to X")?"""
    sentence = r.cast.sentences[r.ctx.sentence_at(start)]  # type: ignore[attr-defined]
    opening = _OPENING.fullmatch(r.text, sentence.start, start)
    return opening is not None and opening.group(1).lower() in kind


_DOCUMENT_PLACES = ("statement", "post", "release")


def _spoke_in_it(r: Resolver, p: Phrase, s: int) -> tuple[int | None, str]:
    """ "the statement", "the post": the document one of the last speakers was reported through, introduced in
    that report's sentence ("In a statement, Tuttle's family said"; "A post on the department's page asked"),
    and so that speaker's."""
    if p.head not in _DOCUMENT_PLACES:
        return None, ""
    introduced = re.compile(rf"(?:\bin\s+|^\W*)(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}{p.head}\b", re.I)
    for spoke in r.history[-3:][::-1]:
        ent = r.cast.entities[spoke.entity] if spoke.entity is not None else None
        if ent is None or ent.type is SpeakerType.DOCUMENT or spoke.start >= s:
            continue
        sentence = r.cast.sentences[r.ctx.sentence_at(spoke.start)]  # type: ignore[attr-defined]
        if introduced.search(r.text[sentence.start : sentence.end]):
            return ent.id, f"who spoke through the {p.head} introduced with their words"
    return None, ""
