"""A definite description that takes up a source named before: the unnamed source just quoted ("the former
associate"), or the person the same description named the last time ("the PML-N leader" again).

In: the resolver, a source phrase classified as a role description ("the former associate") and its bounds.
Out: a :class:`~quotelens.speakers.model.SpeakerChoice` for the unnamed source of the last few reports whose
phrase has that head and those words ("according to a former associate at the firm, who asked not to be
named"), or None. Two-word descriptions ("the associate") are taken up in
:mod:`quotelens.speakers.described`; a person named with the role who spoke since is left to the ranker.
Also: "the diplomat" after "But an EU diplomat painted ..." opened the sentence before, and "the alternate"
after "an alternate juror" spoke (the word before an unnamed source's head, used as a noun).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotelens.speakers.candidates import matched_role
from quotelens.speakers.descriptions import Phrase, head_word
from quotelens.speakers.labels import anonymous_label
from quotelens.speakers.lexicon import ORG_KIND_NOUNS, ORG_WORDS
from quotelens.speakers.model import Entity, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.resolve import Resolver

_REPORTS_BACK = 3  # the last reports looked at: the unnamed source must have spoken just before


def unnamed_taken_up(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "the former associate" right after "a former associate at the firm" spoke: that unnamed source."""
    if p.cls != "person" or len(p.words) != 3 or len(phrase.split()) != 3 or not p.head:
        return None
    anaphor = None
    for spoke in r.history[-_REPORTS_BACK:][::-1]:
        ent = r.cast.entities[spoke.entity]
        if ent.type is SpeakerType.ANONYMOUS:
            break
        if ent.type is SpeakerType.PERSON:
            anaphor = anaphor or r.anaphor(p, s, e, "person")
            if matched_role(ent, anaphor):
                return None  # ("Lena Holt, a former associate," spoke since: she is the one taken up)
    else:
        return None
    unnamed = r.same_unnamed(phrase) or _apposed_taken_up(r, phrase)
    if unnamed is None or unnamed.type is not SpeakerType.ANONYMOUS:
        return None
    return SpeakerChoice(unnamed.id, Resolution.ANONYMOUS, f"“{phrase}”: {unnamed.name}, quoted just before", 0.6)


def _apposed_taken_up(r: Resolver, phrase: str) -> Entity | None:
    """ "Another employee, a junior analyst at the bank, said ... the junior analyst added": the unnamed source of
    one of the last reports whose phrase a description set off after it ("a junior analyst") says again."""
    words = phrase.lower().split()[1:]
    for spoke, (entity, source) in zip(r.history[-_REPORTS_BACK:][::-1], r.sources[-_REPORTS_BACK:][::-1], strict=True):
        end = spoke.start + len(source)
        apposed = _SET_OFF.match(r.text, end, end + 80)
        unnamed = r.cast.entities[entity].type is SpeakerType.ANONYMOUS
        if unnamed and apposed is not None and apposed[1].lower().split()[: len(words)] == words:
            return r.cast.entities[entity]
    return None


