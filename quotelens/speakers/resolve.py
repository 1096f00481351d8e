"""Resolve each attribution's source to a speaker, in text order.

In: the article's :class:`~quotelens.speakers.mentions.Cast` and its attributions. Out: one
:class:`~quotelens.speakers.model.SpeakerChoice` per attribution: the entity, how it was found (a
name, a short name, a pronoun, a description, a group, a document, first person, anonymous), the
path in words and how sure.

How:
    The source phrase is classified (:mod:`quotelens.speakers.descriptions`). A name inside it
    speaks (:mod:`quotelens.speakers.named`); relative pronouns are the name they follow
    (:mod:`quotelens.speakers.relatives`); descriptions go to :mod:`quotelens.speakers.described`.
    Pronouns and descriptions are resolved by the ranker over candidate antecedents; "I" outside
    quotations is the author
    (a signature line, a byline, or "the author"); documents are credited to their author
    organisation when one is named beside them; indefinite sources are anonymous.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from quotelens.attribution import Attribution
from quotelens.attribution.contractions import pronoun_of
from quotelens.attribution.rules import Rule
from quotelens.speakers import ranker
from quotelens.speakers.agreement import agreeing
from quotelens.speakers.candidates import Anaphor, Spoke, gather, no_one_in_particular
from quotelens.speakers.coref import PronounChain
from quotelens.speakers.described import described
from quotelens.speakers.descriptions import Phrase, classify, head_word, singular
from quotelens.speakers.documents import group_size
from quotelens.speakers.labels import anonymous_label
from quotelens.speakers.lexicon import DOCUMENT_NOUNS, ROLE_SEX
from quotelens.speakers.members import unnamed_member
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.named import named_in
from quotelens.speakers.orgkinds import police_force
from quotelens.speakers.parties import party_word
from quotelens.speakers.possessed import kin_by_family_name, possessor
from quotelens.speakers.raising import RAISING_VERBS, raising_subject
from quotelens.speakers.relatives import group_just_after, group_just_before, relative
from quotelens.speakers.rolewords import KINSHIP
from quotelens.speakers.spans import repaired
from quotelens.speakers.spokespeople import officials_before
from quotelens.speakers.subjects import (
    first_verbs_subject,
    spokesperson_before,
    unnamed_subject_before,
)
from quotelens.speakers.takenup import (
    another_introduced,
    described_so_before,
    noun_before_head_taken_up,
    unnamed_taken_up,
)
from quotelens.speakers.theysources import group_named_before, plural_source_before
from quotelens.speakers.titleholders import office_holder
from quotelens.speakers.writer import in_interview, interviewee, writer, writers_we

_START = attrgetter("start")
# a document read by someone, after "according to": who read it is not who says it
_READ_BY = re.compile(
    r"\baccording to ((?:[\w’'-]+\s+){0,4}?([a-z-]+))\s+(?:first\s+)?(?:reviewed|obtained|seen|examined|viewed|"
    r"analy[sz]ed|read)\s+by\s+$"
)
_WHOLE_OF_WHOM = re.compile(r"^(?:both|all|each|all\s+\w+)\s+of\s+(?:whom|which)$", re.I)  # not "some of whom"


_ANOTHER = frozenset("other another second third fourth new different".split())
# the words that introduce an unnamed source ("a Treasury source", "three people familiar with the matter")
_INTRODUCING = frozenset("a an one two three four five six several some many".split())
_TAKING_UP = frozenset("the this that these those".split())
_SOURCES = frozenset(["source", "insider"])  # ("A source at the label said ... The insider added")
_SEX_NOUNS = {"woman": "f", "man": "m"}
_SELF_WORDS = frozenset(["i", "we"])  # (a turn's speaker, contracted or not: contractions.pronoun_of)


class Resolver:
    def __init__(self, text: str, cast: Cast, context: object) -> None:
        self.text = text
        self.cast = cast
        self.ctx = context  # quotelens.speakers.ArticleContext (sentence and paragraph look-ups)
        self.history: list[Spoke] = []
        self.spoken: dict[int, list[int]] = {}  # entity -> sorted starts of the attributions credited to it
        self._token_starts: dict[int, list[int]] = {}
        self.writer: int | None = None  # who "I" in the writer's own text is, once found
        self.sources: list[tuple[int, str]] = []  # (entity, source phrase) of each report
        self.own: tuple[tuple[int, int], ...] = ()  # the content of the report being resolved
        # Source phrases read so far (:func:`classify` is pure of its arguments, and a story's sources recur)
        self._classified: dict[tuple[str, bool], Phrase] = {}

    def resolve(self, atts: list[Attribution]) -> list[SpeakerChoice]:
        self.cast.set_contents([f for att in atts for f in att.content])
        chain = PronounChain(self.cast, self.ctx, [att.source for att in atts if att.source is not None])
        choices = []
        done: list[tuple[Attribution, SpeakerChoice]] = []
        turns: dict[int, SpeakerChoice] = {}  # the speaker label lines' choices, by id of the line
        for att in atts:
            if att.source is not None:  # the writer's "he"s before this source join their chains first
                chain.link_until(att.source[0], self.writer, self.history, self.spoken)
            self.own = tuple(att.content)
            choice = self.resolve_one(att)
            if att.rule == Rule.SOURCE_FIRST_SHARED_SUBJECT:
                choice = self.shared_subject(att, choice, done)
            choice = self.outside_turn(att, choice, turns)
            if att.rule == Rule.SPEAKER_LABEL:
                turns[id(att)] = choice
            done.append((att, choice))
            if not choice.sure and choice.entity is not None and "unsure" not in choice.path:
                choice = SpeakerChoice(choice.entity, choice.how, f"unsure: {choice.path}", choice.confidence, False)
            choices.append(choice)
            nested = att.parent is not None and att.parent.content != att.content
            if choice.how is Resolution.EXPLICIT and choice.entity is not None:
                ent = self.cast.entities[choice.entity]  # one who speaks is a person, when not an organisation
                full = ent.type is SpeakerType.PERSON and len(ent.name.split()) >= 2  # ("Arjun Mehta": a whole name)
                ent.person_evidence = max(ent.person_evidence, 0.5 if full else 0.25)
            if choice.entity is not None and att.source is not None:
                self.sources.append((choice.entity, self.text[att.source[0] : att.source[1]]))
                self.history.append(Spoke(att.source[0], choice.entity, att.paragraph, nested))
                bisect.insort(self.spoken.setdefault(choice.entity, []), att.source[0])
                s, e = att.source
                # (an unnamed source's phrase may hold another's name: "a director of one of the Lagos clubs" is
                # a mention of the director all the same)
                anonymous = choice.how is Resolution.ANONYMOUS
                if not any(
                    m.start < e and m.end > s and (not anonymous or m.entity == choice.entity)
                    for m in self.cast.near(s, e)
                ):
                    sent = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
                    self.cast.add(Mention(choice.entity, s, e, att.paragraph, choice.how.value, sent, True, False))
        return choices

    def outside_turn(self, att: Attribution, choice: SpeakerChoice, turns: dict[int, SpeakerChoice]) -> SpeakerChoice:
        """A report nested in a speaker label's turn ("PARK: Mayor, the council says C") is credited to its own
        source: the turn's speaker says "I" or "we" of itself, so "the council" is someone else (unnamed)."""
        turn = turns.get(id(att.parent)) if att.parent is not None and att.source is not None else None
        if turn is None or choice.entity is None or att.parent is None or att.source is None:
            return choice
        label = self.text[slice(*(att.parent.source or (0, 0)))].lower().split()[-1:]  # ("RUIZ" names Ana Ruiz)
        if turn.entity != choice.entity and self.name(choice.entity).lower().split()[-1:] != label:
            return choice
        phrase = self.text[att.source[0] : att.source[1]]
        if pronoun_of(phrase.split()[0]).lower() in _SELF_WORDS:
            return choice
        return self.anonymous(phrase, att.source[0], f"“{phrase}” in a speaker's turn: someone else, unnamed")

    def shared_subject(
        self, att: Attribution, choice: SpeakerChoice, done: list[tuple[Attribution, SpeakerChoice]]
    ) -> SpeakerChoice:
        """A verb's shared subject not itself a name: who the first verb's report named, when that report's
        source lies inside it ("The chairman of X, Ann Lee, said A and accused B": Ann Lee accused)."""
        if choice.how in (Resolution.EXPLICIT, Resolution.SHORT_NAME):
            return choice
        first = first_verbs_subject(self, att, done)
        if first is None or first == choice.entity:
            return choice
        path = f"the subject the first verb's report named: {self.name(first)}"
        return SpeakerChoice(first, Resolution.EXPLICIT, path, 0.8)

    def _raising_subject(self, att: Attribution) -> tuple[int, int] | None:
        """The subject of a report's "seem" or "appear" that has no source span of its own."""
        if att.cue is None or self.text[att.cue[0] : att.cue[1]].lower() not in RAISING_VERBS:
            return None
        sentence = self.cast.sentences[self.ctx.sentence_at(att.cue[0])] if self.cast.sentences else None  # type: ignore[attr-defined]
        span = None if sentence is None else raising_subject(self.text, sentence.start, att.cue[0])
        phrase = "" if span is None else self.text[span[0] : span[1]]
        cls = self._classify(phrase, False).cls if phrase else "anonymous"
        if cls == "anonymous" or (cls == "name" and not phrase[:1].isupper()):
            return None  # ("the special relationship between America and Britain appears": no one who speaks)
        return span

    def _surname(self, phrase: str) -> bool:
        """Is a one-word source the last name of a person of the article ("Day said" after "Kristen Day"),
        though a common word that would be lower-cased at a sentence's opening?"""
        if not phrase.isalpha() or not phrase[:1].isupper():
            return False
        people = (self.cast.entities[i] for i in self.cast.by_word.get(phrase.lower(), ()))
        return any(ent.type is SpeakerType.PERSON and ent.name.split()[-1] == phrase for ent in people)

    def _classify(self, phrase: str, opens_sentence: bool) -> Phrase:
        """:func:`classify` of a source phrase, read once per article and phrase."""
        p = self._classified.get((phrase, opens_sentence))
        if p is None:
            p = self._classified[phrase, opens_sentence] = classify(phrase, opens_sentence)
        return p

    def name(self, entity: int | None) -> str:
        return self.cast.entities[entity].name if entity is not None else "nobody"

    def resolve_one(self, att: Attribution) -> SpeakerChoice:
        source = att.source or self._raising_subject(att)  # "she seemed to concede that ...": she
        if source is None:
            return SpeakerChoice(None, Resolution.UNRESOLVED, "no source in the text", 0.0, sure=False)
        s, e = source
        k = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
        sentence = self.cast.sentences[k] if self.cast.sentences else None
        if sentence is not None:
            starts = self._token_starts.get(k)
            if starts is None:
                starts = self._token_starts[k] = list(map(_START, sentence.tokens))
            s, e = repaired(self.text, s, e, sentence.tokens, starts)  # "By Sunday afternoon she", "a CNN/WMUR poll"
        lo = s - 120 if s > 120 else 0  # (no "according to" before the source, no match: most, without the pattern)
        read = _READ_BY.search(self.text, lo, s) if self.text.find("according to", lo, s) >= 0 else None
        if read is not None and read.group(2) in DOCUMENT_NOUNS:  # "according to records reviewed by ProPublica"
            s, e = read.start(1), read.end(1)  # (the records say it; ProPublica only read them)
        phrase = self.text[s:e]
        opens = sentence is None or self.text[sentence.start : s].strip(" “\"'‘(—-") == ""
        p = self._classify(phrase, opens and not self._surname(phrase))
        if p.cls == "pronoun":
            return self.pronoun(p, s, e)
        if p.cls == "relative":
            return relative(self, p, s, e)
        if p.cls == "first":
            return self.first_person(p, s)
        if _WHOLE_OF_WHOM.match(phrase):
            group = group_just_before(self, s, group_size(phrase))
            if group is not None:  # "Sens. A, B and C, all of whom": the three of them
                return SpeakerChoice(group, Resolution.GROUP, f"“{phrase}” → {self.name(group)}, just before it", 0.8)
        size = group_size(phrase)
        named_after = group_just_after(self, e, size) if size is not None or p.cls == "group" else None
        # "the two leading Republicans, Donald J. Trump and Ted Cruz,"; "The senators, A and B,"
        if named_after is not None:
            path = f"“{phrase}” → {self.name(named_after)}, named just after it"
            return SpeakerChoice(named_after, Resolution.GROUP, path, 0.85)
        party = party_word(self, phrase, s)  # "Republican calls for": the party
        if party is not None:
            return party
        member = unnamed_member(self, p, phrase, s, e)  # "the RNC member": nobody in particular
        if member is not None:
            return member
        named = office_holder(self, p, s) or police_force(self, phrase, s) or named_in(self, phrase, s, e, p)
        if named is not None:
            return named
        taken_up = unnamed_taken_up(self, p, phrase, s, e) or described_so_before(self, p, phrase)
        return taken_up or described(self, p, phrase, s, e)

    # ------------------------------------------------------------------ names
    def anaphor(self, p: Phrase, s: int, e: int, cls: str) -> Anaphor:
        sent = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
        sentence = self.cast.sentences[sent] if self.cast.sentences else None
        opens = sentence is not None and self.text[sentence.start : s].strip(" “\"'") == ""
        sex = {"he": "m", "she": "f"}.get(p.pronoun) or p.sex
        para = self.ctx.paragraph_at(s)  # type: ignore[attr-defined]
        in_quote = bool(self.ctx.in_quote(s))  # type: ignore[attr-defined]
        head = p.head
        if cls == "person" and p.post.lower().startswith("of ") and len(p.post.split()) <= 3:
            head = f"{head} {p.post.lower()}"  # "the former secretary of state": the whole role must match
        return Anaphor(s, e, self.text[s:e], cls, sent, para, in_quote, opens, sex, head, p.modifiers)

    def ranked(self, a: Anaphor, how: Resolution) -> SpeakerChoice | None:
        cands = agreeing(self.cast, a, gather(self.cast, self.history, a, self.spoken, self.own))
        if self.writer is not None and not a.in_quote and a.cls in ("he", "she", "they"):
            cands = [c for c in cands if c.entity != self.writer]  # the writer's "he" is never the writer
        owner = possessor(self, a, cands)  # "her mother" is not her
        if owner is not None:
            cands = [c for c in cands if c.entity != owner]
            if a.head in KINSHIP:
                return kin_by_family_name(self, a, owner)  # (none near: someone the article has not named)
        best = ranker.rank(self.cast, a, cands)
        if best is None or best.entity == ranker.NOBODY:
            return None
        why = ranker.explain(best.features)
        if a.cls == "it" and no_one_in_particular(self.cast.entities[best.entity]):
            self.cast.entities[best.entity].type = SpeakerType.ORGANISATION  # "It said": no person
        role = ranker.matched_role(self.cast.entities[best.entity], a) if a.cls == "person" else None
        if role:
            why = f"introduced as “{role}”, " + why
        elif a.cls == "person" and any(m.endswith(("'s", "’s")) for m in a.modifiers):
            return None  # a role owned by something ("the restaurant's owner") no one was introduced with: someone new
        elif a.cls == "person" and a.head and best.share >= ranker.SURE_SHARE and not a.text.isupper():
            # (not from a transcript's label: "HOST:" introduces no one as the host)
            self.cast.entities[best.entity].roles.add(" ".join([*a.modifiers, a.head]))  # "the senator" from now on
        sure = best.share >= ranker.SURE_SHARE
        unsure = "" if sure else f"; unsure, {best.runner_up:.0%} for another"
        path = f"“{a.text}” → {self.name(best.entity)} ({best.share:.0%}: {why}{unsure})"
        return SpeakerChoice(best.entity, how, path, round(0.4 + 0.5 * best.share, 2), sure=sure)

    def pronoun(self, p: Phrase, s: int, e: int) -> SpeakerChoice:
        if p.pronoun == "you" and in_interview(self.text, self.ctx.paragraphs, self.ctx.paragraph_at(s)) == "question":  # type: ignore[attr-defined]
            guest = interviewee(self.cast)  # the interviewer's "you" is the one interviewed
            if guest is not None:
                return SpeakerChoice(
                    guest.id, Resolution.PRONOUN, f"“{self.text[s:e]}” in a question → {guest.name}, interviewed", 0.7
                )
        if p.pronoun == "we" and not self.ctx.in_quote(s) and writers_we(self.text, e):  # type: ignore[attr-defined]
            return self.first_person(p, s)  # "In our last epistle, we mocked ...": the writer
        if p.pronoun in ("we", "you"):
            return self.anonymous(self.text[s:e], s, "a generic “we” or “you” names nobody")
        cls = p.pronoun if p.pronoun in ("he", "she", "they", "it") else "they"
        unnamed = unnamed_subject_before(self, s, cls) if cls != "it" and not self.ctx.in_quote(s) else None  # type: ignore[attr-defined]
        if unnamed is not None and cls != "they":
            return unnamed  # "The woman, whose name is withheld, testified. She said": not a woman named before
        spokesperson = spokesperson_before(self, s, cls) if unnamed is None else None
        if spokesperson is not None:
            return spokesperson  # "A council spokeswoman said: '...' // She said": the council
        choice = self.ranked(self.anaphor(p, s, e, cls), Resolution.PRONOUN)
        if choice is not None:
            ent = self.cast.entities[choice.entity] if choice.entity is not None else None
            if ent is not None and choice.sure and cls in ("he", "she") and ent.sex is None:
                ent.said_sex = "m" if cls == "he" else "f"  # ("Ngozi Eze said ... she said": a later "he" is not her)
            return choice
        if cls == "they":  # ("Mexican officials met ... they said": the Mexican government)
            nobody = "“they”: no group named before it"
            before = plural_source_before(self, s) or officials_before(self, s) or group_named_before(self, s)
            return before or unnamed or self.anonymous(self.text[s:e], s, nobody)
        return SpeakerChoice(None, Resolution.UNRESOLVED, f"“{self.text[s:e]}”: nobody fits before it", 0.2, sure=False)

    def first_person(self, p: Phrase, s: int) -> SpeakerChoice:
        ent, why = writer(self.cast, self.text, self.ctx, s)
        self.writer = ent.id
        return SpeakerChoice(
            ent.id,
            Resolution.FIRST_PERSON,
            f"“{p.words[0]}” in the writer's own text → {ent.name}, {why}",
            0.7,
            sure=why != "no byline",
        )

    def anonymous(self, phrase: str, s: int, why: str) -> SpeakerChoice:
        introduced = another_introduced(self, phrase, s)  # ("Another curator ... '...,' the curator said")
        if introduced is not None:
            return SpeakerChoice(
                introduced.id, Resolution.ANONYMOUS, f"“{phrase}”: {introduced.name}, just introduced", 0.5
            )
        earlier = self.same_unnamed(phrase)
        if earlier is not None:  # "A Treasury source said ... 'He has heard it,' the source added."
            return SpeakerChoice(
                earlier.id, Resolution.ANONYMOUS, f"“{phrase}”: {earlier.name}, quoted just before", 0.5
            )
        ent = self.cast.named(anonymous_label(phrase), SpeakerType.ANONYMOUS)
        return SpeakerChoice(ent.id, Resolution.ANONYMOUS, why, 0.5)

    def same_unnamed(self, phrase: str) -> Entity | None:
        """The unnamed source one of the last few reports introduced ("a Treasury source", "three people
        familiar with the matter") that a short definite description with its head ("the source", "the
        people") takes up again; "the woman" or "the man" takes up the last unnamed person source."""
        words = phrase.lower().split()
        if not 2 <= len(words) <= 3 or words[0] not in _TAKING_UP or _ANOTHER & set(words):
            return None  # ("the second official", "the other source": someone else)
        for spoke in self.history[-4:][::-1]:
            ent = self.cast.entities[spoke.entity]
            label = ent.name.lower().split()
            # ("the source" of "a Treasury source"; not "the singer" of "a representative for the singer")
            head = head_word(ent.name)
            same = (head == words[-1] or {head, words[-1]} <= _SOURCES) and set(words[1:-1]) <= set(label)
            if ent.type is SpeakerType.ANONYMOUS and label[0] in _INTRODUCING and same:
                return ent
        # "One engineer on the data platform team" ... "the engineer"; "A Department of Health spokesperson"
        # ... "the spokesperson"; "a person familiar with the talks" ... "the person": the head noun of a
        # recent unnamed source's phrase
        for entity, source in self.sources[-4:][::-1] if len(words) == 2 else ():
            ent = self.cast.entities[entity]
            if ent.type in (SpeakerType.ANONYMOUS, SpeakerType.ORGANISATION) and head_word(source) == words[-1]:
                return ent
        return self._unnamed_person(words) or noun_before_head_taken_up(self, words) if len(words) == 2 else None

    def _unnamed_person(self, words: list[str]) -> Entity | None:
        """ "the woman" / "the man" after an unnamed person spoke in one of the last two reports ("A neighbor
        who asked not to be named said ... 'I prayed,' the woman said"), when nothing in its phrase says
        the other sex."""
        sex = _SEX_NOUNS.get(words[-1])
        if sex is None:
            return None
        for entity, source in self.sources[-2:][::-1]:
            ent = self.cast.entities[entity]
            p = classify(source)
            if ent.type is SpeakerType.ANONYMOUS and p.words and p.words[0].lower() in _INTRODUCING:
                own = p.sex or ROLE_SEX.get(p.head)  # ("a woman who asked not to be named": no "man")
                return ent if own in (None, sex) and singular(p.head) == p.head else None
        return None
