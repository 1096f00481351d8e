"""Definite role descriptions that open a clause: mentions of the one person introduced with that role.

In: the article's :class:`~quotelens.speakers.mentions.Cast` after its names were collected. Out:
the cast gains a mention for each "the president", "the former secretary of state", "the Indiana
governor" that opens a clause of the body and can be only one person named before it, so that a
later "he" can stand for that person ("Speaking to reporters, the president framed the shooting ...
He did not mention ...") even when the description is no attribution's source.

How:
    "the" (at a clause start), up to four modifiers and a role noun, not followed by "of" or a
    possessive; the people named before it whose roles match (:func:`~quotelens.speakers.candidates.
    matched_role`, places and parties agreeing); exactly one, or nothing is added.
"""

from __future__ import annotations

import bisect
import re

from quotelens.segment import Token
from quotelens.speakers import ranker
from quotelens.speakers.agreement import origin_clash
from quotelens.speakers.apposition import role_word
from quotelens.speakers.candidates import ROLE_SYNONYMS, Anaphor, Candidate, Spoke, gather, matched_role
from quotelens.speakers.introductions import introduce
from quotelens.speakers.lexicon import AGE_ROLE, GENERIC_ROLES, ROLE_NOUNS
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, Mention, SpeakerType

_OPENERS = frozenset([",", ";", ":", "“", '"', "—", "–", "(", "and", "but", "when", "while", "as", "because"])
_MAX_MODIFIERS = 4


def role_mentions(cast: Cast) -> None:
    """Add a mention for every clause-opening role description that names one known person (after the
    roles, states and parties the words around the names say: :func:`~quotelens.speakers.introductions.introduce`)."""
    introduce(cast)
    people = [e for e in cast.entities if e.type is SpeakerType.PERSON and e.roles and not e.joint]
    if not people:
        return
    heads = _heads(people)
    low = cast.text.lower()
    starts = [sentence.start for sentence in cast.sentences]
    articles: set[int] = set()  # where a "the" opens a description ending in a role word (few places)
    for head in heads:
        at = low.find(head)
        while at >= 0:
            end = at + len(head)
            the = low.rfind("the ", at - 50 if at > 50 else 0, at)
            whole = not low[end : end + 1].isalpha() or low[end : end + 2] == "s "  # not "presidential"
            if whole and the >= 0 and low.count(" ", the, at) <= _MAX_MODIFIERS + 1:
                articles.add(the)
            at = low.find(head, end)
    token_starts: dict[int, list[int]] = {}
    for pos in sorted(articles):
        n = bisect.bisect_right(starts, pos) - 1
        if n < 0:
            continue
        sentence = cast.sentences[n]
        toks = sentence.tokens
        if n not in token_starts:
            token_starts[n] = [t.start for t in toks]
        k = bisect.bisect_left(token_starts[n], pos)
        if k >= len(toks) or toks[k].start != pos:
            continue
        _add(cast, people, n, toks, k)


def _add(cast: Cast, people: list[Entity], n: int, toks: list[Token], k: int) -> None:
    """A mention for the description opening at token ``k`` of sentence ``n``, when one person fits it."""
    tok = toks[k]
    if tok.lower != "the" or (k > 0 and toks[k - 1].lower not in _OPENERS):
        return
    found = _description(toks, k)
    if found is None:
        return
    end, head, modifiers = found
    start = tok.start
    paragraph = cast.sentences[n].paragraph
    anaphor = Anaphor(start, end, "", "person", n, paragraph, head=head, modifiers=modifiers)
    known = [e for e in people if cast.count_before(e.id, start) and matched_role(e, anaphor)]
    known = [e for e in known if not origin_clash(e, anaphor)]
    if len(known) == 1:
        cast.add(Mention(known[0].id, start, end, paragraph, "alias", n, True, cast.in_quote(start)))


# The first word of each synonym of a role family's head ("secretary" of "secretary of state"), split once.
_SYNONYM_FIRST_WORDS = {h: frozenset(syn.split()[0] for syn in syns) for h, syns in ROLE_SYNONYMS.items()}


def _heads(people: list[Entity]) -> set[str]:
    """The role nouns (and the synonyms' heads) a description of one of these people may end with."""
    words = {w for e in people for r in e.roles for w in r.split()}
    heads = {w for w in words if w in ROLE_NOUNS or AGE_ROLE.match(w)}  # (and "the 27-year-old" for one aged 27)
    heads |= {h for h, firsts in _SYNONYM_FIRST_WORDS.items() if not firsts.isdisjoint(words)}
    return heads


