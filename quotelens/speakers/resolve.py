"""Resolve each attribution's source to a speaker, in text order.

In: the article's :class:`~quotelens.speakers.mentions.Cast` and its attributions. Out: one
:class:`~quotelens.speakers.model.SpeakerChoice` per attribution: the entity, how it was found (a
name, a short name, a pronoun, a description, a group, a document, first person, anonymous), the
path in words and how sure.

How:
    The source phrase is classified (:mod:`quotelens.speakers.descriptions`). A name inside it
    speaks — the phrase's head ("New York Times columnist David Brooks" -> Brooks; "his top aide, Tad
    Devine" -> Devine); two names joined by "and" speak as a group. Pronouns and descriptions are
    resolved by the ranker over candidate antecedents; "I" outside quotations is the author
    (a signature line, a byline, or "the author"); documents are credited to their author
    organisation when one is named beside them; indefinite sources are anonymous.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter

from quotelens.attribution import Attribution
from quotelens.speakers import ranker
from quotelens.speakers.agreement import agreeing
from quotelens.speakers.candidates import Anaphor, Spoke, gather
from quotelens.speakers.coref import PronounChain
from quotelens.speakers.described import OWNED_HEADS, described, document, owned_name, unnamed_member
from quotelens.speakers.descriptions import KNOWN_NOUNS, Phrase, anonymous_label, classify
from quotelens.speakers.documents import group_for, group_size, in_interview, interviewee, writer, writers_we
from quotelens.speakers.lexicon import TITLES
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Mention, Resolution, SpeakerChoice, SpeakerType
from quotelens.speakers.names import bare, clean, kind_of
from quotelens.speakers.spans import repaired

_BOUNDARY = re.compile(r",|\(|\s(?:of|for|at|from|with|who|whose|on|in|to|and)\s|\s[-–—]\s")
_RELATIVE_GAP = re.compile(
    r"^(?:\s+(?:this|last|next)\s+(?:year|week|month|spring|summer|fall|autumn|winter))?"  # "Rob Portman this year,"
    r"(?:\s+(?:of|from|in)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?(?:\s*,[^,;:.“”\"]{0,60}){0,2}\s*[,—–-]?\s*$"
)
_START = attrgetter("start")
_SET_OFF = re.compile(r"\s*[,:—–(]\s*$")
_POLLSTER = re.compile(r"(?<![\w’'])([A-Z][\w&-]*)(?:’s|'s)?\s+(?:[a-z]+\s+)?(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)\b")
_OF_ORG = re.compile(r"^\s+(?:of|at|from|with)\s+(?:the\s+)?$")
_WHOLE_OF_WHOM = re.compile(r"^(?:both|all|each|all\s+\w+)\s+of\s+(?:whom|which)$", re.I)  # not "some of whom"
_OWNED_BODIES = frozenset(["campaign", "camp", "team", "administration"])  # not "Senate aides": no one's staff
_PREPOSITIONS = frozenset("of for at from with on in to by about against".split())
_POST_WORDS = frozenset("of for at from with who whom whose on in to and or said says told".split())


class Resolver:
    def __init__(self, text: str, cast: Cast, context: object) -> None:
        self.text = text
        self.cast = cast
        self.ctx = context  # quotelens.speakers.ArticleContext (sentence and paragraph look-ups)
        self.history: list[Spoke] = []
        self.spoken: dict[int, list[int]] = {}  # entity -> sorted starts of the attributions credited to it
        self._token_starts: dict[int, list[int]] = {}
        self.writer: int | None = None  # who "I" in the writer's own text is, once found

    def resolve(self, atts: list[Attribution]) -> list[SpeakerChoice]:
        self.cast.set_contents([f for att in atts for f in att.content])
        chain = PronounChain(self.cast, self.ctx, [att.source for att in atts if att.source is not None])
        choices = []
        for att in atts:
            if att.source is not None:  # the writer's "he"s before this source join their chains first
                chain.link_until(att.source[0], self.writer, self.history, self.spoken)
            choice = self.resolve_one(att)
            if not choice.sure and choice.entity is not None and "unsure" not in choice.path:
                choice = SpeakerChoice(choice.entity, choice.how, f"unsure: {choice.path}", choice.confidence, False)
            choices.append(choice)
            nested = att.parent is not None and att.parent.content != att.content
            if choice.how is Resolution.EXPLICIT and choice.entity is not None:
                ent = self.cast.entities[choice.entity]  # one who speaks is a person, when not an organisation
                ent.person_evidence = max(ent.person_evidence, 0.25)
            if choice.entity is not None and att.source is not None:
                self.history.append(Spoke(att.source[0], choice.entity, att.paragraph, nested))
                bisect.insort(self.spoken.setdefault(choice.entity, []), att.source[0])
                s, e = att.source
                if not any(m.start < e and m.end > s for m in self.cast.near(s, e)):
                    sent = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
                    self.cast.add(Mention(choice.entity, s, e, att.paragraph, choice.how.value, sent, True, False))
        return choices

    def name(self, entity: int | None) -> str:
        return self.cast.entities[entity].name if entity is not None else "nobody"

    def resolve_one(self, att: Attribution) -> SpeakerChoice:
        if att.source is None:
            return SpeakerChoice(None, Resolution.UNRESOLVED, "no source in the text", 0.0, sure=False)
        s, e = att.source
        k = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
        sentence = self.cast.sentences[k] if self.cast.sentences else None
        if sentence is not None:
            starts = self._token_starts.get(k)
            if starts is None:
                starts = self._token_starts[k] = list(map(_START, sentence.tokens))
            s, e = repaired(self.text, s, e, sentence.tokens, starts)  # "By Sunday afternoon she", "a CNN/WMUR poll"
        phrase = self.text[s:e]
        opens = sentence is None or self.text[sentence.start : s].strip(" “\"'‘(—-") == ""
        p = classify(phrase, opens)
        if p.cls == "pronoun":
            return self.pronoun(p, s, e)
        if p.cls == "relative":
            return self.relative(p, s, e)
        if p.cls == "first":
            return self.first_person(p, s)
        if _WHOLE_OF_WHOM.match(phrase):
            group = self.group_just_before(s, group_size(phrase))
            if group is not None:  # "Sens. A, B and C, all of whom": the three of them
                return SpeakerChoice(group, Resolution.GROUP, f"“{phrase}” → {self.name(group)}, just before it", 0.8)
        size = group_size(phrase)
        named_after = self.group_just_after(e, size) if size is not None else None
        if named_after is not None:  # "the two leading Republicans, Donald J. Trump and Ted Cruz,"
            path = f"“{phrase}” → {self.name(named_after)}, named just after it"
            return SpeakerChoice(named_after, Resolution.GROUP, path, 0.85)
        member = unnamed_member(self, p, phrase, s, e)  # "the RNC member": nobody in particular
        if member is not None:
            return member
        named = self.named_in(phrase, s, e, p)
        if named is not None:
            return named
        return described(self, p, phrase, s, e)

    # ------------------------------------------------------------------ names
    def named_in(self, phrase: str, s: int, e: int, p: Phrase) -> SpeakerChoice | None:
        """The name a source phrase speaks through: its head, an apposition, or a name it modifies."""
        inside = [m for m in self.cast.inside(s, e) if m.how in ("name", "short name")]
        if not inside:
            covering = [m for m in self.cast.near(s, e) if m.start <= s and m.end >= e and m.how == "name"]
            if covering and p.cls in ("name", "person"):  # "Justice" of "the Brennan Center for Justice": the name
                return self._explicit(covering[-1])
            inside = covering
        if not inside:
            return self.unintroduced(phrase, p) if p.cls == "name" else None
        group = group_for(self.cast, phrase, s, inside)
        if group is not None:
            return SpeakerChoice(group.id, Resolution.GROUP, f"named together: {group.name}", 0.8)
        cuts = (
            b.start()
            for b in _BOUNDARY.finditer(phrase)
            if not _in_any(s + b.start(), inside) and not _inner(phrase, b)
        )
        boundary = s + next(cuts, len(phrase))
        modifiers = [m for m in inside if m.end <= boundary and self._modifies(m, boundary)]
        head = [m for m in inside if m.end <= boundary and m not in modifiers]
        if head and (p.cls == "name" or (p.head not in KNOWN_NOUNS and p.head.rstrip("s") not in KNOWN_NOUNS)):
            return self._explicit(
                self._person_of_org(head)
            )  # the name is the phrase's head, or nothing else can be ("Trump's false")
        comma = next((s + k for k, ch in enumerate(phrase) if ch == "," and not _in_any(s + k, inside)), None)
        if comma is not None and comma >= boundary:  # "his top aide, Tad Devine"; "The author of the book, X,"
            after = [m for m in inside if m.start >= comma and not self._modifies(m, e)]
            people = [m for m in after if self.cast.entities[m.entity].type is SpeakerType.PERSON]
            if people and p.cls in ("person", "anonymous", "spokesperson", "name"):
                return self._explicit(people[0])
        person_owner = bool(modifiers) and self._is_person(modifiers[-1])
        if modifiers and p.head in OWNED_HEADS and (person_owner or p.head in _OWNED_BODIES):
            ent = self.cast.entities[modifiers[-1].entity]  # "Hillary Clinton's team": the Clinton campaign
            written = self.text[modifiers[-1].start : modifiers[-1].end]
            person = ent.type is SpeakerType.PERSON
            name = owned_name(ent, p.head) if person else f"the {written} {OWNED_HEADS[p.head]}"
            ent = self.cast.named(name, SpeakerType.ORGANISATION)
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {name}", 0.8)
        owned = p.head in OWNED_HEADS and p.post.lower().startswith(("of ", "for "))
        owner_after = [m for m in inside if m.start >= boundary and self._is_person(m)] if owned else []
        if owner_after:
            name = owned_name(self.cast.entities[owner_after[0].entity], p.head)
            ent = self.cast.named(name, SpeakerType.ORGANISATION)  # "the campaign of Hillary Clinton"
            return SpeakerChoice(ent.id, Resolution.ALIAS, f"“{phrase}” → {name}", 0.8)
        if head and p.cls not in ("anonymous", "person", "document", "org", "group", "spokesperson"):
            return self._explicit(head[-1])
        return None

    def _person_of_org(self, head: list[Mention]) -> Mention:
        """The last name of a phrase's head, but the person in "Holger Schmieding of Berenberg"."""
        last = head[-1]
        person_first = len(head) >= 2 and not self._is_person(last) and self._is_person(head[-2])
        if person_first and _OF_ORG.match(self.text[head[-2].end : last.start]):
            return head[-2]
        return last

    def _is_person(self, m: Mention) -> bool:
        return self.cast.entities[m.entity].type is SpeakerType.PERSON

    def _modifies(self, m: Mention, limit: int) -> bool:
        """A name before a noun of its phrase ("Sanders supporters", "Clinton's new ad") is no speaker itself."""
        rest = self.text[m.end : limit]
        if self._possessive(m):
            rest = rest.lstrip("’'s")
        elif rest[:1] != " ":
            return False
        for word in rest.split()[:4]:
            noun = bare(word)
            if noun in _POST_WORDS or word in (",", "—"):
                return False
            if noun in KNOWN_NOUNS or noun in OWNED_HEADS or noun.rstrip("s") in KNOWN_NOUNS:
                return True
        return False

    def _possessive(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 2] in ("’s", "'s") or self.text[m.end : m.end + 1] in ("’", "'")

    def _explicit(self, m: Mention) -> SpeakerChoice:
        ent = self.cast.entities[m.entity]
        written = self.text[m.start : m.end]
        if m.how == "name":
            return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{written}”", 0.95)
        ambiguous = len({i for i in self.cast.by_word.get(written.split()[-1].lower(), [])}) > 1
        path = f"“{written}” → {ent.name}, the {ent.type.value} of that name"
        if ambiguous:
            path += " named most (another shares the name)"
        return SpeakerChoice(ent.id, Resolution.SHORT_NAME, path, 0.7 if ambiguous else 0.85, sure=not ambiguous)

    def unintroduced(self, phrase: str, p: Phrase) -> SpeakerChoice:
        """A capitalised source not found among the body's names (a headline's "Mayor Jo Hale", "Lee
        said"): the person of that name when there is one, else most likely a surname, else an organisation."""
        words = [clean(w) for w in p.words if w[:1].isalnum()]
        titles = 0
        while titles < len(words) - 1 and words[titles].lower().rstrip(".") in TITLES:
            titles += 1
        words = words[titles:]
        known = self._known_person(words) if words else None
        if known is None and len(words) >= 2:
            known = self.organisation_opening(words)  # "Pershing Square": Pershing Square Capital Management
        if known is not None:
            return SpeakerChoice(known, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.9)
        looks_like_name = 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)
        kind = kind_of(words, []) if words else "unknown"
        if kind == "unknown" and (
            words[-1].lower() in ("poll", "polls") or (len(words) == 1 and self._pollster(words[0]))
        ):
            kind = "organisation"  # "Gallup said" where the article has "a Gallup poll"; "the Gallup Poll"
        if kind in ("organisation", "media"):
            type_ = SpeakerType.MEDIA if kind == "media" else SpeakerType.ORGANISATION
        else:
            type_ = SpeakerType.PERSON if looks_like_name else SpeakerType.ORGANISATION
        label = " ".join(words) if looks_like_name else phrase
        ent = self.cast.named(label, type_)
        return SpeakerChoice(ent.id, Resolution.EXPLICIT, f"named in the text as “{phrase}”", 0.8)

    def organisation_opening(self, words: list[str]) -> int | None:
        """The one organisation whose name opens with these words ("Platte River" -> "Platte River Networks")."""
        lead = " ".join(words).lower() + " "
        found = {
            e.id
            for e in self.cast.entities
            if e.type in (SpeakerType.ORGANISATION, SpeakerType.MEDIA) and e.name.lower().startswith(lead)
        }
        return found.pop() if len(found) == 1 else None

    def _pollster(self, word: str) -> bool:
        """Does the article name a poll or survey after the word ("a Gallup poll", "Quinnipiac's survey")?"""
        return word in _pollsters(self.text)

    def _known_person(self, words: list[str]) -> int | None:
        if len(words) >= 2:
            return self.cast.by_key.get(f"{words[0].lower()} {words[-1].lower()}")
        if len(words) == 1:
            owner = self.cast.owner_of_word(words[0], 0, [])
            return owner.id if owner is not None else None
        return None

    # ------------------------------------------------------------------ pronouns and descriptions
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
        cands = agreeing(self.cast, a, gather(self.cast, self.history, a, self.spoken))
        if self.writer is not None and not a.in_quote and a.cls in ("he", "she", "they"):
            cands = [c for c in cands if c.entity != self.writer]  # the writer's "he" is never the writer
        best = ranker.rank(self.cast, a, cands)
        if best is None or best.entity == ranker.NOBODY:
            return None
        why = ranker.explain(best.features)
        role = ranker.matched_role(self.cast.entities[best.entity], a) if a.cls == "person" else None
        if role:
            why = f"introduced as “{role}”, " + why
        elif a.cls == "person" and a.head and best.share >= ranker.SURE_SHARE:
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
        choice = self.ranked(self.anaphor(p, s, e, cls), Resolution.PRONOUN)
        if choice is not None:
            return choice
        if cls == "they":
            return self.anonymous(self.text[s:e], s, "“they”: no group named before it")
        return SpeakerChoice(None, Resolution.UNRESOLVED, f"“{self.text[s:e]}”: nobody fits before it", 0.2, sure=False)

    def relative(self, p: Phrase, s: int, e: int) -> SpeakerChoice:
        """ "X, who said": the name the relative pronoun follows, past an apposition ("Nicky Driscoll, 45,
        who"; "Matt Duss, president of the Foundation ..., who": a person before an organisation)."""
        sent = self.ctx.sentence_at(s)  # type: ignore[attr-defined]
        near = [
            m for m in self.cast.before(s, limit=6) if m.sentence == sent and _RELATIVE_GAP.match(self.text[m.end : s])
        ]
        thing = self.text[s:e].lower() == "which"  # "which" follows a thing: a document, an organisation
        people = [m for m in near if (self.cast.entities[m.entity].type is SpeakerType.PERSON) != thing]
        m = people[0] if people else near[0] if near and not thing else None
        if m is not None:
            path = f"“{self.text[s:e]}” → {self.name(m.entity)}, just before it"
            return SpeakerChoice(m.entity, Resolution.RELATIVE, path, 0.85)
        np = self._phrase_before(s)
        if np:
            q = classify(np)
            if thing and q.cls == "document":
                return document(self, q, np, s - len(np), s)
            if not thing and q.cls in ("person", "group") and q.words[0].lower() in ("the", "this", "that"):
                return described(self, q, np, s - len(np), s)  # "a lecture from the Mexican president, who"
            if q.cls in ("anonymous", "spokesperson") or (q.cls == "name" and not self.cast.inside(s - len(np) - 2, s)):
                return self.anonymous(np, s, f"“{self.text[s:e]}” is “{np}”, nobody in particular")
        choice = self.ranked(self.anaphor(p, s, e, "it" if thing else "who"), Resolution.RELATIVE)
        return choice or self.anonymous(self.text[s:e], s, f"“{self.text[s:e]}” has nobody named before it")

    def group_just_before(self, pos: int, size: int | None) -> int | None:
        """The group named just before ``pos`` in its sentence ("A and B, both of whom"), of ``size`` if given."""
        sent = self.ctx.sentence_at(pos)  # type: ignore[attr-defined]
        for m in self.cast.before(pos, limit=8):
            ent = self.cast.entities[m.entity]
            if m.sentence == sent and ent.type is SpeakerType.GROUP and size in (None, len(ent.members)):
                return ent.id
        return None

    def group_just_after(self, pos: int, size: int) -> int | None:
        """The group of ``size`` set off just after ``pos`` (", A and B," after "the two senators")."""
        for m in self.cast.near(pos, pos + 4):
            ent = self.cast.entities[m.entity]
            if m.start >= pos and _SET_OFF.match(self.text, pos, m.start) and len(ent.members) == size:
                return ent.id if ent.type is SpeakerType.GROUP else None
        return None

    def _phrase_before(self, pos: int) -> str:
        """The noun phrase a relative pronoun follows ("Republicans who", "voters, who")."""
        left = self.text[max(0, pos - 80) : pos].rstrip(" ,")
        cut = max(left.rfind(c) for c in ',;:.(“"')
        words = left[cut + 1 :].split()[-4:]
        after = [k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _PREPOSITIONS]  # "a lecture from *the ...*"
        return " ".join(words[after[-1] if after else 0 :])

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
        ent = self.cast.named(anonymous_label(phrase), SpeakerType.ANONYMOUS)
        return SpeakerChoice(ent.id, Resolution.ANONYMOUS, why, 0.5)


@lru_cache(maxsize=8)
def _pollsters(text: str) -> frozenset[str]:
    """The capitalised words the article puts before "poll", "survey" or "polling" (read once per text)."""
    return frozenset(m.group(1) for m in _POLLSTER.finditer(text))


def _inner(phrase: str, cut: re.Match[str]) -> bool:
    """ "of" between capitalised words is inside a title or a name ("Secretary of State Rex Tillerson")."""
    if not cut.group().strip().isalpha():
        return False
    before = phrase[: cut.start()].split()
    after = phrase[cut.end() :].split()
    return bool(before and after) and before[-1][:1].isupper() and after[0][:1].isupper()


def _in_any(pos: int, mentions: list[Mention]) -> bool:
    return any(m.start <= pos < m.end for m in mentions)
