"""A definite description that gives an age ("the 31-year-old", "the 64-year-old retired nurse") takes up the
person in view, named before with no age, rather than naming nobody (speakers/described.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_bare_age_takes_up_the_person_just_named():
    body = (
        "The club confirmed the transfer on Thursday. Winger Tomas Reyes, who arrived from Porto last summer, "
        "said he was sorry to leave.\n\n"
        '"I gave everything here and I will miss the fans," the 31-year-old told reporters at the training ground.'
    )
    assert speaker_holding(body, "I gave everything here") == "Tomas Reyes"


def test_an_age_before_an_occupation_no_word_list_knows():
    body = (
        "Her neighbour, Walter Briggs, waited for hours at the shelter before a volunteer brought blankets.\n\n"
        '"We have nothing left but the car," the 64-year-old retired upholsterer said. "Not even photographs."'
    )
    assert speaker_holding(body, "We have nothing left") == "Walter Briggs"

