"""Review round 37: a census surname opening a sentence is a gerund or an adverb when it is one of a common
word: "-ing" on a verb's stem with its past ("Bending" of "bent"), "-ly" on an adjective ("Lovely"); the "-ly"
names no stem explains stay names ("Reilly", "Daly") (speakers/lexicon.py::surname_not_derived)."""

from __future__ import annotations

from quotelens.speakers.lexicon import surname_not_derived


def test_an_ing_word_whose_past_is_a_common_word_is_no_surname():
    assert not surname_not_derived("bending")
    assert surname_not_derived("keating")


def test_an_ly_word_reads_its_own_stem():
    assert surname_not_derived("reilly")
    assert surname_not_derived("daly")
    assert not surname_not_derived("lovely")
