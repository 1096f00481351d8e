"""Blind round 36 (fix36a): "to loud cheers", "to some laughter" after the cue's comma is how the words
were received, the writer's, not more of the speaker's words; "to" opening an infinitive still goes on
with them. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_to_cheers_after_a_quotation_is_no_content():
    (a,) = attributions("“We will march again on Friday,” the organiser said, to loud cheers.")
    assert a["pieces"] == ["“We will march again on Friday,”"]
    assert a["kind"] == "direct"


def test_to_laughter_before_a_next_quotation_leaves_both_quoted():
    (a,) = attributions("“I would like that,” she said, to some laughter in the room. “My staff would not.”")
    assert a["pieces"] == ["“I would like that,”", "“My staff would not.”"]
    assert a["kind"] == "direct"


def test_to_applause_after_unquoted_words_is_no_content():
    found = attributions("The plant will stay open, the governor said, to applause from the workers.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["pieces"] == ["The plant will stay open"]


def test_an_infinitive_after_the_cue_still_goes_on():
    (a,) = attributions("“It is a better use of the money,” he added, to build schools in the north.")
    assert a["pieces"][-1] == "to build schools in the north."