_SET_OFF = re.compile(r",\s+an?\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def described_so_before(r: Resolver, p: Phrase, phrase: str) -> SpeakerChoice | None:
    """ "the PML-N leader said" once more: the person the same definite description of three words or more
    named the last time it was a source (a story keeps one description for one person)."""
    if p.cls != "person" or len(phrase.split()) < 3 or phrase[:4].lower() != "the ":
        return None
    low = phrase.lower()
    for entity, source in reversed(r.sources):
        if source.lower() == low:
            ent = r.cast.entities[entity]
            if ent.type is not SpeakerType.PERSON:
                return None
            return SpeakerChoice(entity, Resolution.ALIAS, f"“{phrase}”: {ent.name}, described so before", 0.7)
    return None


# An indefinite description of one person opening a sentence ("But an EU diplomat painted ...")
_INDEFINITE_OPENING = re.compile(
    r"[“\"'‘]?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead),?\s+)?((?:[Aa]n?|One)\s+(?:[\w.’'-]+\s+){0,3}?([a-z-]+))\b"
)


def unnamed_subject_taken_up(r: Resolver, p: Phrase, s: int) -> SpeakerChoice | None:
    """ "But an EU diplomat painted a bleaker picture. '...,' the diplomat told Euractiv": a two-word definite
    description takes up the unnamed person of its head who opens the sentence just before in the paragraph,
    when no person is named in that sentence (an indefinite article brings in someone new, not one named
    with the role before)."""
    if len(p.words) != 2 or p.words[0].lower() != "the" or not p.head or not r.cast.sentences:
        return None
    k = r.ctx.sentence_at(s)  # type: ignore[attr-defined]
    if k == 0 or k >= len(r.cast.sentences) or r.cast.sentences[k - 1].paragraph != r.cast.sentences[k].paragraph:
        return None
    before = r.cast.sentences[k - 1]
    m = _INDEFINITE_OPENING.match(r.text, before.start, before.end)
    if m is None or m.group(2) != p.head:
        return None
    named = (x for x in r.cast.inside(before.start, before.end) if x.how in ("name", "short name"))
    if any(r.cast.entities[x.entity].type is SpeakerType.PERSON for x in named):
        return None  # ("A diplomat, Jan Ek, said ...": the name is taken up)
    phrase = m.group(1)
    choice = r.anonymous(phrase, m.start(1), f"“{phrase}”, opening the sentence before")
    why = f"“{r.text[s : s + len(' '.join(p.words))]}” → “{phrase}”, who opens the sentence before it"
    return SpeakerChoice(choice.entity, Resolution.ANONYMOUS, why, 0.6, sure=False)


_NO_NOUNS = frozenset("former latter other first second senior top same new".split())  # ("the former said")


def noun_before_head_taken_up(r: Resolver, words: list[str]) -> Entity | None:
    """ "the alternate" after "an alternate juror who was excused" spoke in one of the last two reports: the
    word before the head of an unnamed source's phrase, used as a noun, takes that source up again; a body's
    kind ("the police" after "a police officer", "the school" after "a school teacher") is the body."""
    if len(words) != 2 or words[1] in _NO_NOUNS or not words[1].isalpha() or _names_a_body(words[1]):
        return None
    for entity, source in r.sources[-2:][::-1]:
        ent = r.cast.entities[entity]
        low = source.lower().split()
        head = head_word(source)
        if ent.type is not SpeakerType.ANONYMOUS or low[0] not in ("a", "an", "one") or head not in low:
            continue
        at = low.index(head)
        if at >= 2 and low[at - 1] == words[1]:
            return ent
    return None


def _names_a_body(word: str) -> bool:
    return word in ORG_KIND_NOUNS or word in ORG_WORDS


# What comes right before a subject that opens its sentence or clause: nothing, an end of sentence, a quotation
# mark, a comma or a semicolon, or "and" / "but"
_CLAUSE_OPENS = re.compile(r"(?:\A|[.!?:;,\n\"“”’]|\b(?:and|but))\s*\Z")


def _opens_clause(text: str, at: int) -> bool:
    return _CLAUSE_OPENS.search(text, max(0, at - 12), at) is not None


def another_introduced(r: Resolver, phrase: str, s: int) -> Entity | None:
    """ "one senior broker said ... Another broker, who sells farmland, was calmer. '...,' the broker said": a
    short definite description takes up the unnamed person "another" (or "a second") introduced with its head
    since the last report, not the unnamed source of that report."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
        return None
    if words[1] == "person":
        return _unnamed_one_just_before(r)
    lo = max(r.history[-1].start if r.history else 0, s - 600)
    found = list(re.finditer(rf"\b(?:[Aa]nother|[Aa] second)\s+(?:[a-z-]+\s+){{0,2}}?{words[1]}\b", r.text[lo:s]))
    found = [f for f in found if _opens_clause(r.text, lo + f.start())]  # (not "called another official")
    if not found:
        return None
    return r.cast.named(anonymous_label(found[-1].group(0)), SpeakerType.ANONYMOUS)


_ONE_NEW = frozenset(["a", "an", "one", "another"])


def _unnamed_one_just_before(r: Resolver) -> Entity | None:
    """ "Another employee said ... The person said": "the person" takes up the one unnamed person who spoke in the
    last report (introduced by "a", "one" or "another", one of a kind: not "two officials")."""
    if not r.sources:
        return None
    entity, source = r.sources[-1]
    ent = r.cast.entities[entity]
    low = source.lower().split()
    one = ent.type is SpeakerType.ANONYMOUS and len(low) >= 2 and low[0] in _ONE_NEW and not low[-1].endswith("s")
    return ent if one else None
