"""Apply readers' corrections to an article: one consistent corrected article for every view.

In: an :class:`~quotelens.article.Article` as the engine read it, and corrections (any number,
for any article: those for another text are counted, not applied). Out: :class:`Corrected`,
whose ``article`` has its attributions, speaker choices, entities and mentions corrected and
every table rebuilt from them by the engine's own table builders, so that quotes, speakers
(counts, quoted words, members), mentions, the headline panel and ``scorer_records()`` agree.

How each correction acts on its quotation (found by its key, see :mod:`.model`):
    * content words replace the content's pieces; the kind follows the new content's quotation
      marks unless the correction sets it;
    * a speaker is looked up among the article's speakers by name or alias, else added as a new
      speaker; "anonymous" makes an anonymous speaker named by the source words (or "an
      unnamed source"). The source span is the correction's source words; without them it
      stays where the engine found it (the words "he" now refer to the corrected speaker), or,
      when there was none, it is the mention of the speaker nearest the content;
    * "not a quotation" removes it (quotations reported inside it move to its parent);
    * an added quotation is inserted in text order, with the rule "added by a reader".
A corrected quotation is confirmed by a reader: it is written for the scorer even when the engine
kept it for the reader only, its confidence is 1 and its evidence starts "corrected by a reader".

A key the engine no longer finds (the engine changed) is re-anchored to the quotation that
overlaps it most (at least half of the characters of both), else reported as not found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from quotelens.article import Article, paragraphs_of, tables_for
from quotelens.attribution import Attribution, QuoteKind
from quotelens.corrections.model import Correction, Op, article_digest, effective, parse_key, quotation_keys
from quotelens.corrections.report import Corrected, CorrectionReport
from quotelens.corrections.words import Words
from quotelens.segment import find_quote_regions
from quotelens.speakers import Entity, Mention, Resolution, SpeakerChoice, SpeakerResult, SpeakerType

CORRECTED = "corrected by a reader"
ADDED_RULE = "added by a reader"
UNNAMED = "an unnamed source"
# resolutions whose source words are a name: they cannot refer to another speaker
_NAMING = frozenset([Resolution.EXPLICIT, Resolution.SHORT_NAME])


def apply_corrections(article: Article, corrections: Iterable[Correction], other_text: int = 0) -> Corrected:
    """The article with the corrections of its text applied (see the module docstring).

    ``other_text``: how many corrections exist for another text of this article (a store's
    :meth:`~quotelens.corrections.db.CorrectionStore.other_text`), for the report.
    """
    digest = article_digest(article.text)
    mine = sorted((c for c in corrections if c.article == digest), key=Correction.sort_key)
    keys = quotation_keys(a.content for a in article.attributions)
    report = CorrectionReport(other_text=other_text)
    if not mine:
        told = dataclasses.replace(article, notes=[*article.notes, *report.messages()]) if other_text else article
        return Corrected(told, article, keys, report, {}, [])
    in_force = effective(mine)
    work = _Work(article, keys, set(in_force))
    for key in sorted(in_force, key=lambda k: (parse_key(k), k)):
        try:
            work.apply(in_force[key], report)
        except ValueError as exc:  # words outside this text (a hand-edited file): say so, go on
            report.invalid.append((in_force[key], str(exc)))
    return work.finish(in_force, mine, report)


def _copy_attributions(atts: list[Attribution]) -> list[Attribution]:
    copies = [dataclasses.replace(a, content=list(a.content), notes=list(a.notes)) for a in atts]
    index = {id(a): n for n, a in enumerate(atts)}
    for copy, a in zip(copies, atts, strict=True):
        copy.parent = copies[index[id(a.parent)]] if a.parent is not None else None
    return copies


class _Work:
    """The article being corrected: copies of its attributions, choices, entities and mentions.

    Added quotations are appended (their index is past the engine's) and put in text order at
    the end, so that indices stay put while corrections are applied.
    """

    def __init__(self, article: Article, keys: list[str], claimed: set[str]) -> None:
        if article.speaker_result is None:
            raise ValueError(f"article {article.name!r} was not built by load_article: it has no speaker resolution")
        self.article = article
        self.text = article.text
        self.words = Words(self.text)
        self.paragraphs = paragraphs_of(article)
        self.atts = _copy_attributions(article.attributions)
        self.engine_count = len(self.atts)
        self.choices = list(article.choices)
        self.keys = list(keys)
        self.by_key = {k: n for n, k in enumerate(keys)}
        self.claimed = claimed  # keys that have a correction of their own
        res = article.speaker_result
        self.entities = list(res.entities)
        self.mentions = list(res.mentions)
        self.removed: set[int] = set()
        self.notes: dict[int, Correction] = {}  # corrected attribution -> its correction
        self.reanchored: dict[int, str] = {}
        self._regions: list[tuple[int, int]] | None = None

    # ------------------------------------------------------------------ finding the quotation
    def apply(self, c: Correction, report: CorrectionReport) -> None:
        n = self.by_key.get(c.quote)
        if n is None and c.op is Op.ADD:
            n = self._same_content(c)  # the engine finds it now
            if n is None:
                self._add(c)
                report.added += 1
                return
        if n is None and c.op is Op.REVERT:
            report.reverted += 1  # back to an engine's attribution that is gone anyway
            return
        if n is None:
            n = self._reanchor(c)
            if n is None:
                report.not_found.append(c)
                return
            report.reanchored.append(f"the correction of {c.quote} now applies to the quotation at {self.keys[n]}")
            self.reanchored[n] = c.quote
        if c.op is Op.REVERT:
            report.reverted += 1
        elif c.not_quote:
            self.removed.add(n)
            report.removed += 1
        else:
            self._fix(n, c)
            report.corrected += 1

    def _free(self, n: int) -> bool:
        """The engine's quotation ``n`` has no correction of its own yet."""
        return n < self.engine_count and self.keys[n] not in self.claimed and n not in self.notes

    def _same_content(self, c: Correction) -> int | None:
        content = self.words.pieces(c.content_words or ())
        return next((n for n, a in enumerate(self.atts) if a.content == content and self._free(n)), None)

    def _reanchor(self, c: Correction) -> int | None:
        """The free quotation overlapping the key's span most, if they share half of both."""
        spans = parse_key(c.quote)
        size = sum(e - s for s, e in spans)
        best, best_share = None, 0.5
        for n, a in enumerate(self.atts):
            if not self._free(n):
                continue
            inter = sum(max(0, min(e, f) - max(s, t)) for s, e in spans for t, f in a.content)
            union = size + sum(f - t for t, f in a.content) - inter
            share = inter / union if union else 0.0
            if share >= best_share:
                best, best_share = n, share
        return best

    # ------------------------------------------------------------------ changing it
    def _fix(self, n: int, c: Correction) -> None:
        att = self.atts[n]
        att.reader_only = False  # a reader confirmed it
        if c.content_words is not None:
            att.content = self.words.pieces(c.content_words)
            att.kind = self._kind_of(att.content)
        if c.kind is not None:
            att.kind = QuoteKind(c.kind)
        if c.sets_speaker:
            self._set_speaker(n, c)
        self.notes[n] = c

    def _add(self, c: Correction) -> None:
        content = self.words.pieces(c.content_words or ())
        att = Attribution(content, None, None, self._paragraph_of(content[0][0]), ADDED_RULE, 1.0)
        att.kind = QuoteKind(c.kind) if c.kind is not None else self._kind_of(content)
        self.atts.append(att)
        self.choices.append(SpeakerChoice(None, Resolution.UNRESOLVED, "added by a reader", 0.0))
        self.keys.append(c.quote)
        n = len(self.atts) - 1
        if c.sets_speaker:
            self._set_speaker(n, c)
        self.notes[n] = c

    def _set_speaker(self, n: int, c: Correction) -> None:
        att, was = self.atts[n], self.choices[n]
        if c.source_words is not None:
            att.source = self.words.offsets(c.source_words[0]) if c.source_words else None
        entity = self._entity_for(c, att, was.entity)
        named = entity is not None and self.entities[entity].type is not SpeakerType.ANONYMOUS
        moved = c.source_words is None and named and entity != was.entity
        if moved and (att.source is None or was.how in _NAMING):
            # the engine's source words name someone else: the new speaker's nearest mention
            att.source = self._nearest_mention(entity, att)  # type: ignore[arg-type]
        if att.source is not None and entity is not None:
            self._link_mention(att.source, entity)  # "he" now refers to the corrected speaker
        self.choices[n] = SpeakerChoice(entity, Resolution.EXPLICIT, CORRECTED, 1.0)

    def _entity_for(self, c: Correction, att: Attribution, current: int | None) -> int | None:
        if c.speaker_type == SpeakerType.ANONYMOUS:
            src = self.text[att.source[0] : att.source[1]] if att.source else ""
            return self._entity(c.speaker or _anonymous_label(src) or UNNAMED, SpeakerType.ANONYMOUS)
        if c.speaker is None:
            return current
        return self._entity(c.speaker.strip(), SpeakerType(c.speaker_type or SpeakerType.PERSON))

    def _entity(self, name: str, type_: SpeakerType) -> int:
        """The entity called ``name`` (or with it as an alias), else a new one."""
        low = name.casefold()
        anonymous = type_ is SpeakerType.ANONYMOUS
        for e in self.entities:
            if (e.type is SpeakerType.ANONYMOUS) == anonymous and low in {
                e.name.casefold(),
                *(a.casefold() for a in e.aliases),
            }:
                return e.id
        self.entities.append(Entity(len(self.entities), name, type_))
        return len(self.entities) - 1

    def _nearest_mention(self, entity: int, att: Attribution) -> tuple[int, int] | None:
        """The mention of ``entity`` nearest the content (before it first), else its name in the text."""
        spans = [(m.start, m.end) for m in self.mentions if m.entity == entity]
        if not spans:
            name = self.entities[entity].name
            spans = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", self.text)]
        outside = [sp for sp in spans if sp[1] <= att.start or sp[0] >= att.end]
        return min(outside, key=lambda sp: _distance(sp, att.start, att.end), default=None)

    def _link_mention(self, span: tuple[int, int], entity: int) -> None:
        """The source words refer to ``entity``: the mentions inside them say so, else a new one does."""
        inside = [k for k, m in enumerate(self.mentions) if span[0] <= m.start and m.end <= span[1]]
        for k in inside:
            self.mentions[k] = dataclasses.replace(self.mentions[k], entity=entity)
        if inside:
            return
        mention = Mention(entity, span[0], span[1], self._paragraph_of(span[0]), CORRECTED)
        at = next((k for k, m in enumerate(self.mentions) if m.start > span[0]), len(self.mentions))
        self.mentions.insert(at, mention)

    def _paragraph_of(self, pos: int) -> int:
        return next((p.id for p in reversed(self.paragraphs) if p.start <= pos), 0)

    def _kind_of(self, content: list[tuple[int, int]]) -> QuoteKind:
        """Direct when 90 % of the content's words are inside quotation marks, mixed when some are."""
        if self._regions is None:
            self._regions = [(r.start, r.end) for r in find_quote_regions(self.text, self.paragraphs)]
        total = quoted = 0
        for s, e in content:
            for w in self.words.between(s, e):
                if w.text[0].isalnum() or w.text[0] == "_":
                    total += 1
                    quoted += any(a <= w.start < b for a, b in self._regions)
        share = quoted / total if total else 0.0
        return QuoteKind.of_share(share)

    # ------------------------------------------------------------------ the corrected article
    def finish(self, in_force: dict[str, Correction], history: list[Correction], report: CorrectionReport) -> Corrected:
        order = self._order()
        gone = {id(self.atts[n]) for n in self.removed}
        for a in self.atts:
            while a.parent is not None and id(a.parent) in gone:
                a.parent = a.parent.parent  # reported inside a non-quotation: inside what held it
        atts = [self.atts[n] for n in order]
        choices = [self.choices[n] for n in order]
        result = SpeakerResult(self.entities, self.mentions, choices)
        quotes, speakers, mentions = tables_for(self.text, self.paragraphs, atts, result)
        quotes = self._mark(quotes, order)
        report.rows = int(quotes["corrected"].sum())
        article = dataclasses.replace(
            self.article,
            quotes=quotes,
            speakers=speakers,
            mentions=mentions,
            attributions=atts,
            choices=choices,
            speaker_result=result,
            notes=[*self.article.notes, *report.messages()],
        )
        return Corrected(article, self.article, [self.keys[n] for n in order], report, in_force, history)

    def _order(self) -> list[int]:
        """The kept quotations: the engine's in its order, each added one before the first that starts after it."""
        added = sorted(range(self.engine_count, len(self.atts)), key=lambda n: (self.atts[n].start, n))
        order: list[int] = []
        k = 0
        for n in range(self.engine_count):
            while k < len(added) and self.atts[added[k]].start < self.atts[n].start:
                order.append(added[k])
                k += 1
            order.append(n)
        order += added[k:]
        return [n for n in order if n not in self.removed]

    def _mark(self, quotes: pd.DataFrame, order: list[int]) -> pd.DataFrame:
        """Corrected rows: the flag, confidence 1, and evidence saying what the reader changed.

        ``quotes`` was just built for this article: its columns are replaced in place (numpy, not
        ``.loc``: this runs on every page view of a corrected article).
        """
        groups = quotes["group"].to_numpy()
        mask = np.fromiter((order[g] in self.notes for g in groups), dtype=bool, count=len(groups))
        if not mask.any():
            return quotes
        before: dict[int, str] = {}
        engine = self.article.quotes
        for g, text in zip(engine["group"].to_numpy(), engine["evidence"].to_numpy(dtype=object), strict=True):
            before.setdefault(int(g), text)
        evidence = quotes["evidence"].to_numpy(dtype=object)
        resolution = quotes["resolution"].to_numpy(dtype=object)
        for i in np.flatnonzero(mask):
            n = order[groups[i]]
            c = self.notes[n]
            was = before.get(n) if n < self.engine_count else None
            evidence[i] = _evidence(c, was, self.reanchored.get(n))
            if c.sets_speaker:
                resolution[i] = "corrected"
        confidence = quotes["confidence"].to_numpy(copy=True)
        confidence[mask] = 1.0
        text_dtype: Any = quotes["evidence"].dtype
        quotes["evidence"] = pd.array(evidence, dtype=text_dtype)
        quotes["resolution"] = pd.array(resolution, dtype=text_dtype)
        quotes["confidence"] = confidence
        quotes["corrected"] = mask
        return quotes


def _evidence(c: Correction, before: str | None, reanchored_from: str | None) -> str:
    who = c.author or "a reader"
    when = c.created_at[:16].replace("T", " ")
    text = f"{CORRECTED}: {'; '.join(c.changes())} ({who}, {when} UTC)"
    if c.note:
        text += f" — “{c.note}”"
    if reanchored_from:
        text += f"; first made on the quotation at {reanchored_from}"
    if before:
        text += f"; the engine's evidence: {before}"
    return text


def _distance(span: tuple[int, int], start: int, end: int) -> float:
    """How far a mention lies from a content; one before it wins a tie."""
    return start - span[1] if span[1] <= start else span[0] - end + 0.5


def _anonymous_label(phrase: str) -> str:
    """'A senior official' -> 'a senior official', as the engine names anonymous sources."""
    words = phrase.split()
    if words and words[0].lower() in {"a", "an", "the", "some", "one", "two", "several"}:
        words[0] = words[0].lower()
    return " ".join(words)
