"""Tests of :mod:`quotelens.attribution.frames.unlisted` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals


def test_writer_goes_on_after_quote_speaker_verb_and():
    (a,) = attributions("“Go back to your seat,” Mr. Dale barked and a guard led the man out.")
    assert a["speaker"] == "Mr. Dale" or a["mention"] == "Mr. Dale"
    assert a["pieces"] == ["“Go back to your seat,”"]


def test_unlisted_verb_before_a_colon_and_a_quotation():
    rows = proposals("Asked which county was his favourite, he demurred: “Whichever one I am in.”")
    assert rows == [
        ("asked (question)", None, "Asked", ["which county was his favourite"]),
        ("source-first (unlisted verb + colon)", "he", "demurred", ["“Whichever one I am in.”"]),
    ]
    (p,) = proposals("Mayor Lena Park then leaned in and boomed: “We will finish this bridge by spring.”")
    assert p == (
        "source-first (unlisted verb + colon)",
        "Mayor Lena Park",
        "boomed",
        ["“We will finish this bridge by spring.”"],
    )


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("“France will always be France,” Hollande retaliated.", "Hollande"),
        ("“France will always be France,” an angry Hollande retaliated.", "an angry Hollande"),
        ("“France will always be France,” the president retaliated.", "the president"),
    ],
)
def test_unlisted_verb_after_a_quotation_and_its_speaker(body, source):
    assert proposals(body) == [
        ("content-first (unlisted verb)", source, "retaliated", ["“France will always be France,”"])
    ]


def test_unlisted_verb_before_a_colon_needs_a_quotation():
    assert proposals("The plan worked: the pier reopened in May.") == []


def test_irregular_past_with_a_particle_before_a_colon_and_a_quotation():
    rows = proposals("Asked about the pier, Mr. Smith shot back: ''That would be good.''")
    assert ("source-first (unlisted verb + colon)", "Mr. Smith", "shot", ["''That would be good.''"]) in rows
    assert not any(r[2] == "shot" for r in proposals("Mr. Smith shot the film in Dayton last spring."))


def test_a_title_word_before_a_listed_cue_is_not_the_verb():
    quotes = attributions("“These numbers are false,” White House deputy press secretary Andrew Bates said.")
    assert [(q["cue"], q["speaker"]) for q in quotes] == [("said", "Andrew Bates")]
    quotes = attributions("“It is over,” Dawson fumed as he said goodbye to the crowd.")
    assert quotes[0]["cue"] == "fumed"  # (the listed verb of another clause)
