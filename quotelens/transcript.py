"""Interview transcripts: label lines ("Q:", "A:", "RUIZ:", "MR. TRUMP:") spoken by the people the article names.

In: the text, paragraphs, attributions (label lines have the rule ``"speaker label"``) and the
:class:`~quotelens.speakers.model.SpeakerResult` of ``resolve_speakers``. Out: both, adjusted copies:
every label line is direct speech ("Question:"/"Answer:" lines, read as headings by the engine, are added);
"Q"/"Question" is the interviewer the article names ("interviewed by X", "X asked", "sat down with the
Herald's X", "spoke with X of the Herald", else a byline) or an anonymous "the interviewer"; "A"/"Answer"
is the interviewee ("sat down with X", "an interview with X", "X told the Herald", else the person named
most before the first label line) or "the interviewee"; a name label ("RUIZ", "MR. TRUMP") is the
article's person of that name (case and titles ignored), else a person of the label's name; a role label
("THE PRESIDENT", "MODERATOR") is the one person introduced so, else anonymous. "C, she added" on a label
line's words, "She added ..." opening the next paragraph and "I" inside a line continue its speaker when
the pronoun's sex agrees. Each choice's path says how ("transcript label “Q” → the interviewer Tom Beck
(“sat down with the Herald's Tom Beck”)"); the label's mention points at that speaker, and an entity the
engine made of the label alone ("Q", "RUIZ" as an organisation) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quotelens.attribution import Attribution, QuoteKind
from quotelens.segment import Paragraph, ParagraphRole
from quotelens.speakers.lexicon import PERSON_TITLES, ROLE_NOUNS, is_first_name, is_surname
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerResult, SpeakerType

LABEL_RULE = "speaker label"
_QUESTION = frozenset(["q", "question", "interviewer"])
_ANSWER = frozenset(["a", "answer"])
# Words of a label that names a part someone plays, not a person ("UNIDENTIFIED MALE", "AUDIENCE MEMBER").
_ROLE_WORDS = ROLE_NOUNS | frozenset(
    "moderator interviewer panelist caller announcer narrator audience member crowd voice unidentified unknown "
    "male female man woman protester protesters supporter supporters participant questioner off-camera".split()
)
_JOURNALISTS = frozenset(
    "reporter reporters writer writers editor correspondent columnist host anchor journalist interviewer producer "
    "contributor blogger critic".split()
)
# "Question: ..." lines (the engine keeps one-word labels for headings unless they are in capitals).
_WORD_LABEL_RE = re.compile(r"[\"“]?(?P<label>Question|Answer|Interviewer)\s*(?P<colon>:)\s+(?P<rest>\S)")
_WITH_RE = re.compile(r"\b(?:sat|sits|sit|spoke|speaks|talked|talks|met|meets|chatted|chats)\s+(?:down\s+)?with\s+")
_INTERVIEW_WITH_RE = re.compile(r"(?i)\b(?:interview|q\s*&\s*a|conversation|chat)\s+with\s+")
_INTERVIEWED_BY_RE = re.compile(r"\binterviewed\s+by\s+")
_INTERVIEWED_RE = re.compile(r"\binterviewed\s+(?!by\b)")
_ASKED_RE = re.compile(r"\s+asked\b")
_TOLD_RE = re.compile(r",?\s+told\s+(?:the\s+)?")
_OF_OUTLET_RE = re.compile(r",?\s+(?:of|from|with)\s+(?:the\s+)?")
_BYLINE_RE = re.compile(r"\s*By\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})")
_PRONOUN_SEX = {"she": "f", "he": "m"}
_FIRST_PERSON = frozenset(["I", "me", "my"])
_KEPT = "the engine's person"


@dataclass(frozen=True, slots=True)
class Voice:
    """Who speaks a label: an entity (or None: nobody named) and the words that say so."""

    entity: int | None
    evidence: str


@dataclass(slots=True)
class _Work:
    """The copies being adjusted: attributions, choices, entities and mentions."""

    text: str
    paragraphs: list[Paragraph]
    atts: list[Attribution]
    choices: list[SpeakerChoice]
    entities: list[Entity]
    mentions: list[Mention]
    made: dict[str, int]  # entities made here, by name, so a label used twice is one speaker
    labels: set[int]  # where the label lines' labels start

    def entity_named(self, name: str, kind: SpeakerType, sex: str | None = None) -> int:
        if name not in self.made:
            self.made[name] = len(self.entities)
            self.entities.append(Entity(len(self.entities), name, kind, sex=sex, person_evidence=1.0))
        return self.made[name]

    def persons(self) -> list[Entity]:
        """The persons, without those made of a label alone that hardly look like one ("STAT OF THE WEEK:")."""
        named = {m.entity for m in self.mentions if m.start not in self.labels}
        return [
            e
            for e in self.entities
            if e.type is SpeakerType.PERSON
            and (e.person_evidence >= 0.5 or e.id in named or e.id in self.made.values())
        ]


def apply_transcript(
    text: str, paragraphs: list[Paragraph], attributions: list[Attribution], result: SpeakerResult
) -> tuple[list[Attribution], SpeakerResult]:
    """The attributions and speaker result with every transcript label line credited to its speaker.

    Returns the inputs themselves when the text has no label line; otherwise adjusted copies (the
    attributions keep their order, with any "Question:" / "Answer:" line added in place).
    """
    words = [p for p in paragraphs if p.role is ParagraphRole.BODY and _WORD_LABEL_RE.match(text, p.start, p.end)]
    if not words and not any(a.rule == LABEL_RULE and a.source is not None for a in attributions):
        return attributions, result
    atts, choices = _with_word_labels(text, words, _copied(attributions), list(result.choices))
    lines = [i for i, a in enumerate(atts) if a.rule == LABEL_RULE and a.source is not None]
    if not lines:
        return attributions, result
    labels = {src[0] for i in lines if (src := atts[i].source) is not None}
    work = _Work(text, paragraphs, atts, choices, list(result.entities), list(result.mentions), {}, labels)
    first_line = atts[lines[0]].paragraph
    interviewer, interviewee = _interview_roles(work, first_line)
    touched: set[int] = set()
    for i in lines:
        att = atts[i]
        assert att.source is not None
        label = text[att.source[0] : att.source[1]]
        voice = _voice_of(work, label, choices[i].entity, interviewer, interviewee)
        if voice is None:
            continue  # not a speaker's label ("UN:", "STAT OF THE WEEK:"): the engine's reading stays
        if voice.evidence != _KEPT:
            choices[i] = _label_choice(work, label, voice)
        atts[i].kind = QuoteKind.DIRECT
        touched |= _point_mentions(work, att.source, choices[i].entity, att.paragraph, "label")
    _continue_lines(work, lines, touched)
    entities, mentions, choices = _without_orphans(work.entities, work.mentions, work.choices, touched)
    return atts, SpeakerResult(entities, mentions, choices)


def _copied(attributions: list[Attribution]) -> list[Attribution]:
    """Shallow copies whose ``parent`` links point at the copies (the caller's objects stay as they were)."""
    copies = {id(a): replace(a, content=list(a.content)) for a in attributions}
    for c in copies.values():
        if c.parent is not None and id(c.parent) in copies:
            c.parent = copies[id(c.parent)]
    return [copies[id(a)] for a in attributions]


def _with_word_labels(
    text: str, paragraphs: list[Paragraph], atts: list[Attribution], choices: list[SpeakerChoice]
) -> tuple[list[Attribution], list[SpeakerChoice]]:
    """Add the "Question: ..." / "Answer: ..." lines (of ``paragraphs``) the engine left as headings, in order."""
    labelled = {a.paragraph for a in atts if a.rule == LABEL_RULE}
    for para in paragraphs:
        m = _WORD_LABEL_RE.match(text, para.start, para.end)
        if m is None or para.id in labelled or len(text[m.start("rest") : para.end].split()) < 3:
            continue
        att = Attribution(
            [(m.start("rest"), para.end)],
            (m.start("colon"), m.end("colon")),
            (m.start("label"), m.end("label")),
            para.id,
            LABEL_RULE,
            0.8,
            QuoteKind.DIRECT,
        )
        k = next((n for n, a in enumerate(atts) if (a.start, a.end) > (att.start, att.end)), len(atts))
        atts.insert(k, att)
        choices.insert(k, SpeakerChoice(None, Resolution.UNRESOLVED, "", 0.0))
    return atts, choices


# ---------------------------------------------------------------- who the interview is between
def _interview_roles(work: _Work, first_line: int) -> tuple[Voice | None, Voice | None]:
    """The interviewer and the interviewee the paragraphs before the first label line name."""
    opening = [p for p in work.paragraphs if p.id < first_line]
    found: dict[str, Voice] = {}
    for para in opening:
        for role, voice in _cue_roles(work, para):
            found.setdefault(role, voice)
    if "interviewer" not in found:
        byline = _byline(work, opening)
        if byline is not None and (found.get("interviewee") is None or found["interviewee"].entity != byline.entity):
            found["interviewer"] = byline
    if "interviewee" not in found:
        taken = found["interviewer"].entity if "interviewer" in found else None
        named = _named_most(work, opening, taken)
        if named is not None:
            found["interviewee"] = named
    return found.get("interviewer"), found.get("interviewee")


def _person_mentions(work: _Work, para: Paragraph) -> list[Mention]:
    return [
        m
        for m in work.mentions
        if para.start <= m.start < para.end and not m.in_quote and work.entities[m.entity].type is SpeakerType.PERSON
    ]


def _cue_roles(work: _Work, para: Paragraph) -> list[tuple[str, Voice]]:
    """(role, voice) pairs said by one paragraph, in the order of its cues."""
    text, out = work.text, []
    ments = _person_mentions(work, para)
    for m in _WITH_RE.finditer(text, para.start, para.end):
        after, before = _after(text, ments, m.end()), _before(text, ments, m.start())
        if after is not None and _journalist(work, after):
            out.append(("interviewer", _voice(work, after, m.start(), after.end)))
            if before is not None:
                out.append(("interviewee", _voice(work, before, before.start, m.end())))
        elif before is not None and _journalist(work, before):
            out.append(("interviewer", _voice(work, before, before.start, m.end())))
            if after is not None:
                out.append(("interviewee", _voice(work, after, m.start(), after.end)))
        elif after is not None:
            out.append(("interviewee", _voice(work, after, m.start(), after.end)))
    for regex, role_after, role_before in (
        (_INTERVIEW_WITH_RE, "interviewee", None),
        (_INTERVIEWED_BY_RE, "interviewer", "interviewee"),
        (_INTERVIEWED_RE, "interviewee", "interviewer"),
    ):
        for m in regex.finditer(text, para.start, para.end):
            after, before = _after(text, ments, m.end()), _before(text, ments, m.start())
            if after is not None:
                out.append((role_after, _voice(work, after, m.start(), after.end)))
            if before is not None and role_before is not None:
                out.append((role_before, _voice(work, before, before.start, m.end())))
    for ment in ments:
        if _ASKED_RE.match(text, ment.end):
            out.append(("interviewer", _voice(work, ment, ment.start, ment.end + len(" asked"))))
        told = _TOLD_RE.match(text, ment.end)
        if told and _media_end(work, told.end()) > 0:
            out.append(("interviewee", _voice(work, ment, ment.start, _media_end(work, told.end()))))
    return out


def _voice(work: _Work, who: Mention, start: int, end: int) -> Voice:
    """The voice of ``who`` with ``text[start:end]`` (up to a word's end) as the words that say so."""
    end = min(len(work.text), end)
    while end < len(work.text) and work.text[end - 1].isalnum() and work.text[end].isalnum():
        end += 1
    return Voice(who.entity, " ".join(work.text[start:end].split()))


def _after(text: str, ments: list[Mention], pos: int) -> Mention | None:
    """The person named right after ``pos`` ("with [the Herald's] Tom Beck"): a few words, no clause break."""
    for m in ments:
        if m.start >= pos:
            gap = text[pos : m.start]
            return m if len(gap.split()) <= 5 and not re.search(r"[,;:!?()]|\.\s", gap) else None
    return None


def _before(text: str, ments: list[Mention], pos: int) -> Mention | None:
    """The person named right before ``pos`` ("Senator Jane Ruiz sat down with")."""
    for m in reversed(ments):
        if m.end <= pos:
            gap = text[m.end : pos]
            return m if len(gap.split()) <= 2 and not re.search(r"[,;:!?()]|\.\s", gap) else None
    return None


def _journalist(work: _Work, ment: Mention) -> bool:
    """ "the Herald's Tom Beck", "reporter Tom Beck", "Tom Beck of the Herald": a journalist."""
    line_start = work.text.rfind("\n", 0, ment.start) + 1
    words = work.text[max(line_start, ment.start - 40) : ment.start].lower().replace("’", "'").split()[-3:]
    if any(w.endswith("'s") or w.strip(".,") in _JOURNALISTS for w in words):
        return True
    outlet = _OF_OUTLET_RE.match(work.text, ment.end)
    return bool(outlet and _media_end(work, outlet.end()) > 0)


def _media_end(work: _Work, pos: int) -> int:
    """The end of a news outlet's name starting at ``pos`` (-1: none starts there)."""
    return next(
        (m.end for m in work.mentions if m.start == pos and work.entities[m.entity].type is SpeakerType.MEDIA), -1
    )


def _byline(work: _Work, opening: list[Paragraph]) -> Voice | None:
    """The writer of a byline ("By Ann Lee"), as the interviewer when nobody else is named as one."""
    for para in opening[:4]:
        m = _BYLINE_RE.match(work.text, para.start, para.end)
        if m is None:
            continue
        ments = [x for x in _person_mentions(work, para) if x.start >= m.start("name")]
        if ments:
            return Voice(ments[0].entity, " ".join(work.text[para.start : ments[0].end].split()))
        name = m.group("name")
        return Voice(work.entity_named(name, SpeakerType.PERSON), " ".join(work.text[para.start : m.end()].split()))
    return None


def _named_most(work: _Work, opening: list[Paragraph], taken: int | None) -> Voice | None:
    """The person named most often before the first label line (ties: the first named)."""
    counts: dict[int, int] = {}
    for para in opening:
        if _BYLINE_RE.match(work.text, para.start, para.end) or para.role is ParagraphRole.BYLINE:
            continue
        for m in _person_mentions(work, para):
            if m.entity != taken:
                counts[m.entity] = counts.get(m.entity, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda e: counts[e])  # (dicts keep first-named order, so ties go to the first)
    return Voice(best, f"named most before the first label line, {counts[best]} times")


# ---------------------------------------------------------------- who speaks one label
def _label_words(label: str) -> list[str]:
    return [w.strip(".,\"“”'’").lower() for w in label.split() if w.strip(".,\"“”'’")]


def _voice_of(
    work: _Work, label: str, engine: int | None, interviewer: Voice | None, interviewee: Voice | None
) -> Voice | None:
    """Who the article names for ``label`` (``Voice(None, ...)``: nobody); None when the label is no speaker
    we can tell ("UN:", "STAT OF THE WEEK:"), so the engine's reading stays. ``engine``: the engine's choice."""
    words = _label_words(label)
    key = " ".join(words)
    if key in _QUESTION:
        return interviewer or Voice(None, "the interviewer")
    if key in _ANSWER:
        return interviewee or Voice(None, "the interviewee")
    sex = "m" if words[:1] == ["mr"] else "f" if words[:1] in (["mrs"], ["ms"], ["miss"]) else None
    role = [w for w in words if w != "the"]
    is_role = bool(role) and all(w in _ROLE_WORDS for w in role)
    if is_role:
        holders = [e for e in work.persons() if " ".join(role) in e.roles]
        if len(holders) == 1:
            return Voice(holders[0].id, f"introduced as {' '.join(role)}")
    name = [w for w in role if w not in PERSON_TITLES] or role
    match = _person_named(work, name, sex, interviewee)
    if match is not None:
        return Voice(match, "named in the article")
    if (
        engine is not None
        and work.entities[engine].type is SpeakerType.PERSON
        and work.entities[engine].person_evidence >= 0.5
    ):
        return Voice(engine, _KEPT)  # the engine's person ("Continued Stone:" is Roger Stone)
    if is_role:
        return Voice(None, "the " + " ".join(role))
    if (len(name) == 1 and is_surname(name[0])) or (len(name) > 1 and is_first_name(name[0])):
        return Voice(work.entity_named(" ".join(w.capitalize() for w in name), SpeakerType.PERSON, sex), "")
    return None


def _person_named(work: _Work, name: list[str], sex: str | None, interviewee: Voice | None) -> int | None:
    """The person whose name (or surname, or first and last name) is ``name``."""
    full = " ".join(name)
    persons = [e for e in work.persons() if sex is None or e.sex in (None, sex)]
    exact = [e.id for e in persons if full in {n.lower() for n in [e.name, *e.aliases]}]
    if exact:
        return exact[0]
    last = [e for e in persons if e.name.lower().split()[-1:] == name[-1:]]
    if len(name) > 1:
        last = [e for e in last if e.name.lower().split()[0] == name[0]]
    if not last:
        return None
    if interviewee is not None and interviewee.entity in {e.id for e in last}:
        return interviewee.entity
    count = {e.id: sum(m.entity == e.id for m in work.mentions) for e in last}
    return max(count, key=lambda e: count[e])


def _label_choice(work: _Work, label: str, voice: Voice) -> SpeakerChoice:
    words = " ".join(_label_words(label))
    part = "the interviewer " if words in _QUESTION else "the interviewee " if words in _ANSWER else ""
    head = f"transcript label “{label}” →"
    if voice.entity is None:
        ent = work.entity_named(voice.evidence, SpeakerType.ANONYMOUS)
        return SpeakerChoice(ent, Resolution.ANONYMOUS, f"{head} {voice.evidence}, whom the article does not name", 0.7)
    name = work.entities[voice.entity].name
    if not voice.evidence:
        return SpeakerChoice(voice.entity, Resolution.EXPLICIT, f"{head} {name} (named by the label alone)", 0.8)
    if not part:
        how = Resolution.EXPLICIT if voice.evidence.startswith("named") else Resolution.ALIAS
        return SpeakerChoice(voice.entity, how, f"{head} {name} ({voice.evidence})", 0.9)
    if voice.evidence.startswith("named most"):
        return SpeakerChoice(voice.entity, Resolution.ALIAS, f"{head} {part}{name} ({voice.evidence})", 0.8)
    return SpeakerChoice(voice.entity, Resolution.ALIAS, f"{head} {part}{name} (“{voice.evidence}”)", 0.9)


# ---------------------------------------------------------------- mentions, pronouns, orphans
def _point_mentions(work: _Work, span: tuple[int, int], entity: int | None, paragraph: int, how: str) -> set[int]:
    """Make ``span`` one mention of ``entity``; returns the entities whose mentions there were taken away."""
    there = [m for m in work.mentions if m.start < span[1] and m.end > span[0]]
    work.mentions = [m for m in work.mentions if not (m.start < span[1] and m.end > span[0])]
    if entity is not None:
        sentence = there[0].sentence if there else -1
        work.mentions.append(Mention(entity, span[0], span[1], paragraph, how, sentence, subject=True))
        work.mentions.sort(key=lambda m: (m.start, m.end))
    return {m.entity for m in there} - {entity}


def _continue_lines(work: _Work, lines: list[int], touched: set[int]) -> None:
    """ "C, she added" on a label line's words, "She added ..." right after it and "I" inside it: its speaker."""
    text, atts = work.text, work.atts
    line_of = {atts[i].paragraph: i for i in lines}
    duplicates: set[int] = set()
    for j, att in enumerate(atts):
        src = att.source
        if j in line_of.values() or src is None:
            continue
        word = text[src[0] : src[1]]
        i, said = _line_continued(work, att, word, line_of)
        entity = work.choices[i].entity if i is not None else None
        if i is None or entity is None:
            continue
        sex = _PRONOUN_SEX.get(word.lower())
        if sex and work.entities[entity].sex not in (None, sex):
            continue
        how = Resolution.FIRST_PERSON if word in _FIRST_PERSON else Resolution.PRONOUN
        lsrc = atts[i].source or (0, 0)
        label = text[lsrc[0] : lsrc[1]]
        path = f"transcript: “{word}” {said} the label line “{label}” → {work.entities[entity].name}"
        work.choices[j] = SpeakerChoice(entity, how, path, 0.9)
        if said == "closes":  # "A: C, she added": C is the line's words, without the label
            att.content[0] = (max(att.content[0][0], atts[i].start), att.content[0][1])
            att.kind = QuoteKind.DIRECT
            if att.content == atts[i].content and not any(a.parent is atts[i] for a in atts):
                duplicates.add(i)  # one quotation, credited once
        touched |= _point_mentions(work, src, entity, att.paragraph, how.value)
    for i in sorted(duplicates, reverse=True):
        del work.atts[i], work.choices[i]


def _line_continued(work: _Work, att: Attribution, word: str, line_of: dict[int, int]) -> tuple[int | None, str]:
    """The label line whose speaker the pronoun ``word`` (the source of ``att``) stands for, and how."""
    assert att.source is not None
    i = line_of.get(att.paragraph)
    if i is not None and word in _FIRST_PERSON and work.atts[i].start <= att.source[0] < work.atts[i].end:
        return i, "is the speaker of"
    if word.lower() not in _PRONOUN_SEX:
        return None, ""
    if i is not None and att.start <= work.atts[i].start:
        return i, "closes"
    if i is None and att.paragraph - 1 in line_of and _opens(work, att):
        return line_of[att.paragraph - 1], "follows"
    return None, ""


def _opens(work: _Work, att: Attribution) -> bool:
    """The source opens its paragraph ("She added that ...", "“C,” she said" does not)."""
    assert att.source is not None
    para = work.paragraphs[att.paragraph]
    return not work.text[para.start : att.source[0]].strip(' "“')


def _without_orphans(
    entities: list[Entity], mentions: list[Mention], choices: list[SpeakerChoice], touched: set[int]
) -> tuple[list[Entity], list[Mention], list[SpeakerChoice]]:
    """Drop the entities made of a label alone ("Q", "RUIZ" as an organisation), now mentioned and chosen by none."""
    used = {m.entity for m in mentions} | {c.entity for c in choices} | {e.author for e in entities}
    dropped = touched - used
    if not dropped:
        return entities, mentions, choices
    new_id: dict[int, int] = {}
    for e in entities:
        if e.id not in dropped:
            new_id[e.id] = len(new_id)
    kept = [
        replace(e, id=new_id[e.id], author=new_id.get(e.author) if e.author is not None else None)
        for e in entities
        if e.id in new_id
    ]
    return (
        kept,
        [replace(m, entity=new_id[m.entity]) for m in mentions],
        [replace(c, entity=new_id[c.entity]) if c.entity is not None else c for c in choices],
    )
