"""The state frames read: the article's tokens, quoted regions, running counts, and the one gate
(:meth:`Context._add`) through which every frame appends an attribution."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from quotelens.attribution.record import Attribution, Span
from quotelens.attribution.rules import Family, Rule, family_of
from quotelens.attribution.tokens import has_report_comma, is_quote, region_start
from quotelens.attribution.verbs import SPEECH_VERB_FORMS, looks_past
from quotelens.attribution.words import (
    AUXILIARY_HEADS,
    CIRCUMSTANCE_OPENERS,
    CONTRACTED_BE_RE,
    OBJECT_PRONOUNS,
    PRO_FORMS,
    SCAN,
    SUBJECT_HEAD_RE,
    SUBORDINATE_HEADS,
    TITLE_SMALL_WORDS,
)
from quotelens.lexicon import CUE_FORMS, SPEECH_LEMMAS, SUBJECT_PRONOUNS
from quotelens.segment import Paragraph, QuoteRegion, Sentence, Token

_T = TypeVar("_T")
_START = operator.attrgetter("start")
_IS_WORD = operator.attrgetter("is_word")
# Prepositions before the name of a show, a paper or a book ("on “This Week,”", "in “The Atlantic”")
_TITLE_PREPOSITIONS = frozenset(["on", "in", "to", "with", "at", "of", "from"])


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What every frame reads of the sentence it works on (read-only: frames never write it)."""

    start: int
    end: int
    tokens: list[Token]
    paragraph: Paragraph
    headline: bool = False  # a headline, or a body line in title case: title-case cues count ("Sanders Says")
    first_person_is_speaker: bool = False  # in a labelled line ("TAPPER: I think ..."), "I think" is the label's
    has_quote: bool = False  # whether any token is a quotation mark


@dataclass(slots=True)
class Unquoted:
    """Where a sentence's words and commas outside quotation marks are (found once per sentence)."""

    first_word: int  # index of its first word outside quotation marks (len(tokens) when none)
    commas: list[int]  # indices of its commas outside quotation marks


