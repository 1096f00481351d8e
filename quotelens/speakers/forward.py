"""Forward look: the person a role description stands for when it comes before the name.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and an :class:`~quotelens.speakers.
candidates.Anaphor` of a role description ("the judge", "the former secretary of state"). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`, or None when someone named before it has that role (the
ranker decides then) or nobody named soon after it does.

How:
    A writer may use the role before the name ("The judge rubbed his chin ... here was Judge Berman").
    When nobody named before the description was introduced with its role, the first person named for
    the first time in the description's paragraph or the next :data:`FORWARD_PARAGRAPHS` whose title or
    apposition gives that role (places and parties agreeing) is the one it stands for.

    A description that introduces someone rather than refers back — a possessive ("Lazar's public defense
    counsel"), a post-modifier ("The last man to mount a third-party race"), or a bare role in the
    headline ("analyst says") — with nobody before it in that role is the person named for the first time
    as a clause subject or report's source soon after it ("... says Ralph Nader"), when there is one.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from quotelens.segment import ParagraphRole
from quotelens.speakers.candidates import Anaphor, matched_role, origin_clash
from quotelens.speakers.descriptions import SPOKESPEOPLE, Phrase, singular
from quotelens.speakers.lexicon import INDEFINITE, ROLE_NOUNS
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.mentions import Cast
    from quotelens.speakers.resolve import Resolver

FORWARD_PARAGRAPHS = 1  # paragraphs after the description's own in which its name is looked for
INTRODUCED_PARAGRAPHS = 1  # the same for the one an introducing description stands for


def fits(ent: Entity, anaphor: Anaphor) -> bool:
    """A person introduced with the description's role, of no other place or party."""
    return (
        ent.type is SpeakerType.PERSON
        and not ent.joint
        and bool(matched_role(ent, anaphor))
        and not origin_clash(ent, anaphor)
    )


def introduced_before(cast: Cast, anaphor: Anaphor) -> bool:
    """Was someone named before the description introduced with its role?"""
    return any(fits(ent, anaphor) and cast.count_before(ent.id, anaphor.start) for ent in cast.entities)


def named_after(r: Resolver, anaphor: Anaphor) -> SpeakerChoice | None:
    """The first person named after the description, soon, with its role, when nobody before has it."""
    cast = r.cast
    if not anaphor.head or introduced_before(cast, anaphor):
        return None
    last_paragraph = anaphor.paragraph + FORWARD_PARAGRAPHS
    for m in cast.mentions[bisect.bisect_left(cast.starts, anaphor.end) :]:
        if m.paragraph > last_paragraph:
            break
        ent = cast.entities[m.entity]
        if m.how in ("name", "short name") and fits(ent, anaphor):
            role = matched_role(ent, anaphor)
            path = f"“{anaphor.text}” → {ent.name}, named after it as “{role}”, nobody before with that role"
            return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.7, sure=False)
    return None


def _opening(p: Phrase, headline: bool) -> tuple[bool, bool]:
    """(the phrase is definite, it introduces someone): "the"/"X's" opens it, or it is a bare headline role."""
    det = p.words[0].lower() if p.words else ""
    possessive = any(w.endswith(("’s", "'s")) and len(w) > 2 for w in [det, *p.modifiers])  # "the Pentagon's"
    definite = det == "the" or det.endswith(("’s", "'s")) or (headline and det not in INDEFINITE)
    return definite, possessive or bool(p.post) or headline


def introduced_later(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """A definite role description that nobody before it fits: the one named with its role soon after, or
    the one it introduces (see the module docstring)."""
    head = singular(p.head)
    if head not in ROLE_NOUNS and head not in SPOKESPEOPLE:
        return None
    para = r.ctx.paragraphs[r.ctx.paragraph_at(s)]  # type: ignore[attr-defined]
    headline = para.role is ParagraphRole.TITLE
    definite, introducing = _opening(p, headline)
    if not definite or head != p.head:  # ("the judges": a group)
        return None
    anaphor = r.anaphor(p, s, e, "person")
    choice = named_after(r, anaphor)
    if choice is not None or not introducing or introduced_before(r.cast, anaphor):
        return choice
    first = _first_named_speaker(r.cast, anaphor)
    if first is None:
        return None
    ent = r.cast.entities[first]
    path = f"“{phrase}” → {ent.name}, named for the first time just after it"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def _first_named_speaker(cast: Cast, anaphor: Anaphor) -> int | None:
    """The first person named for the first time after the description, soon, as a report's source
    ("..., predicted Madeleine Kunin"), else as a clause subject."""
    last_paragraph = anaphor.paragraph + INTRODUCED_PARAGRAPHS
    subject: int | None = None
    for m in cast.mentions[bisect.bisect_left(cast.starts, anaphor.end) :]:
        if m.paragraph > last_paragraph:
            break
        ent = cast.entities[m.entity]
        if ent.type is not SpeakerType.PERSON or ent.joint or m.in_quote or cast.count_before(ent.id, m.start):
            continue
        if m.how != "name" or origin_clash(ent, anaphor):
            continue
        if _reports(cast.text, m):
            return ent.id
        if m.subject and subject is None:
            subject = ent.id
    return subject


REPORT_VERBS = frozenset(
    "said says wrote writes told tells added adds argued argues noted notes explained predicted predicts".split()
)
_CLAUSE_MARKS = re.compile(r"[\n,;:“”\"(—–]|\.\s+(?=[A-Z][a-z]{3,})")  # (not the dot of "Lt. Gen.")


def _reports(text: str, m: Mention) -> bool:
    """Is the name the source of a report: "..., says Ralph Nader", "public defender Jo Quill wrote"?"""
    after = text[m.end : m.end + 12].split()
    before = _CLAUSE_MARKS.split(text[max(0, m.start - 40) : m.start])[-1].split()
    return bool(after and after[0].strip(",") in REPORT_VERBS) or any(w in REPORT_VERBS for w in before)