def _description(toks: list[Token], k: int) -> tuple[int, str, tuple[str, ...]] | None:
    """(end, head, modifiers) of "the [modifiers] role" opening at token ``k``, or None."""
    words: list[str] = []
    for j in range(k + 1, min(len(toks), k + 2 + _MAX_MODIFIERS)):
        tok = toks[j]
        if not tok.is_word:
            return None
        word = role_word(tok.text) if tok.is_capitalised else tok.lower
        if word[-2:] in ("’s", "'s") and word[:-2] in ROLE_NOUNS and word[:-2] not in GENERIC_ROLES:
            return tok.end - 2, word[:-2], tuple(words)  # "the current GOP nominee’s support": a mention of him
        if word in ROLE_NOUNS and word not in GENERIC_ROLES:
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is not None and (after.lower == "of" or after.is_capitalised):
                return None  # "the president of Mexico", "the president Barack Obama" ("the senator's" is his)
            return tok.end, word, tuple(words)
        if AGE_ROLE.match(word) and not any(t.lower in ROLE_NOUNS for t in toks[j + 1 : j + 2 + _MAX_MODIFIERS]):
            return tok.end, word, tuple(words)  # "the 27-year-old stood" (not "the 68-year-old former secretary")
        if tok.is_capitalised and word not in ("former",) and not word.isalpha():
            return None
        words.append(word)
    return None


# ---------------------------------------------------------------------- pronoun chains
# "he"/"she" not inside a word: (?<![\w’'-])([Hh]e|[Ss]he)(?![\w-]), with its first letter first so that the
# search skips to the next h or s instead of trying the look-behind at every character (the same matches:
# tests/speakers/test_pronoun_pattern.py).
_HE_SHE = re.compile(r"([HhSs](?<![\w’'-].)(?:(?<=[Hh])e|(?<=[Ss])he))(?![\w-])")
CHAIN_SHARE = 0.7  # a pronoun of the writer's text joins a chain only when the ranker is this sure


class PronounChain:
    """Every "he"/"she" of the writer's own text, linked to the person it stands for, in text order.

    A pronoun that is no attribution's source still says who the paragraph is about ("He hasn't sent
    a fundraising email ... He's also not holding a rally"): resolved by the same ranker as the
    sources, just before the next source is, it becomes a mention of that person (a clause subject),
    so a later source pronoun's candidates count salience on the whole chain, not on names alone.
    Pronouns inside quotations (someone else's "he") and the sources' own pronouns are left alone.
    """

    def __init__(self, cast: Cast, ctx: object, sources: list[tuple[int, int]]) -> None:
        self.cast = cast
        self.ctx = ctx
        taken = sorted(sources)
        self.sites: list[tuple[int, int, str]] = []
        for m in _HE_SHE.finditer(cast.text):
            s = m.start()
            k = bisect.bisect_right(taken, (s, 1 << 62)) - 1
            if k >= 0 and taken[k][0] <= s < taken[k][1]:
                continue  # a source: resolved as one
            if not ctx.in_quote(s):  # type: ignore[attr-defined]
                self.sites.append((s, m.end(), m.group(1).lower()))
        self.next = 0

    def link_until(self, pos: int, writer: int | None, history: list[Spoke], spoken: dict[int, list[int]]) -> None:
        """Resolve the chain's pronouns that start before ``pos`` (each at most once)."""
        while self.next < len(self.sites) and self.sites[self.next][0] < pos:
            s, e, word = self.sites[self.next]
            self.next += 1
            self._link(s, e, word, writer, history, spoken)

    def _link(
        self, s: int, e: int, word: str, writer: int | None, history: list[Spoke], spoken: dict[int, list[int]]
    ) -> None:
        ctx = self.ctx
        n = ctx.sentence_at(s)  # type: ignore[attr-defined]
        sentence = self.cast.sentences[n] if self.cast.sentences else None
        opens = sentence is not None and self.cast.text[sentence.start : s].strip(" “\"'") == ""
        para = ctx.paragraph_at(s)  # type: ignore[attr-defined]
        anaphor = Anaphor(s, e, self.cast.text[s:e], word, n, para, False, opens, "m" if word == "he" else "f")
        cands = [c for c in gather(self.cast, history, anaphor, spoken) if c.entity != writer]
        trace, ranker.TRACE = ranker.TRACE, None  # (the training trace records the sources' rankings only)
        try:
            best = ranker.rank(self.cast, anaphor, cands)
        finally:
            ranker.TRACE = trace
        if best is not None and best.entity != ranker.NOBODY and best.share >= CHAIN_SHARE:
            self.cast.add(Mention(best.entity, s, e, para, "pronoun", n, True, False))
        elif (
            opens
            and (best is None or best.share < CHAIN_SHARE)
            and (sole := _sole_of_sex(self.cast, anaphor, cands)) is not None
        ):  # (only when the ranker is unsure, never against a sure "nobody")
            self.cast.add(Mention(sole, s, e, para, "pronoun", n, True, False))


def _sole_of_sex(cast: Cast, anaphor: Anaphor, cands: list[Candidate]) -> int | None:
    """The one person of the pronoun's sex named in its paragraph before it, in any slot ("For Denise, the
    appeal worked. She still owes money."), when the ranker is unsure: nobody else there can be "she"."""
    here = []
    for c in cands:
        ent = cast.entities[c.entity]
        last = c.last
        if last is None or last.paragraph != anaphor.paragraph or last.in_quote:
            continue
        if ent.type is SpeakerType.PERSON and not ent.joint and ent.sex in (None, anaphor.sex):
            here.append(c.entity)
    if len(here) == 1 and cast.entities[here[0]].sex == anaphor.sex:
        return here[0]
    return None