class Context:
    def __init__(
        self,
        text: str,
        paragraphs: list[Paragraph],
        regions: list[QuoteRegion],
        sentences: list[Sentence],
        use_model: bool = True,
        use_boundary: bool = True,
    ):
        self.use_model = use_model
        self.use_boundary = use_boundary
        self.text = text
        self.paragraphs = paragraphs
        self.regions = regions
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._region_starts = [r.start for r in regions]
        self._tokens = list(itertools.chain.from_iterable(sent.tokens for sent in sentences))
        self._token_starts = list(map(_START, self._tokens))
        # Running counts of words and of quoted words, for the quoted share of any token range.
        # (Quoted regions are disjoint and in text order: a token is inside one when it starts in it.)
        inside = bytearray(len(self._tokens))
        # (and :meth:`inside_quote` of each token's start, which most of its callers ask: a look-up, not a search)
        self._quoted_at = dict.fromkeys(self._token_starts, False)
        for r in regions:
            lo = bisect.bisect_left(self._token_starts, r.start)
            hi = bisect.bisect_left(self._token_starts, r.end)
            inside[lo:hi] = b"\x01" * (hi - lo)
            self._quoted_at.update(
                dict.fromkeys(self._token_starts[bisect.bisect_right(self._token_starts, r.start) : hi], True)
            )
        is_word = list(map(_IS_WORD, self._tokens))
        self._words_before = list(itertools.accumulate(is_word, initial=0))
        self._quoted_before = list(itertools.accumulate(map(operator.and_, is_word, inside), initial=0))
        self.attributions: list[Attribution] = []
        self._used_cues: set[int] = set()
        # While the frames run (the list only grows): (cue start, list index) sorted, and the
        # attributions of each paragraph in the order they were found.
        self._by_cue: list[tuple[int, int]] = []
        self._by_paragraph: dict[int, list[Attribution]] = {}
        # Quoted regions are disjoint and in text order, so their ends are sorted too.
        self._region_ends = [r.end for r in regions]
        self._sentence_dashes: dict[int, list[Span]] = {}  # (see _dashes_between)
        # Facts of a token list, by kind and list id (the list kept alive beside them: ids are never reused).
        self._token_facts: dict[tuple[str, int], tuple[list[Token], object]] = {}

    def region_at(self, pos: int) -> QuoteRegion | None:
        """The quoted region holding ``pos`` (its opening mark included), if any."""
        k = bisect.bisect_right(self._region_starts, pos) - 1
        return self.regions[k] if k >= 0 and pos < self._region_ends[k] else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Body tokens that start inside [start, end)."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self._tokens[lo:hi]

    def inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside quotation marks (after a region's opening mark, before its end)."""
        known = self._quoted_at.get(pos)
        if known is not None:
            return known
        k = bisect.bisect_right(self._region_starts, pos) - 1
        return k >= 0 and self._region_starts[k] < pos < self._region_ends[k]

    def _facts(self, kind: str, toks: list[Token], compute: Callable[[list[Token]], _T]) -> _T:
        """``compute(toks)``, computed once per token list (a sentence's tokens, a content's)."""
        hit = self._token_facts.get((kind, id(toks)))
        if hit is not None and hit[0] is toks:
            return hit[1]  # type: ignore[return-value]
        value = compute(toks)
        self._token_facts[(kind, id(toks))] = (toks, value)
        return value

    def _unquoted(self, toks: list[Token]) -> Unquoted:
        """The first word and the commas of ``toks`` outside quotation marks."""
        return self._facts("unquoted", toks, self._find_unquoted)

    def _first_unquoted_word(self, toks: list[Token], limit: int) -> int:
        """Index of the first word of ``toks[:limit]`` outside quotation marks, else ``limit``."""
        for m in range(min(limit, SCAN)):
            if toks[m].is_word and not self.inside_quote(toks[m].start):
                return m
        return limit if limit <= SCAN else min(self._unquoted(toks).first_word, limit)

    def _next_unquoted_comma(self, toks: list[Token], k: int, limit: int) -> int:
        """Index of the first comma of ``toks[k + 1 : limit]`` outside quotation marks, else ``limit``."""
        stop = min(limit, k + 1 + SCAN)
        for m in range(k + 1, stop):
            if toks[m].text == "," and not self.inside_quote(toks[m].start):
                return m
        if stop >= limit:
            return limit
        commas = self._unquoted(toks).commas
        n = bisect.bisect_left(commas, stop)
        return commas[n] if n < len(commas) and commas[n] < limit else limit

    def _words_from(self, toks: list[Token], k: int) -> int:
        """The number of words in ``toks[k:]``."""
        if len(toks) - k <= SCAN:
            return sum(map(_IS_WORD, toks[k:]))  # (True counts 1: summed in C, no generator)
        running = self._facts("running counts", toks, self._running_counts)[0]
        return running[len(toks)] - running[k]

    def _find_unquoted(self, toks: list[Token]) -> Unquoted:
        first = next((n for n, t in enumerate(toks) if t.is_word and not self.inside_quote(t.start)), len(toks))
        return Unquoted(first, [n for n, t in enumerate(toks) if t.text == "," and not self.inside_quote(t.start)])

    def _content_start(self, sent: SentenceView, first: int) -> int:
        """Start of a content that runs from sentence start: extended back to its quote's opening mark."""
        start = sent.tokens[first].start
        r = self.region_at(start)
        if r is not None and r.start < start:
            start = r.start
        return start

    def _quoted_until(self, start: int) -> int | None:
        """When ``start`` opens a quote, the offset where that quote ends."""
        r = self.region_at(start)
        if r is not None and r.start == start:
            return r.end
        return None

    def _added(self, att: Attribution | None) -> bool:
        """Add ``att`` when a frame found one (a step's answer: whether it read the token)."""
        if att is None:
            return False
        self._add(att)
        return True

    def _one_noun_held(self, att: Attribution, toks: list[Token]) -> bool:
        """ "Rubio opposes abortion.", "Clinton has expressed concerns": one common noun is what a
        stance verb (no verb of speech) holds, when the source-first frame found it."""
        if len(toks) != 1 or att.rule != Rule.SOURCE_FIRST or att.cue is None:
            return False
        low = toks[0].lower
        if not low.isalpha() or toks[0].is_capitalised or low.endswith("ly"):
            return False
        cue = self.text[att.cue[0] : att.cue[1]].split(maxsplit=1)[0].lower()
        return CUE_FORMS.get(cue) not in SPEECH_LEMMAS

    def _add(self, att: Attribution) -> None:
        if att.source is not None:
            m = CONTRACTED_BE_RE.fullmatch(self.text, att.source[0], att.source[1])
            if m is not None and m.group(1).lower() in SUBJECT_PRONOUNS:
                att.source = (att.source[0], m.end(1))  # "He’s claiming": the speaker is "He"
            words = SUBJECT_HEAD_RE.match(self.text, att.source[0], att.source[1])
            assert words is not None
            head, rest = words.group(1), words.end()
            if head in AUXILIARY_HEADS or head in SPEECH_VERB_FORMS:
                # 'the “cartel” *is growing* nervous', '“C,” *said Spicer* in a tweet': a verb phrase is nobody
                return
            if rest >= att.source[1] and head.islower() and looks_past(head):
                return  # '“Call the roll,” *came* shouts from the crowd': a lone verb is nobody
            if head.lower() in SUBORDINATE_HEADS:
                if rest >= att.source[1]:
                    return
                att.source = (rest, att.source[1])  # '... until Haley said C': the speaker is "Haley"
        content = [(s, e) for s, e in att.content if e > s and self.text[s:e].strip()]
        if not content:
            return
        toks = self._first_tokens(content, 2)
        family = family_of(att.rule)
        named = len(toks) == 1 and (
            (toks[0].is_capitalised and (family == Family.SOURCE_FIRST or att.rule == Rule.PASSIVE_BY_AGENT))
            # ("critics attacked them", "Gov. Brown endorsed her": who is backed or attacked, as a pronoun)
            or (family == Family.SOURCE_FIRST and (toks[0].lower in OBJECT_PRONOUNS or toks[0].lower in PRO_FORMS))
        )
        if (
            len(toks) < 2
            and not named
            and att.rule != Rule.CONTENT_FIRST_OBJECT_GAP
            and not self._one_noun_held(att, toks)
        ):
            # (one name is enough for what is backed or attacked: "He endorsed Clinton in March", "Hale
            # was criticized by X", and one relative word for a moved object: "which Putin opposed")
            return
        if (
            len(content) == 1
            and self._is_quoted_title(*content[0])
            # ('"Nusra Is Al Qaeda," he said': a comma inside the marks makes it someone's words)
            and (
                family_of(att.rule) == Family.SOURCE_FIRST
                or not has_report_comma(self.text[content[0][0] : content[0][1]])
            )
        ):
            return  # 'the reality TV show "The Apprentice."', 'named “Madam Secretary” as her favourite'
        att.content = content
        if att.cue:
            self._used_cues.add(att.cue[0])
            bisect.insort(self._by_cue, (att.cue[0], len(self.attributions)))
        self._by_paragraph.setdefault(att.paragraph, []).append(att)
        self.attributions.append(att)

    def _first_tokens(self, content: list[Span], n: int) -> list[Token]:
        """The first ``n`` body tokens that start inside the pieces of ``content``."""
        out: list[Token] = []
        for s, e in content:
            lo = bisect.bisect_left(self._token_starts, s)
            hi, room = bisect.bisect_left(self._token_starts, e), lo + n - len(out)
            out.extend(self._tokens[lo : hi if hi < room else room])
            if len(out) >= n:
                break
        return out

    def _with_cue_in(self, lo: int, hi: int) -> list[Attribution]:
        """The attributions found so far whose cue starts in [lo, hi), in the order they were found."""
        a = bisect.bisect_left(self._by_cue, (lo, -1))
        b = bisect.bisect_left(self._by_cue, (hi, -1))
        return [self.attributions[n] for n in sorted(n for _, n in self._by_cue[a:b])]

    def _last_region_before(self, pos: int) -> QuoteRegion | None:
        """The last quoted region that ends at or before ``pos``."""
        k = bisect.bisect_right(self._region_ends, pos) - 1
        return self.regions[k] if k >= 0 else None

    def _is_quoted_title(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` is one quotation of two to seven title-case words, without a
        question or exclamation mark: the name of a show, a book or a group, not someone's words."""
        region = self.region_at(start)
        if region is None or region.start != start or region.end < end - 1:
            return False
        words = [t for t in self.tokens_in(start, end) if t.is_word]
        if not 2 <= len(words) <= 7 or not words[0].is_capitalised:
            return False
        if any(ch in "?!" for ch in self.text[start:end]):
            return False
        return all(t.is_capitalised or t.lower in TITLE_SMALL_WORDS for t in words)

    def _title_after_preposition(self, start: int, end: int) -> bool:
        """Whether a content is a few words of the writer's ending in a quoted title right after a preposition,
        the content's only quotation ('Speaking on “This Week,”', 'In an interview with “Fox News Sunday,”')."""
        toks = self.tokens_in(start, end)
        quotes = [k for k, t in enumerate(toks) if is_quote(t) and self.region_at(t.start) is not None]
        if not quotes or quotes[0] < 2 or toks[quotes[0] - 1].lower not in _TITLE_PREPOSITIONS:
            return False
        region = self.region_at(toks[quotes[0]].start)
        assert region is not None
        inside = [t for t in self.tokens_in(region.start, region.end) if t.is_word]
        return (
            region.end >= end - 1
            and 1 <= len(inside) <= 7
            and all(t.is_capitalised or t.lower in TITLE_SMALL_WORDS for t in inside)
        )

    def _quoted_words(self, pos: int) -> int:
        """How many words the quotation holding ``pos`` has."""
        reg = self.region_at(pos)
        return 0 if reg is None else sum(1 for t in self.tokens_in(reg.start, reg.end) if t.is_word)

    def _closes_quotation(self, toks: list[Token], j: int) -> bool:
        """``toks[j]`` is a closing quotation mark, or a comma or dash right after one."""
        if j > 0 and toks[j].text in {",", "—", "–"}:
            j -= 1
        if j < 0 or not is_quote(toks[j]):
            return False
        reg = self.region_at(toks[j].start)
        return reg is not None and reg.closed and reg.end == toks[j].end

    def _running_counts(self, toks: list[Token]) -> tuple[list[int], list[int]]:
        """The number of words and of commas outside quotation marks before each token (and after all)."""
        words = [0, *itertools.accumulate(t.is_word for t in toks)]
        commas = [0, *itertools.accumulate(t.text == "," and not self.inside_quote(t.start) for t in toks)]
        return words, commas

    def _same_mention(self, a: Span, b: Span) -> bool:
        """Whether two source spans overlap or read the same."""
        if a[0] < b[1] and b[0] < a[1]:
            return True
        return self.text[a[0] : a[1]].lower() == self.text[b[0] : b[1]].lower()

    def _followed_by_circumstance(self, pos: int) -> bool:
        """Whether the words right after ``pos`` (a quotation's end) open a circumstance ("as they had")."""
        k = bisect.bisect_left(self._token_starts, pos)
        return k < len(self._tokens) and self._tokens[k].lower in CIRCUMSTANCE_OPENERS

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding ``pos``."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        return (self.sentences[k].start, self.sentences[k].end) if k >= 0 else (pos, pos)

    def _regions_of(self, para: Paragraph) -> list[QuoteRegion]:
        """The quoted regions of ``para`` (those that open in it), by binary search."""
        lo = bisect.bisect_left(self.regions, para.start, key=region_start)
        hi = bisect.bisect_left(self.regions, para.end, key=region_start)
        return [r for r in self.regions[lo:hi] if r.paragraph == para.id]

    def _quote_fills(self, para: Paragraph) -> bool:
        """The paragraph is nothing but quotation: it opens with a mark and no words follow its quotes."""
        if self._quoted_until(para.start) is None:
            return False
        pos = para.start
        for r in self._regions_of(para):
            if any(ch.isalnum() for ch in self.text[pos : r.start]):
                return False
            pos = max(pos, r.end)
        return not any(ch.isalnum() for ch in self.text[pos : para.end])

    def _quoted_share(self, att: Attribution) -> float:
        """Share of the content's words inside quotation marks."""
        total = quoted = 0
        for s, e in att.content:
            lo = bisect.bisect_left(self._token_starts, s)
            hi = bisect.bisect_left(self._token_starts, e)
            total += self._words_before[hi] - self._words_before[lo]
            quoted += self._quoted_before[hi] - self._quoted_before[lo]
        return quoted / total if total else 0.0

    def _writer_words_lead(self, att: Attribution) -> bool:
        """Whether a piece of the content opens with the writer's words (besides "that"), outside quotation
        marks ('he was "one of the last of a generation"', 'Russia, he said, "is more isolated"'): then even a
        content quoted almost whole is a partial quotation, the writer's frame around the speaker's words."""
        words, quoted = self._words_before, self._quoted_before
        for s, e in att.content:
            lo = bisect.bisect_left(self._token_starts, s)
            hi = bisect.bisect_left(self._token_starts, e)
            first = bisect.bisect_right(words, words[lo], lo, hi + 1) - 1  # the token of the first word
            if first < hi and self._tokens[first].lower == "that":  # (the writer's "that" only joins the clause)
                first = bisect.bisect_right(words, words[first + 1], first + 1, hi + 1) - 1
            if first < hi and quoted[first + 1] == quoted[first]:
                return True
        return False
