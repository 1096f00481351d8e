"""Joint sources: quotelens/speakers/joint.py."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_title_of_capitalised_words_before_the_second_name_keeps_the_pair():
    body = (
        "Norris won. Andrea Stella and McLaren CEO Zak Brown both praised the defence. "
        'They said it had been "the best first stint."'
    )
    assert speaker_holding(body, "the defence") == "Andrea Stella and Zak Brown"
    assert speaker_holding(body, "best first stint") == "Andrea Stella and Zak Brown"


def test_the_two_lawyers_are_two_evident_people_not_a_pair_holding_a_bare_capitalised_run():
    body = (
        'A spokesperson for Blue Cross of Idaho, Mara Kinney, said the claims were "reviewed." Sabrina Coleman, '
        'one of the attorneys representing the patients, said the case was "strong." Her co-counsel, Peter Vance, '
        'agreed. The two lawyers said they had heard from "hundreds of patients."'
    )
    assert speaker_holding(body, "hundreds of patients") == "Sabrina Coleman and Peter Vance"
