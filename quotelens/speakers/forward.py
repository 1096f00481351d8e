"""Forward look: the person a role description stands for when it comes before the name.

In: the :class:`~quotelens.speakers.resolve.Resolver` of the article and an :class:`~quotelens.speakers.
candidates.Anaphor` of a role description ("the judge", "the former secretary of state"). Out: a
:class:`~quotelens.speakers.model.SpeakerChoice`, or None when someone named before it has that role (the
ranker decides then) or nobody named soon after it does.

How:
    A writer may use the role before the name ("The judge rubbed his chin ... here was Judge Berman").
    When nobody named before the description was introduced with its role, the first person named for
    the first time in the description's paragraph or the next :data:`FORWARD_PARAGRAPHS` whose title or
    apposition gives that role (places and parties agreeing) is the one it stands for; a "former" role
    stands only for someone named later as a former holder too.

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
from quotelens.speakers.agreement import origin_clash
from quotelens.speakers.candidates import Anaphor, matched_role
from quotelens.speakers.descriptions import SPOKESPEOPLE, Phrase, singular
from quotelens.speakers.lexicon import INDEFINITE, ROLE_NOUNS
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerType

if TYPE_CHECKING:
    from quotelens.speakers.mentions import Cast
    from quotelens.speakers.resolve import Resolver

FORWARD_PARAGRAPHS = 1  # paragraphs after the description's own in which its name is looked for
INTRODUCED_PARAGRAPHS = 1  # the same for the one an introducing description stands for
PREFACE_PARAGRAPHS = 2  # the same for a description of the preface, from the body's first paragraph


_FULL_TEXT = re.compile(r"^\W*full\s+text\W*$", re.I)
_PREFACE_SEARCH = 6  # paragraphs in which a "FULL TEXT." marker is looked for


def body_start(r: Resolver) -> int:
    """The id of the first paragraph after the preface (see the module docstring); 0 when there is none."""
    cached: int | None = getattr(r, "_body_start", None)
    if cached is not None:
        return cached
    paras = r.ctx.paragraphs  # type: ignore[attr-defined]
    start = 0
    while start < len(paras) and paras[start].role is not ParagraphRole.BODY:
        start += 1
    for para in paras[start : start + _PREFACE_SEARCH]:
        if _FULL_TEXT.match(r.text[para.start : para.end]):
            start = para.id + 1
            break
    else:
        if start and r.text[paras[start - 1].start : paras[start - 1].end].rstrip().endswith(";"):
            start += 1  # "Historians: Clinton, Obama linked;" then its deck
    r._body_start = start  # type: ignore[attr-defined]
    return start


def in_preface(r: Resolver, pos: int) -> bool:
    """Is the position in the headline, a summary before the full text, or a headline's deck?"""
    para = r.ctx.paragraphs[r.ctx.paragraph_at(pos)]  # type: ignore[attr-defined]
    return para.role is ParagraphRole.TITLE or para.id < body_start(r)


def opens_body(r: Resolver, pos: int) -> bool:
    """Is the position in the body's first paragraphs, before any person is named in the body ("The health
    secretary has insisted ..." and the next paragraph names Wes Streeting)?"""
    paras = r.ctx.paragraphs  # type: ignore[attr-defined]
    first = body_start(r)
    para = r.ctx.paragraph_at(pos)  # type: ignore[attr-defined]
    if first >= len(paras) or not first <= para <= first + 1:
        return False
    body = paras[first].start
    return not any(
        m.start >= body and r.cast.entities[m.entity].type is SpeakerType.PERSON for m in r.cast.before(pos, limit=30)
    )


def _window_start(r: Resolver, anaphor: Anaphor) -> int:
    """The paragraph from which a forward window is counted: the body's first one for the preface."""
    if in_preface(r, anaphor.start):
        return max(anaphor.paragraph, body_start(r)) + PREFACE_PARAGRAPHS - 1
    return anaphor.paragraph


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


_FORMER = frozenset(["former", "ex", "retired"])


