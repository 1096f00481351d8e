"""Tests of :mod:`quotelens.attribution.frames.raising` on sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals, rule_proposals

RULE = "seems (no source)"


def test_subject_and_infinitive_with_no_source():
    found = [p for p in proposals("The statistics appear to be fabricated.") if p[0] == RULE]
    assert found == [(RULE, None, "appear", ["The statistics", "to be fabricated."])]


def test_an_adjective_after_the_verb():
    found = [p for p in proposals("Mr. Putin seemed most concerned with the economy.") if p[0] == RULE]
    assert [(p[1], p[3]) for p in found] == [(None, ["Mr. Putin", "most concerned with the economy."])]


def test_the_subject_is_no_speaker():
    found = proposals("Trump appeared to lose his temper while addressing the crowd.")
    assert not any(p[1] == "Trump" for p in found)
    assert any(p[0] == RULE for p in found)


def test_appearing_somewhere_is_no_report():
    assert not any(p[0] == RULE for p in proposals("Trump appeared on Fox News on Sunday."))
    assert not any(p[0] == RULE for p in proposals("She appeared before the committee in May."))
    assert not any(p[0] == RULE for p in proposals("He appeared to reporters after the vote."))


def _no_source(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(p[1], p[2], p[3]) for p in rule_proposals(body) if p[0] == RULE]


def test_passive_and_infinitive_give_the_subject_and_the_infinitive():
    # "X is expected to C": nobody is credited; PolNeAR marks the subject and the infinitive
    assert _no_source("The mayor is expected to win the vote easily.") == [
        (None, "expected", ["The mayor", "to win the vote easily."])
    ]
    assert _no_source("Some aides are said to be urging the mayor to step aside.") == [
        (None, "said", ["Some aides", "to be urging the mayor to step aside."])
    ]


def test_an_adverb_does_not_hide_the_passive():
    # ("is widely expected" had credited the subject as the speaker)
    rows = rule_proposals("The mayor is widely expected to win the vote.")
    assert [(p[0], p[1], p[3]) for p in rows] == [(RULE, None, ["The mayor", "to win the vote."])]


def test_a_passive_without_an_infinitive_keeps_its_reading():
    assert _no_source("The pier levy was criticized in May.") == []
    assert _no_source("The pier levy was criticized by unions.") == []


def test_the_subject_piece_is_the_whole_noun_phrase():
    assert _no_source("The embattled harbour board is expected to approve the levy.")[0][2][0] == (
        "The embattled harbour board"
    )
    assert _no_source("The Select Committee on Harbours is expected to report in May.")[0][2][0] == (
        "The Select Committee on Harbours"
    )
    assert _no_source("The levy was less than someone in his position could be expected to raise.")[0][2][0] == (
        "someone in his position"
    )
    assert _no_source("The harbour's new strategy appears to be working.")[0][2][0] == "The harbour's new strategy"


def test_the_subject_piece_stops_at_a_pronoun_and_leaves_an_opening_even():
    rows = _no_source("The levy came up on the same night she was expected to win the vote.")
    assert rows == [(None, "expected", ["she", "to win the vote."])]
    assert _no_source("Even Mayor Hale is not expected to back the levy.")[0][2][0] == "Mayor Hale"


def _source_first(body: str) -> list[tuple[str | None, list[str]]]:
    return [(p[1], p[3]) for p in rule_proposals(body) if p[0] == "source-first"]


def test_a_relative_before_the_speaker_is_a_first_piece():
    # "the levy, which critics said was unfair": PolNeAR marks "which" + "was unfair"
    assert _source_first("Hale backed the pier levy, which critics said was unfair.")[-1] == (
        "critics",
        ["which", "was unfair."],
    )
    assert _source_first("Hale thanked Ortiz, whom he described as a friend.")[-1] == ("he", ["whom", "as a friend."])
    assert _source_first("The pier was what aides called a blunder.") == [("aides", ["what", "a blunder."])]


def test_a_relative_after_a_preposition_or_before_that_is_no_piece():
    # ("in which he says C": the words he says have their own subject)
    assert _source_first("The video, in which he says he will build a pier, aired.") == [
        ("he", ["he will build a pier, aired."])
    ]
    assert _source_first("The levy, which critics said that Hale wrote, passed.")[0][1] == ["that Hale wrote, passed."]
