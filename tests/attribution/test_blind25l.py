"""Blind test l (2026-12-04, eighth part): general failures of the attribution frames and passes, each
on short sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals_in


@pytest.mark.parametrize(
    ("body", "piece"),
    [
        (
            'Jones told reporters the plan was "dead on arrival" in the Senate.',
            'the plan was "dead on arrival" in the Senate.',
        ),
        (
            'Jones told the Daily Ledger the agency had "a lot of explaining to do" before the vote.',
            'the agency had "a lot of explaining to do" before the vote.',
        ),
    ],
)
def test_told_a_listener_a_clause_holding_a_quotation_is_the_whole_clause(body, piece):
    (a,) = attributions(body)
    assert (a["speaker"], a["kind"], a["pieces"]) == ("Jones", "mixed", [piece])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A University of the Rockies economist said prices would rise.", "a University of the Rockies economist"),
        ("A Department of the Interior spokesman said prices would rise.", "a Department of the Interior spokesman"),
        ("Rep. Ana Cruz of the Farmers party-list said prices would rise.", "Ana Cruz"),
        ('Rep. Ana Maria "Bing" Cruz of the Farmers party-list said prices would rise.', "Ana Maria Cruz"),
    ],
)
def test_a_name_with_of_the_or_a_nickname_is_one_subject(body, speaker):
    (a,) = attributions(body)
    assert (a["speaker"], a["pieces"]) == (speaker, ["prices would rise."])


@pytest.mark.parametrize(
    "body",
    [
        "Asked whether he would support the bill, Lee shrugged.",
        "Asked if the plan would work, Ana Cruz nodded.",
    ],
)
def test_an_asked_question_before_a_gesture_is_nobodys_answer(body):
    """The question put to the source is not the source's words: no report of the gesture's subject."""
    found = attributions(body)
    assert all(a["speaker"] is None and a["cue"] == "Asked" for a in found)


def test_a_noun_before_a_headlines_verb_is_no_cue():
    """'Mill blast kills 3': a base form after a singular noun, before a present-tense verb, is a noun."""
    assert proposals_in("Mill blast kills 3\n\nThe fire was out by noon.\n") == []
    assert proposals_in("Residents blast plans for tower\n\nThe fire was out by noon.\n")[0][1] == "Residents"


def test_a_content_never_starts_inside_a_wire_dateline():
    text = "Mill Fire\n\nSALINA, Kan. (AP) -- A fire tore through a mill on Tuesday, killing two workers, officials said.\n"
    (found,) = [p for p in proposals_in(text) if p[1] == "officials"]
    assert found[2] == "A fire tore through a mill on Tuesday"


@pytest.mark.parametrize(
    "body",
    [
        "The fire, which began at noon, spread to three homes, said Fire Chief Ann Lee.",
        "The fire spread to the barn, which stood empty, said Fire Chief Ann Lee.",
    ],
)
def test_said_and_a_titled_name_ending_the_sentence_is_the_inverted_speaker(body):
    (a,) = attributions(body)
    assert (a["speaker"], a["kind"], a["rule"]) == ("Ann Lee", "indirect", "content-first (cue, source)")
    assert a["pieces"] == [body.split(", said")[0]]


def test_a_base_form_after_demanding_that_is_no_report():
    """'demanding that the agency explain how C': the subjunctive of a demand; the agency says nothing."""
    body = "Senators are demanding that the Highway Administration explain how the grants ended up with a laundromat."
    assert [a["cue"] for a in attributions(body)] == ["demanding"]


def test_to_appear_before_a_committee_is_no_stance_infinitive():
    body = (
        'The senator added that he expects the administrator to appear before the committee "sooner rather than later."'
    )
    assert [a["cue"] for a in attributions(body)] == ["added", "expects"]


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (
            "In a letter sent Tuesday, Ana Cruz and four colleagues wrote that the grants were wrong.",
            "Ana Cruz and four colleagues",
        ),
        (
            "In response, former Acme CEO and presidential candidate Ana Cruz wrote that the speech was empty.",
            "presidential candidate Ana Cruz",  # (titles joined by "and": one person)
        ),
    ],
)
def test_a_subject_joined_by_and_after_an_opening_phrase(body, mention):
    (a,) = attributions(body)
    assert (a["mention"], a["speaker"]) == (mention, "Ana Cruz")


def test_since_and_a_time_is_no_content_before_the_source():
    (a,) = attributions("Since earlier this year, Mr. Xi has said cutting that output must be a priority.")
    assert (a["speaker"], a["pieces"]) == ("Xi", ["cutting that output must be a priority."])


@pytest.mark.parametrize("adverb", ["Then", "Meanwhile", "Still"])
def test_an_adverb_opening_the_sentence_is_not_part_of_the_subject(adverb):
    (a,) = attributions(f"{adverb} Ana Cruz said the plan was dead.")
    assert (a["mention"], a["speaker"]) == ("Ana Cruz", "Ana Cruz")


def test_a_shared_subject_keeps_its_nickname():
    body = 'But Sen. Ana "Bing" Cruz said the ban was "a gamble" and urged the department to publish its data.'
    assert [a["mention"] for a in attributions(body)] == ['Sen. Ana "Bing" Cruz'] * 2


def test_a_kicker_in_capitals_is_no_part_of_the_content():
    body = "EXCLUSIVE: A group of senators is demanding that the agency explain how the grants were spent, the Herald has learned."
    assert attributions(body)[0]["pieces"] == [body[11 : body.index(", the Herald")]]


def test_what_comes_after_comment_beyond_is_no_content():
    """'declined to comment beyond the statement': the statement is not what he said (the refusal is
    read as PolNeAR marks it: cue "declined", content "to comment ...")."""
    (a,) = attributions("Ana Cruz declined to comment beyond the statement when reached at her office.")
    assert a["cue"] == "declined"
