"""Blind tests m and n (2026-12-04, eighth part): general failures of the attribution frames and
passes, each on short sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz said the bill, passed last month, would hurt farmers badly.",
        "Ana Ruiz said the bill, which passed last month, would hurt farmers badly.",
        "Ana Ruiz said that the bill, which passed last month, would hurt farmers badly.",
        'Ana Ruiz said the bill, tabled last week, was "a mistake, pure and simple" for farmers.',
    ],
)
def test_an_aside_on_the_content_s_subject_does_not_end_the_content(body):
    (a,) = attributions(body)
    assert a["speaker"] == "Ana Ruiz"
    assert a["pieces"][0].startswith(("the bill, ", "that the bill, "))
    assert a["pieces"][-1].endswith(("badly.", "for farmers."))


def test_an_aside_after_the_object_still_ends_a_non_speech_content():
    # "praised the bill, which passed last month, saying C": no finite verb after the aside, so it
    # is the writer's, and the participle's report is a second one
    found = attributions("Ana Ruiz praised the bill, which passed last month, saying it helps farmers.")
    assert [a["pieces"] for a in found if a["cue"] == "saying"] == [["it helps farmers."]]


@pytest.mark.parametrize(
    "body",
    [
        "Meanwhile, the coach at Leeds, Sam Ortiz, insisted his side would win.",
        "Meanwhile, Ana Ruiz's counterpart at Leeds, Sam Ortiz, insisted his side would win.",
        "However, Ana Ruiz's rival in Leeds, Sam Ortiz, said his side would win.",
    ],
)
def test_an_opening_adverb_is_no_subject_and_the_apposed_name_speaks(body):
    (a,) = attributions(body)
    assert (a["speaker"], a["mention"]) == ("Sam Ortiz", "Sam Ortiz")


def test_an_opening_adverb_before_a_description_leaves_the_description():
    (a,) = attributions("Meanwhile, the coach at Leeds, speaking after training, insisted his side would win.")
    assert a["speaker"] == "the coach at Leeds"


def test_a_name_set_off_after_an_according_to_source_belongs_to_the_source():
    (a,) = attributions("According to a fundraising page set up by his niece, Ana Ruiz, the family is raising money.")
    assert a["pieces"] == ["the family is raising money."]
    assert a["mention"] == "Ana Ruiz"


def test_a_name_that_is_the_content_s_subject_stays_in_the_content():
    (a,) = attributions(
        "According to a summary of the inquiry, Ana Ruiz, the mayor's aide, told agents she did not know."
    )
    assert a["pieces"][0].startswith("Ana Ruiz, the mayor's aide, told agents")


@pytest.mark.parametrize(
    "body",
    [
        'Ana Ruiz said talks could resume if the rebels responded "in a sincere manner."',
        'Ana Ruiz said the city reacted "with great speed" to the flood.',
    ],
)
def test_a_quoted_manner_after_a_cue_is_no_report_of_the_cue_s_subject(body):
    (a,) = attributions(body)
    assert (a["speaker"], a["cue"]) == ("Ana Ruiz", "said")


def test_a_quoted_phrase_opening_with_a_preposition_after_said_is_still_said():
    (a,) = attributions('Ana Ruiz won the vote. She said "in due course."')
    assert (a["speaker"], a["pieces"]) == ("Ana Ruiz", ['"in due course."'])


def test_an_infinitive_cue_joined_to_another_verb_has_no_content_of_its_own():
    # "read" is a cue form ("the statement read"), but "not to read or watch X" gives "read" no words
    found = attributions("Judge Ana Ruiz told the jury not to read or watch news coverage of the case.")
    assert [a["cue"] for a in found if a["cue"] == "read"] == []


def test_a_cue_noun_inside_a_report_needs_a_clause_after_it():
    found = attributions(
        "An aide said Yoon was briefed on the rebels' statement early Friday and had instructed aides."
    )
    assert [a["cue"] for a in found] == ["said"]
    found = attributions("An aide said Putin's claim Russia did not interfere was false.")
    assert [a["cue"] for a in found] == ["said", "claim"]


def test_a_place_phrase_before_a_participle_s_report_leaves_the_cue_without_words():
    # "see from behind the bar, noting that C": the words after the comma are the participle's report
    found = attributions("Ana Ruiz asked how much she could see from behind the bar, noting that the door was far.")
    assert [a["cue"] for a in found if a["cue"] == "see"] == []
    assert [a["pieces"] for a in found if a["cue"] == "noting"] == [["that the door was far."]]
