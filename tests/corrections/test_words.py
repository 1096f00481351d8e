"""Words of an article: numbered in text order, punctuation marks words of their own."""

from __future__ import annotations

import pytest

from quotelens.corrections import Words

TEXT = "“We will win,” she said — and U.S. officials didn't.\n\nNext."


def test_words_are_letter_runs_and_single_marks():
    words = Words(TEXT)
    texts = [words.word(i).text for i in range(len(words))]
    assert texts[:6] == ["“", "We", "will", "win", ",", "”"]
    assert "—" in texts and "didn" in texts and "'" in texts
    assert all(TEXT[w.start : w.end] == w.text for w in (words.word(i) for i in range(len(words))))


def test_offsets_and_ranges_are_inverse():
    words = Words(TEXT)
    start, end = TEXT.index("We"), TEXT.index(",")
    first_last = words.range_of(start, end)
    assert first_last == (1, 3)
    assert words.offsets(first_last) == (start, end)
    assert words.range_of(TEXT.index("\n"), TEXT.index("\n") + 2) is None  # only whitespace


def test_a_range_that_starts_inside_a_word_takes_the_whole_word():
    words = Words(TEXT)
    s = TEXT.index("will") + 2
    assert words.offsets(words.range_of(s, s + 1)) == (TEXT.index("will"), TEXT.index("will") + 4)


def test_words_between_a_paragraphs_offsets():
    words = Words(TEXT)
    last = TEXT.index("Next")
    assert [w.text for w in words.between(last, len(TEXT))] == ["Next", "."]
    assert words.between(last, len(TEXT))[0].number == len(words) - 2


@pytest.mark.parametrize(
    ("ranges", "message"),
    [
        (((3, 1),), "not a range"),
        (((0, 999),), "not a range"),
        (((-1, 2),), "not a range"),
        (((4, 6), (1, 2)), "overlap or are not in text order"),
        (((1, 4), (4, 6)), "overlap or are not in text order"),
        ((), "at least one piece"),
    ],
)
def test_bad_pieces_are_refused_with_a_reason(ranges, message):
    with pytest.raises(ValueError, match=message):
        Words(TEXT).pieces(ranges)