def named_after(r: Resolver, anaphor: Anaphor, further: int = 0) -> SpeakerChoice | None:
    """The first person named after the description, soon (``further`` paragraphs more), with its role, when
    nobody before has it."""
    cast = r.cast
    if not anaphor.head or introduced_before(cast, anaphor):
        return None
    last_paragraph = _window_start(r, anaphor) + FORWARD_PARAGRAPHS + further
    for m in cast.mentions[bisect.bisect_left(cast.starts, anaphor.end) :]:
        if m.paragraph > last_paragraph:
            break
        ent = cast.entities[m.entity]
        if m.how in ("name", "short name") and fits(ent, anaphor):
            role = matched_role(ent, anaphor) or ""
            if _FORMER & set(anaphor.modifiers) and not _FORMER & set(role.split()):
                continue  # "the former administrator" held the office once: not the one named later as holding it
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
    headline = in_preface(r, s)
    definite, introducing = _opening(p, headline)
    if not definite:
        return _held_back_in_lede(r, p, phrase, s, e) or _owned_role_named_after(r, p, s, e)
    lede = definite and not introducing and opens_body(r, s)  # (named in a later sentence: not its reporter)
    if not definite or head != p.head:  # ("the judges": a group)
        return None
    anaphor = r.anaphor(p, s, e, "person")
    choice = named_after(r, anaphor)
    if choice is not None or not (introducing or lede) or introduced_before(r.cast, anaphor):
        return choice
    last = _window_start(r, anaphor) + INTRODUCED_PARAGRAPHS
    first = _first_named_speaker(r.cast, anaphor, last, anaphor.sentence if lede else -1)
    if first is None:
        return None
    ent = r.cast.entities[first]
    role = " ".join(w for w in (*anaphor.modifiers, anaphor.head) if not w.endswith(("’s", "'s")))
    if ent.type is SpeakerType.PERSON and role:
        ent.roles.add(role)  # ("the governor of the Bank of England said ..." then "the governor said": the same)
    path = f"“{phrase}” → {ent.name}, named for the first time just after it"
    return SpeakerChoice(ent.id, Resolution.ALIAS, path, 0.6, sure=False)


def _first_named_speaker(cast: Cast, anaphor: Anaphor, last_paragraph: int, past_sentence: int) -> int | None:
    """The first person named for the first time after the description, by ``last_paragraph`` and after
    sentence ``past_sentence``, as a report's source ("..., predicted Madeleine Kunin"), else as a clause
    subject."""
    subject: int | None = None
    for m in cast.mentions[bisect.bisect_left(cast.starts, anaphor.end) :]:
        if m.paragraph > last_paragraph:
            break
        if m.sentence <= past_sentence:
            continue
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


LEDE_PARAGRAPHS = 1  # paragraphs more in which the name an indefinite role of the lede held back is looked for


def _held_back_in_lede(r: Resolver, p: Phrase, phrase: str, s: int, e: int) -> SpeakerChoice | None:
    """ "..., with a judge describing the attack as 'senseless'" in the lede, and "Mr Justice Ann Doyle said"
    two paragraphs on: an indefinite role of one person, with nothing after it, in the body's opening before
    anyone is named is the one named soon after with that role (a lede holds names back). Not an unnamed
    source's head ("a spokesman", "an official"), whom a story keeps unnamed."""
    if len(p.words) < 2 or p.words[0].lower() not in ("a", "an") or p.post or p.head in SPOKESPEOPLE:
        return None
    if singular(p.head) != p.head or r.ctx.paragraph_at(s) != _lede(r):  # type: ignore[attr-defined]
        return None
    body = r.ctx.paragraphs[_lede(r)].start  # type: ignore[attr-defined]
    if any(m.start >= body and r.cast.entities[m.entity].type is SpeakerType.PERSON for m in r.cast.before(s, 30)):
        return None  # (someone named before it in the lede)
    choice = named_after(r, r.anaphor(p, s, e, "person"), LEDE_PARAGRAPHS)
    if choice is None or choice.entity is None:
        return None
    if _marked_as_another(r, choice.entity, e):
        return None  # ("Ann Doyle, a doctor at a rival clinic": not the lede's doctor)
    why = f"“{phrase}” in the lede → {r.name(choice.entity)}, named soon after with its role"
    return SpeakerChoice(choice.entity, Resolution.ALIAS, why, 0.6, sure=False)


