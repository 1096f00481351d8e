"""Interview transcripts: label lines ("Q:", "A:", "RUIZ:", "MR. TRUMP:") spoken by the people the article names.

In: the text, paragraphs, attributions (label lines: rule ``"speaker label"``) and the ``SpeakerResult`` of
``resolve_speakers``. Out: adjusted copies of both. Label lines are direct speech ("Question:"/"Answer:" lines
are added). "Q" is the interviewer the article names ("interviewed by X", "X asked", "sat down with the Herald's
X", "spoke with X of the Herald", a byline), "A" the interviewee ("sat down with X", "an interview with X", "X
told the Herald", "X took questions", the one person named in the paragraph just before the first label line,
else the person named most before it), else anonymous; "RUIZ", "MR. TRUMP" the article's person of that name
(case, titles ignored), else a person so named; "THE PRESIDENT", "MODERATOR" the one person introduced so, else
anonymous. "C, she added" on a line's words, "She added ..." opening the next paragraph and "I" in a line
continue its speaker. Each choice's path says how ("transcript label “Q” → the interviewer Tom Beck (“sat down
with the Herald's Tom Beck”)"); entities made of a label alone ("Q") go. Who the interviewer and the interviewee
are is found by :mod:`quotelens.interview_roles`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from quotelens.attribution import Attribution, QuoteKind
from quotelens.interview_roles import Voice, interview_roles
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
# "Question: ..." lines (the engine keeps one-word labels for headings unless they are in capitals).
_WORD_LABEL_RE = re.compile(r"[\"“]?(?P<label>Question|Answer|Interviewer)\s*(?P<colon>:)\s+(?P<rest>\S)")
_PRONOUN_SEX = {"she": "f", "he": "m"}
_FIRST_PERSON = frozenset(["I", "me", "my"])
_KEPT = "the engine's person"


@dataclass(slots=True)
class _Work:
    """The copies being adjusted (attributions, choices, entities, mentions) and indexes of the mentions."""

    text: str
    paragraphs: list[Paragraph]
    atts: list[Attribution]
    choices: list[SpeakerChoice]
    entities: list[Entity]
    mentions: list[Mention]
    labels: set[int]  # where the label lines' labels start
    made: dict[str, int] = field(default_factory=dict)  # entities made here, by name: a label used twice is one
    moves: list[Mention] = field(default_factory=list)  # mentions to put in place of those they overlap
    by_para: dict[int, list[Mention]] = field(default_factory=dict)
    media: dict[int, int] = field(default_factory=dict)  # where a news outlet's name starts -> ends
    count: Counter[int] = field(default_factory=Counter)
    named: set[int] = field(default_factory=set)  # mentioned elsewhere than in a label

    def __post_init__(self) -> None:
        self.count = Counter(m.entity for m in self.mentions)
        self.named = {m.entity for m in self.mentions if m.start not in self.labels}
        self.media = {m.start: m.end for m in self.mentions if self.entities[m.entity].type is SpeakerType.MEDIA}
        for m in self.mentions:
            self.by_para.setdefault(m.paragraph, []).append(m)

    def entity_named(self, name: str, kind: SpeakerType, sex: str | None = None) -> int:
        if name not in self.made:
            self.made[name] = len(self.entities)
            self.entities.append(Entity(len(self.entities), name, kind, sex=sex, person_evidence=1.0))
            self.named.add(self.made[name])
        return self.made[name]

    def persons(self) -> list[Entity]:
        """The persons, without those made of a label alone that hardly look like one ("STAT OF THE WEEK:")."""
        persons = [e for e in self.entities if e.type is SpeakerType.PERSON]
        return [e for e in persons if e.person_evidence >= 0.5 or e.id in self.named]


def apply_transcript(
    text: str, paragraphs: list[Paragraph], attributions: list[Attribution], result: SpeakerResult
) -> tuple[list[Attribution], SpeakerResult]:
    """The attributions and speaker result with every label line credited to its speaker: adjusted copies in
    the same order ("Question:" / "Answer:" lines added in place), or the inputs when no line is a label line."""
    words = [p for p in paragraphs if p.role is ParagraphRole.BODY and _WORD_LABEL_RE.match(text, p.start, p.end)]
    if not words and not any(a.rule == LABEL_RULE and a.source is not None for a in attributions):
        return attributions, result
    atts, choices = _with_word_labels(text, words, _copied(attributions), list(result.choices))
    lines = [i for i, a in enumerate(atts) if a.rule == LABEL_RULE and a.source is not None]
    if not lines:
        return attributions, result
    labels = {src[0] for i in lines if (src := atts[i].source) is not None}
    work = _Work(text, paragraphs, atts, choices, list(result.entities), list(result.mentions), labels)
    interviewer, interviewee = interview_roles(work, atts[lines[0]].paragraph)
    keys = [(text[slice(*(atts[i].source or (0, 0)))], choices[i].entity) for i in lines]  # (label, engine's choice)
    voices = {key: _voice_of(work, *key, interviewer, interviewee) for key in dict.fromkeys(keys)}  # each once
    spoken = []
    for i, key in zip(lines, keys, strict=True):
        att, src, voice = atts[i], atts[i].source or (0, 0), voices[key]
        if voice is None or _names_itself(work, att, key[0], voice.entity):
            continue  # no speaker's label ("UN:"), or a heading ("Jeb Bush: ... Mr. Bush proposed"): as it was
        if voice.evidence != _KEPT:
            choices[i] = _label_choice(work, key[0], voice)
        att.kind, entity = QuoteKind.DIRECT, choices[i].entity
        work.moves += [Mention(entity, *src, att.paragraph, "label", subject=True)] if entity is not None else []
        spoken.append(i)
    _continue_lines(work, spoken)
    return atts, _without_orphans(work, _repoint(work))


def _names_itself(work: _Work, att: Attribution, label: str, entity: int | None) -> bool:
    """A heading ("Marco Rubio: Two years ago, Senator Marco Rubio proposed"); not for capitals, "Q", "A"."""
    name = work.entities[entity].name if entity is not None else "\0"
    ments = [m for m in work.by_para.get(att.paragraph, []) if m.how == "name" and m.start >= att.start]
    return label != label.upper() and any(work.entities[m.entity].name.startswith(name) for m in ments)


def _copied(attributions: list[Attribution]) -> list[Attribution]:
    """Shallow copies whose ``parent`` links point at the copies (the caller's objects stay as they were)."""
    copies = {id(a): replace(a, content=list(a.content)) for a in attributions}
    for c in copies.values():
        c.parent = copies.get(id(c.parent), c.parent) if c.parent is not None else None
    return [copies[id(a)] for a in attributions]


def _with_word_labels(
    text: str, paragraphs: list[Paragraph], atts: list[Attribution], choices: list[SpeakerChoice]
) -> tuple[list[Attribution], list[SpeakerChoice]]:
    """Add the "Question: ..." / "Answer: ..." lines (of ``paragraphs``) the engine left as headings, in order."""
    labelled, keys = {a.paragraph for a in atts if a.rule == LABEL_RULE}, [(a.start, a.end) for a in atts]
    for para in reversed(paragraphs):  # (from the end: an insertion leaves the places found before it right)
        m = _WORD_LABEL_RE.match(text, para.start, para.end)
        if m is None or para.id in labelled or len(text[m.start("rest") : para.end].split()) < 3:
            continue
        colon, label = (m.start("colon"), m.end("colon")), (m.start("label"), m.end("label"))
        att = Attribution([(m.start("rest"), para.end)], colon, label, para.id, LABEL_RULE, 0.8, QuoteKind.DIRECT)
        k = bisect.bisect_right(keys, (att.start, att.end))
        atts.insert(k, att)
        choices.insert(k, SpeakerChoice(None, Resolution.UNRESOLVED, "", 0.0))
    return atts, choices


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
    if role and all(w in _ROLE_WORDS for w in role):
        holders = [e for e in work.persons() if " ".join(role) in e.roles]
        if len(holders) == 1:
            return Voice(holders[0].id, f"introduced as {' '.join(role)}")
        # ("HOST:", "UNIDENTIFIED MALE:" is nobody the article names, not a person the engine ranked or made for it)
        return Voice(None, "the " + " ".join(role))
    name = [w for w in role if w not in PERSON_TITLES] or role
    if (match := _person_named(work, name, sex, interviewee)) is not None:
        return Voice(match, "named in the article")
    if engine is not None and work.entities[engine] in work.persons() and work.entities[engine].person_evidence >= 0.5:
        return Voice(engine, _KEPT)  # the engine's person ("Continued Stone:" is Roger Stone)
    if (len(name) == 1 and is_surname(name[0])) or (len(name) > 1 and is_first_name(name[0])):
        return Voice(work.entity_named(" ".join(w.capitalize() for w in name), SpeakerType.PERSON, sex), "")
    return None


def _person_named(work: _Work, name: list[str], sex: str | None, interviewee: Voice | None) -> int | None:
    """The person whose name (or surname, or first and last name) is ``name``."""
    full = " ".join(name)
    persons = [e for e in work.persons() if sex is None or e.sex in (None, sex)]
    if exact := [e.id for e in persons if full in {n.lower() for n in [e.name, *e.aliases]}]:
        return exact[0]
    last = [e for e in persons if e.name.lower().split()[-1:] == name[-1:]]
    if len(name) > 1:
        last = [e for e in last if e.name.lower().split()[0] == name[0]]
    if interviewee is not None and interviewee.entity in {e.id for e in last}:
        return interviewee.entity
    return max(last, key=lambda e: work.count[e.id]).id if last else None


def _label_choice(work: _Work, label: str, voice: Voice) -> SpeakerChoice:
    words = " ".join(_label_words(label))
    part = "the interviewer " if words in _QUESTION else "the interviewee " if words in _ANSWER else ""
    head, ev = f"transcript label “{label}” →", voice.evidence
    if voice.entity is None:
        ent = work.entity_named(ev, SpeakerType.ANONYMOUS)
        return SpeakerChoice(ent, Resolution.ANONYMOUS, f"{head} {ev}, whom the article does not name", 0.7)
    name = work.entities[voice.entity].name
    how = Resolution.EXPLICIT if not ev or (not part and ev.startswith("named in")) else Resolution.ALIAS
    said = f"“{ev}”" if part and not ev.startswith("named most") else ev or "named by the label alone"
    return SpeakerChoice(voice.entity, how, f"{head} {part}{name} ({said})", 0.9 if said[0] == "“" or not part else 0.8)


def _repoint(work: _Work) -> set[int]:
    """Make each moved span one mention of its speaker, in the place of the first mention there (the others keep
    their order); returns the entities whose mentions there were taken."""
    moves = sorted(work.moves, key=lambda move: move.start)
    starts, out = [move.start for move in moves], []
    taken: defaultdict[int, list[Mention]] = defaultdict(list)
    for m in work.mentions:
        k = bisect.bisect_right(starts, m.end - 1) - 1  # the last moved span that starts before the mention ends
        if k < 0 or moves[k].end <= m.start:
            out.append(m)
            continue
        if not taken[k]:
            out.append(replace(moves[k], sentence=m.sentence))
        taken[k].append(m)
    work.mentions = out + [move for k, move in enumerate(moves) if not taken[k]]
    return {m.entity for k, ms in taken.items() for m in ms if m.entity != moves[k].entity}


def _continue_lines(work: _Work, lines: list[int]) -> None:
    """Pronouns that continue a label line's speaker: "C, she added" on its words, "She added ..." next, "I" in it."""
    text, atts = work.text, work.atts
    line_of = {atts[i].paragraph: i for i in lines}
    duplicates, parents, is_line = set(), {id(a.parent) for a in atts}, set(lines)
    for j, att in enumerate(atts):
        if j in is_line or (src := att.source) is None:
            continue
        word = text[src[0] : src[1]]
        i, said = _line_continued(work, att, word, line_of)
        entity, sex = work.choices[i].entity if i is not None else None, _PRONOUN_SEX.get(word.lower())
        if i is None or entity is None or (sex and work.entities[entity].sex not in (None, sex)):
            continue
        how = Resolution.FIRST_PERSON if word in _FIRST_PERSON else Resolution.PRONOUN
        label = text[slice(*(atts[i].source or (0, 0)))]
        path = f"transcript: “{word}” {said} the label line “{label}” → {work.entities[entity].name}"
        work.choices[j] = SpeakerChoice(entity, how, path, 0.9)
        if said == "closes":  # "A: C, she added": C is the line's words, without the label
            att.content[0] = (max(att.content[0][0], atts[i].start), att.content[0][1])
            att.kind = QuoteKind.DIRECT
            if att.content == atts[i].content and id(atts[i]) not in parents:
                duplicates.add(i)  # one quotation, credited once
        work.moves.append(Mention(entity, *src, att.paragraph, how.value, subject=True))
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
    opens = not work.text[work.paragraphs[att.paragraph].start : att.source[0]].strip(' "“')  # "She added ..."
    if i is None and att.paragraph - 1 in line_of and opens:
        return line_of[att.paragraph - 1], "follows"
    return None, ""


def _without_orphans(work: _Work, touched: set[int]) -> SpeakerResult:
    """Drop the entities made of a label alone ("Q", "RUIZ" as an organisation), now mentioned and chosen by none."""
    entities, mentions, choices = work.entities, work.mentions, work.choices
    used = {m.entity for m in mentions} | {c.entity for c in choices} | {e.author for e in entities}
    if not (dropped := touched - used):
        return SpeakerResult(entities, mentions, choices)
    new_id = {e.id: n for n, e in enumerate(e for e in entities if e.id not in dropped)}
    kept = [replace(e, id=new_id[e.id]) for e in entities if e.id in new_id]
    for e in kept:
        e.author = None if e.author is None else new_id[e.author]
    choices = [replace(c, entity=None if c.entity is None else new_id[c.entity]) for c in choices]
    return SpeakerResult(kept, [replace(m, entity=new_id[m.entity]) for m in mentions], choices)
