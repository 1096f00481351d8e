"""The lookups that keep every pass linear (issue 19) answer exactly what the scans they replaced did.

Each structure of :mod:`quotelens.attribution.index` (and the engine) that replaced a scan over every attribution, region or
token is checked against that scan, on random inputs; the passes' outputs on PolNeAR are pinned by
``tests/test_golden.py``. And a paragraph without any sentence end is read in pieces.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from quotelens import load_article
from quotelens.attribution import Attribution
from quotelens.attribution.engine import Engine
from quotelens.attribution.index import GrowingReach, SpanCover, in_range
from quotelens.attribution.tokens import start_of_last_runs
from quotelens.attribution.words import CLAUSE_END_TAIL, COORDINATED_TAIL, DASH_RE, SHARED_SUBJECT_TAIL
from quotelens.segment import (
    MAX_SENTENCE_TOKENS,
    find_quote_regions,
    segment_paragraphs,
    segment_sentences,
    tokenize,
)

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)


@given(_SPANS, st.integers(-2, 95))
def test_span_cover_answers_like_any_span(spans, pos):
    assert SpanCover(spans).holds(pos) == any(s <= pos < e for s, e in spans)


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 40)), max_size=30), st.integers(-5, 55), st.integers(-5, 55)
)
def test_in_range_lists_the_keys_strictly_inside_in_order(pairs, lo, hi):
    keyed = sorted((k, n) for n, (k, _) in enumerate(pairs))
    assert in_range(keyed, lo, hi) == sorted(n for k, n in keyed if lo < k < hi)


def _att(spans: list[tuple[int, int]], cue: int | None = None) -> Attribution:
    return Attribution(list(spans), (cue, cue + 1) if cue is not None else None, None, 0, "test", 0.5)


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20)), min_size=1, max_size=20),
    st.lists(st.tuples(st.integers(0, 19), st.integers(1, 15)), max_size=15),
    st.lists(st.integers(-2, 110), max_size=20),
)
def test_growing_reach_answers_like_any_attribution(starts, growth, probes):
    atts = [_att([(s, s + n)]) for s, n in starts]
    reach = GrowingReach(atts)
    for (k, more), pos in zip(growth, probes + [0] * len(growth), strict=False):
        att = atts[k % len(atts)]
        att.content.append((att.end, att.end + more))  # (contents only grow at their end)
        reach.grow(att)
        assert reach.holds(pos) == any(a.start <= pos < a.end for a in atts)
    for pos in probes:
        assert reach.holds(pos) == any(a.start <= pos < a.end for a in atts)


def _engine(text: str) -> Engine:
    paras = segment_paragraphs(text, has_title=False)
    return Engine(text, paras, find_quote_regions(text, paras), segment_sentences(text, paras))


@settings(max_examples=200)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=12), st.lists(st.integers(0, 40), max_size=12))
def test_nesting_candidates_are_the_attributions_the_quick_test_kept(starts, cues):
    atts = sorted(
        (_att([(s, s + 3 + n % 7)], cue=(s + cues[n]) if n < len(cues) else None) for n, s in enumerate(starts)),
        key=lambda a: (a.start, a.end),
    )
    engine = _engine("x " * 60)
    engine.attributions = atts
    for b, near in zip(atts, engine._nesting_candidates(), strict=True):
        anchor = b.cue[0] if b.cue else b.start
        expected = [a for a in atts if a is not b and (a.start == b.start or a.start <= anchor < a.end)]
        assert near == expected


_TAIL_TEXT = st.lists(
    st.sampled_from([",", ";", ":", " ", "  ", "\n", "and", "but", "while", "quickly", "x", "”", '"', "''", "C"]),
    max_size=14,
).map("".join)


@settings(max_examples=300)
@given(_TAIL_TEXT, st.integers(0, 40))
def test_tail_patterns_match_within_the_last_six_runs(text, start):
    start = min(start, len(text))
    lo = start_of_last_runs(text, len(text), 6)
    for pattern in (COORDINATED_TAIL, SHARED_SUBJECT_TAIL, CLAUSE_END_TAIL):
        whole = pattern.search(text, start, len(text))
        near = pattern.search(text, max(start, lo), len(text))
        assert (whole and whole.span()) == (near and near.span())


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["a", " ", "—", "–", "--", "-", " — ", "x y"]), max_size=25).map("".join), st.data())
def test_dashes_are_counted_like_a_search_of_the_lead(body, data):
    text = "Headline\n\n" + body + " end."
    engine = _engine(text)
    start, end = 10, len(text)
    pos = data.draw(st.integers(start, end))
    assert engine._dashes_between(start, end, pos) == len(DASH_RE.findall(text[start:pos]))


_SENTENCE_WORDS = st.lists(
    st.sampled_from(
        'said told and which who , ; — a but called saying " “ ” because Ana he the plan when then an added while'.split()
    ),
    min_size=1,
    max_size=120,
)


@settings(max_examples=150)
@given(_SENTENCE_WORDS, st.data())
def test_clause_end_is_the_first_break_of_a_scan(words, data):
    text = " ".join(words)
    engine = _engine(text)
    toks = tokenize(text)
    k = data.draw(st.integers(0, len(toks) - 1))
    for speech in (True, False):
        scanned = next((m for m in range(k + 1, len(toks)) if engine._breaks_clause(toks, k, m, speech)), len(toks))
        assert engine._clause_end(toks, k, speech) == scanned


@settings(max_examples=150)
@given(_SENTENCE_WORDS, st.data())
def test_unquoted_words_and_commas_are_found_like_a_scan(words, data):
    text = " ".join(words * 2)
    engine = _engine(text)
    toks = tokenize(text)
    limit = data.draw(st.integers(0, len(toks)))
    k = data.draw(st.integers(0, len(toks)))
    first = next((m for m in range(limit) if toks[m].is_word and not engine.inside_quote(toks[m].start)), limit)
    comma = next(
        (m for m in range(k + 1, limit) if toks[m].text == "," and not engine.inside_quote(toks[m].start)), limit
    )
    assert engine._first_unquoted_word(toks, limit) == first
    assert engine._next_unquoted_comma(toks, k, limit) == comma


def test_a_paragraph_without_sentence_ends_is_read_in_pieces():
    text = "Headline\n\n" + " ".join(["Ana Ruiz said the plan would fail and Tom Lee told him"] * 120)
    paras = segment_paragraphs(text)
    sents = segment_sentences(text, paras)
    tokens = tokenize(text, paras[1].start, paras[1].end)
    assert len(tokens) > 3 * MAX_SENTENCE_TOKENS
    assert [t for s in sents for t in s.tokens] == tokens  # every token, once, in order
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sents)
    assert sents[0].start == paras[1].start and sents[-1].end == paras[1].end
    assert all(a.end < b.start for a, b in itertools.pairwise(sents))
    # (a sentence under the bound is one sentence, as before)
    short = "Headline\n\n" + " ".join(["word"] * (MAX_SENTENCE_TOKENS - 1))
    assert len(segment_sentences(short, segment_paragraphs(short))) == 1


def test_reports_are_still_found_in_every_piece_of_a_run_on_paragraph():
    body = " ".join(["Ana Ruiz said the plan would fail and Tom Lee told him"] * 120)
    art = load_article("Headline\n\n" + body)
    last_piece = segment_sentences(art.text, segment_paragraphs(art.text))[-1]
    assert set(art.quotes["paragraph_id"]) == {1}
    assert (art.quotes["start"] >= last_piece.start).any()


def test_a_short_name_is_the_person_last_named_in_full_before_it():
    """(found by binary search over the full namings of the persons a name word may stand for)"""
    from quotelens.speakers import prepare

    text = (
        "Headline\n\nMelania Trump spoke first. After that, Trump said it was fine. Donald Trump then spoke. "
        "At noon, Trump said no. At one, Mrs. Trump disagreed. Ivanka Trump came last."
    )
    paras = segment_paragraphs(text)
    cast = prepare(text, paras, segment_sentences(text, paras), []).cast
    owners = [cast.entities[m.entity].name for m in cast.mentions if len(text[m.start : m.end].split()) == 1]
    assert owners == ["Melania Trump", "Donald Trump", "Melania Trump"]  # ("Mrs.": not the man named last)
    first = cast.owner_of_word("Trump", 0, [])  # nobody named before: the first named after
    assert first is not None and first.name == "Melania Trump"