_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their"])


def _owned_role_named_after(r: Resolver, p: Phrase, s: int, e: int) -> SpeakerChoice | None:
    """ "..., her lawyer said." in the lede, and "Sokolova's lawyer Pavel Grinberg told ..." soon after: a role
    owned by a pronoun ("her lawyer", "his doctor") that nobody before it has is the one named with that role
    soon after (in the lede a paragraph further, as a lede holds names back)."""
    if len(p.words) != 2 or p.words[0].lower() not in _POSSESSIVE_PRONOUNS or p.head in SPOKESPEOPLE:
        return None
    further = LEDE_PARAGRAPHS if r.ctx.paragraph_at(s) == _lede(r) else 0  # type: ignore[attr-defined]
    return named_after(r, r.anaphor(p, s, e, "person"), further) or _same_role_set_off_later(r, p, e)


SET_OFF_PARAGRAPHS = 4  # paragraphs after the owned role's in which the same words with a name set off are looked for


def _same_role_set_off_later(r: Resolver, p: Phrase, e: int) -> SpeakerChoice | None:
    """ "with his lawyer describing the fine as ..." and, paragraphs on, "His lawyer, Claire Vidal, said ...": the
    same owned role, word for word, set off by a name later is that person (the first such naming)."""
    paras = r.ctx.paragraphs  # type: ignore[attr-defined]
    last = paras[min(len(paras) - 1, r.ctx.paragraph_at(e) + SET_OFF_PARAGRAPHS)].end  # type: ignore[attr-defined]
    words = rf"(?i:{re.escape(p.words[0])})\s+{re.escape(p.words[1])}"
    found = re.compile(rf"\b{words},\s+|,\s+{words}\s*[,.]").search(r.text, e, last)
    if found is None:
        return None
    after = not found.group().startswith(",")  # "Her lawyer, NAME" (else "NAME, her lawyer,")
    for m in r.cast.mentions[bisect.bisect_left(r.cast.starts, found.start() - 60) :]:
        if m.start > found.end():
            break
        hit = m.start == found.end() if after else m.end == found.start()
        if hit and m.how == "name" and r.cast.entities[m.entity].type is SpeakerType.PERSON:
            ent = r.cast.entities[m.entity]
            why = f"“{p.words[0]} {p.words[1]}” → {ent.name}, set off by the same words later"
            return SpeakerChoice(ent.id, Resolution.ALIAS, why, 0.6, sure=False)
    return None


_ANOTHER = re.compile(r"\b(?:another|second|rival|other|different)\b", re.I)


def _marked_as_another(r: Resolver, entity: int, after: int) -> bool:
    """Do the words around the name's first mention after ``after`` set the person apart ("a doctor at a rival
    clinic", "another judge", "a second doctor")? Then they are not the lede's unnamed one."""
    m = next((m for m in r.cast.mentions[bisect.bisect_left(r.cast.starts, after) :] if m.entity == entity), None)
    if m is None:
        return False
    around = r.text[max(0, m.start - 40) : m.start].rsplit(".", 1)[-1] + r.text[m.end : m.end + 80].split(".", 1)[0]
    return _ANOTHER.search(around) is not None


_LEDE_WORDS = 12  # words of the first paragraph of the body that is prose (not "Share", "Facebook", a dateline)


def _lede(r: Resolver) -> int:
    """The id of the lede: the first paragraph of the body with a sentence's worth of words."""
    cached: int | None = getattr(r, "_lede", None)
    if cached is None:
        paras = r.ctx.paragraphs  # type: ignore[attr-defined]
        first = body_start(r)
        long = (p.id for p in paras[first:] if len(r.text[p.start : p.end].split()) >= _LEDE_WORDS)
        cached = r._lede = next(long, first)  # type: ignore[attr-defined]
    return cached
