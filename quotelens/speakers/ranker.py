"""Rank the candidate antecedents of a pronoun or description: a small learned model.

In: an :class:`~quotelens.speakers.candidates.Anaphor`, its candidates and the cast. Out: the
chosen entity (or nobody: an anonymous "they"), its probability and the features that decided it.

How:
    Each candidate gets named features — salience (clause subject, times mentioned and quoted,
    introduced in the lead), recency (sentences and paragraphs back, the last or an earlier speaker),
    agreement (sex from first names, titles and earlier pronouns; number; the kind of entity), and
    for descriptions whether the candidate was introduced with that role ("the Indiana governor" and
    "Indiana Gov. Mike Pence"). A conditional logit over the candidates, plus a "nobody" option,
    fitted on PolNeAR *train* canonical speakers by ``tools/train_speakers.py`` (weights in
    ``data/speakers.json``), scores them; the softmax share of the best is how sure it is.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from quotelens.speakers.agreement import name_origin_clash
from quotelens.speakers.candidates import (
    PERSONAL,
    Anaphor,
    Candidate,
    role_named,
    role_synonyms,
    unnamed_person,
    unnamed_plural,
)
from quotelens.speakers.candidates import matched_role as matched_role  # (described.py, resolve.py use it here)
from quotelens.speakers.kindmatch import kind_match as kind_match  # (orgkinds.py and the tests read it here)
from quotelens.speakers.kindmatch import named_after_kind, of_own_kind
from quotelens.speakers.lexicon import ANONYMOUS
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, SpeakerType
from quotelens.speakers.replies import not_interrupting
from quotelens.speakers.rolecands import TIME_MODIFIERS, described_person
from quotelens.speakers.subjects import subject_just_before

_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "speakers.json"
NOBODY = -1
# tools/train_speakers.py sets this to a list to record every ranking: (anaphor, [(entity, features)])
TRACE: list[tuple[Anaphor, list[tuple[int, dict[str, float]]]]] | None = None
# Below this share the choice is shown as unsure (and can be left out of the counts): on train, rankings
# with a share under 0.7 were right 60 % of the time, those above 86 %.
SURE_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Ranked:
    entity: int  # NOBODY for "nobody in particular"
    share: float
    features: dict[str, float]
    runner_up: float


_OVERRIDE: list[dict[str, float]] = []  # weights set in memory (tools/train_speakers.py), over the file's


@cache
def _file_weights() -> dict[str, float]:
    if not _WEIGHTS.is_file():
        return {}
    return dict(json.loads(_WEIGHTS.read_text(encoding="utf-8"))["weights"])


def weights() -> dict[str, float]:
    return _OVERRIDE[-1] if _OVERRIDE else _file_weights()


def use_weights(w: dict[str, float] | None) -> None:
    """Rank with ``w`` instead of the packaged weights (None: the packaged weights again)."""
    _OVERRIDE.clear()
    if w is not None:
        _OVERRIDE.append(w)


_SENTENCES_BACK = tuple(f"sentences_back={n}" for n in range(4))
_PARAGRAPHS_BACK = tuple(f"paragraphs_back={n}" for n in range(3))
_RECENCY_RANK = tuple(f"recency_rank={n}" for n in range(4))
_SPEAKER_RANK = tuple(f"speaker_rank={n}" for n in range(3))
_TYPE_KEY = {t: f"type={t.value}" for t in SpeakerType}
_LAST_HOW: dict[str, str] = {}  # "name" -> "last_how=name", made once


def _bucket(n: int | None, top: int) -> str:
    return "none" if n is None else str(top if top < n else n)


def _role_match(ent: Entity, anaphor: Anaphor) -> tuple[float, float]:
    """(the head noun is among the entity's roles, a modifier of the description is too)."""
    if not anaphor.head:
        return 0.0, 0.0
    words = {w for role in ent.roles for w in role.split()}
    head = float(role_named(ent.roles, role_synonyms(anaphor.head), anaphor.head))
    names = {w.lower() for w in ent.name.split()}
    mods = [m for m in anaphor.modifiers if m not in TIME_MODIFIERS]
    modifier = float(bool(mods) and any(m in words or m in names for m in mods))
    return head, modifier


def features(cast: Cast, anaphor: Anaphor, cand: Candidate) -> dict[str, float]:
    """The named features of one candidate antecedent (0/1 or small numbers)."""
    ent = cast.entities[cand.entity]
    cls = anaphor.cls
    f: dict[str, float] = {}
    last = cand.last
    if last is not None:
        # (min and max of two numbers written out: each call costs ~1k instructions)
        sent_back = anaphor.sentence - last.sentence if anaphor.sentence > last.sentence else 0
        f["sentences_back_log"] = math.log1p(sent_back)
        f[_SENTENCES_BACK[3 if sent_back > 3 else sent_back]] = 1.0
        back = anaphor.paragraph - last.paragraph
        f[_PARAGRAPHS_BACK[2 if back > 2 else back] if back >= 0 else f"paragraphs_back={back}"] = 1.0
        f["last_subject"] = float(last.subject)
        f["last_in_quote"] = float(last.in_quote)
        f["last_in_content"] = float(not last.in_quote and cast.in_content(last.start))
        f[_LAST_HOW.get(last.how) or _LAST_HOW.setdefault(last.how, f"last_how={last.how}")] = 1.0
    else:
        f["not_mentioned"] = 1.0
    f[_RECENCY_RANK[3 if cand.recency_rank > 3 else cand.recency_rank]] = 1.0
    f["speaker_rank=none" if cand.speaker_rank is None else _SPEAKER_RANK[min(cand.speaker_rank, 2)]] = 1.0
    if cand.speaker_paragraph is not None:
        f[f"speaker_paragraphs_back={_bucket(anaphor.paragraph - cand.speaker_paragraph, 2)}"] = 1.0
    f["mentions_log"] = math.log1p(cand.mentions)
    f["subject_mentions_log"] = math.log1p(cand.subject_mentions)
    f["quoted_log"] = math.log1p(cand.quoted)
    f["article_mentions_log"] = math.log1p(cast.count_before(ent.id, anaphor.start))
    f["article_quoted_log"] = math.log1p(cand.quoted_all)
    f["in_headline"] = float(cast.in_headline(ent.id))
    f[_TYPE_KEY[ent.type]] = 1.0
    if ent.type is SpeakerType.PERSON:
        f["person_evidence"] = ent.person_evidence
    want = anaphor.sex
    if want and ent.type is SpeakerType.PERSON:
        f["sex=" + ("unknown" if ent.sex is None else "match" if ent.sex == want else "clash")] = 1.0
    if anaphor.in_quote:
        f["anaphor_in_quote"] = 1.0
    if anaphor.opens_sentence and last is not None and last.subject:
        f["both_subjects"] = 1.0
    if cand.chain_last and cls in PERSONAL:
        f["chain_last"] = 1.0  # the nearest he/she before stands for it
    if cand.paragraph_topic and cls in PERSONAL:
        f["paragraph_topic"] = 1.0  # the subject of the paragraph's first sentence
    if cls == "person":
        head, modifier = _role_match(ent, anaphor)
        f["role_match"] = head
        f["role_modifier_match"] = modifier
        f["role_other"] = float(bool(ent.roles) and not head)
    elif cls in ("org", "it", "they"):
        f["kind_match"] = kind_match(ent, anaphor)
    if cls == "who" and last is not None:
        f["who_adjacent"] = float(anaphor.start - last.end <= 3)
    return f


def nobody_features(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> dict[str, float]:
    f = {"nobody": 1.0, f"nobody:{anaphor.cls}": 1.0}
    before = cast.text[max(0, anaphor.start - 160) : anaphor.start].lower().split()
    if any(w.strip(".,;:“”\"'") in ANONYMOUS for w in before):  # "people in a recent poll said they"
        f["nobody:plural_noun_before"] = 1.0
    if not cands:
        f["nobody:no_candidates"] = 1.0
    if anaphor.in_quote:
        f["nobody:in_quote"] = 1.0
    return f


def score(f: dict[str, float], w: dict[str, float]) -> float:
    total = 0.0
    get = w.get
    for k, v in f.items():
        total += get(k, 0.0) * v
    return total


def _sex_agrees(ent: Entity, sex: str) -> bool:
    """No known sex of the entity is the other one: its name's or title's, or the one an earlier "he" or
    "she" resolved to it gave."""
    return ent.sex in (None, sex) and (ent.sex is not None or ent.said_sex in (None, sex))


def rank(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> Ranked | None:
    """The best candidate (or nobody) by the learned weights; None when there is nothing to rank."""
    w = weights()
    if anaphor.sex:  # agreement is a filter: a known sex never takes the other one's pronoun
        agreeing = [c for c in cands if _sex_agrees(cast.entities[c.entity], anaphor.sex)]
        if not agreeing and cands and anaphor.cls in PERSONAL:
            return None  # ("she" after "Robert Laurenson" alone: someone the article has not named)
        cands = agreeing or cands
    if anaphor.cls == "person" and anaphor.head:  # "the governor" is the one introduced as governor, if any
        person = described_person(cast, anaphor, cands)
        if person is None:
            return None
        cands = person
    if anaphor.cls == "org":  # "the network" is an organisation of that kind, or one not named before
        cands = [
            c
            for c in cands
            if kind_match(cast.entities[c.entity], anaphor) and not name_origin_clash(cast.entities[c.entity], anaphor)
        ]
        own = [
            c
            for c in cands
            if of_own_kind(cast.entities[c.entity], anaphor.head)
            or (
                cast.entities[c.entity].type is SpeakerType.ORGANISATION  # (only a body is named after its kind)
                and named_after_kind(cast, cast.entities[c.entity], anaphor.head)
            )
        ]
        cands = own or cands  # ("the agency": the one introduced as an agency, over any organisation)
    if anaphor.cls in PERSONAL:  # "he" is a person: a capitalised run with no sign of one is not
        # (an unnamed source whose head is a person's, "a nurse at a hospital in Leeds", is one)
        cands = _people(cast, anaphor, cands)  # "Social Security" is no "she"
    if anaphor.cls in PERSONAL and not anaphor.in_quote:
        cands = subject_just_before(cast, anaphor, cands) or not_interrupting(cast, anaphor, cands)
    elif anaphor.cls == "they":
        cands = _they(cast, anaphor, [c for c in cands if not _only_a_place(cast, c)])
    options = [(c.entity, features(cast, anaphor, c)) for c in cands]
    if anaphor.cls not in PERSONAL | {"person", "org"}:
        options.append((NOBODY, nobody_features(cast, anaphor, cands)))
    if not options:
        return None
    if TRACE is not None:
        TRACE.append((anaphor, options))
    scores = [score(f, w) for _, f in options]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    order = sorted(range(len(options)), key=lambda k: -scores[k])
    best = order[0]
    runner = exps[order[1]] / total if len(order) > 1 else 0.0
    return Ranked(options[best][0], exps[best] / total, options[best][1], runner)


def _they(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """An unnamed plural source ("analysts at ING") is "they" only as the latest subject (or, unmentioned, the last
    speaker) in its paragraph or the one before; "They" opening the sentence after it is them ("Researchers at
    Stanford said ... They write")."""
    plural = [c for c in cands if unnamed_plural(cast.entities[c.entity])]
    if not plural:
        return cands
    starts = [c.last.start for c in cands if c.last is not None and c.last.subject and not c.last.in_quote]
    latest = max(starts, default=-1)
    kept = [
        c
        for c in plural
        if anaphor.text.lower() == "they"
        and (c.speaker_rank == 0 if c.last is None else c.last.start == latest)
        and (c.speaker_paragraph or 0) >= anaphor.paragraph - 1
    ]
    cands = [c for c in cands if c not in plural or c in kept]
    if kept and not anaphor.in_quote:
        return [c for c in subject_just_before(cast, anaphor, cands) if c in kept] or cands
    return cands


def _only_a_place(cast: Cast, cand: Candidate) -> bool:
    """Is the organisation only where something happened ("outside Parliament House"), never a subject or a
    source? It is no "they"."""
    last = cand.last
    if last is None or cand.subject_mentions or cand.quoted_all:
        return False
    if cast.entities[cand.entity].type is not SpeakerType.ORGANISATION:
        return False
    return _PLACE_BEFORE.search(cast.text, max(0, last.start - 12), last.start) is not None


_PLACE_BEFORE = re.compile(r"\b(?:outside|inside|near|at|in|into|across|around|opposite|behind)\s+(?:the\s+)?$")


def _people(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that are people as surely as the surest: a name credited with a report ("Siti said nobody
    listened") is one as much as an unknown two-word name, unless a person of the pronoun's sex is named in its
    paragraph or the one before."""
    ents = [cast.entities[c.entity] for c in cands]
    evidence = [_person_evidence(ent) for ent in ents]
    near = anaphor.paragraph - 1
    if not any(
        e >= 0.5 and ent.sex == anaphor.sex and c.last is not None and c.last.paragraph >= near
        for c, e, ent in zip(cands, evidence, ents, strict=True)
    ):
        evidence = [
            max(e, 0.5) if c.quoted_all and not _law(ent) else e
            for c, e, ent in zip(cands, evidence, ents, strict=True)
        ]
    floor = 0.5 if any(e >= 0.5 for e in evidence) else 1e-9
    return [c for c, e in zip(cands, evidence, strict=True) if e >= floor]


def _law(ent: Entity) -> bool:
    """ "Amendment Bill", "Clean Air Act": a law's name is no "she", whatever a misread "who" credited it with."""
    return ent.sex is None and " " in ent.name and ent.name.rsplit(" ", 1)[-1].lower() in _LAW_WORDS


def _person_evidence(ent: Entity) -> float:
    if _law(ent):
        return 0.0
    return max(ent.person_evidence, 0.5) if unnamed_person(ent) else ent.person_evidence


_LAW_WORDS = frozenset("bill act treaty accord amendment charter constitution convention protocol".split())


_WORDS = {
    "speaker_rank=0": "the last speaker",
    "speaker_rank=1": "the speaker before",
    "last_subject": "subject of its sentence",
    "recency_rank=0": "the nearest named",
    "sex=match": "same sex",
    "role_match": "introduced with that role",
    "role_modifier_match": "and its modifier",
    "kind_match": "of that kind",
    "who_adjacent": "just before it",
    "sentences_back=0": "in the same sentence",
    "sentences_back=1": "in the sentence before",
    "article_mentions_log": "named often",
    "mentions_log": "mentioned often nearby",
    "quoted_log": "quoted nearby",
    "paragraphs_back=0": "in this paragraph",
    "chain_last": "the he/she before it",
    "paragraph_topic": "what the paragraph is about",
}


def explain(f: dict[str, float], n: int = 3) -> str:
    """The features that raised a choice most, in words for the evidence."""
    w = weights()
    get = w.get
    raised = [(c, k) for k, v in f.items() if (c := get(k, 0.0) * v) > 0]  # (only these can be said)
    parts = sorted(raised, reverse=True)
    said = [_WORDS.get(k.split(":", 1)[-1], k.split(":", 1)[-1]) for c, k in parts[:n]]
    return ", ".join(dict.fromkeys(said)) or "no strong evidence"
