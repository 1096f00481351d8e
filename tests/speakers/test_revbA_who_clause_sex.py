"""Review 43b, finding 6: "An inspector, who would not give her surname, ..." is a woman: a "he" in the next
sentence does not take her up, while a "she" does. Short articles written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_pronoun_of_the_other_sex_in_the_who_clause_rules_her_out():
    text = (
        "The factory reopened on Monday. An inspector, who would not give her surname, walked the floor. "
        "“The wiring is still unsafe,” he said."
    )
    assert speaker_holding(text, "The wiring is still unsafe") != "an inspector"


def test_a_pronoun_of_the_same_sex_still_takes_her_up():
    text = (
        "The factory reopened on Monday. An inspector, who would not give her surname, walked the floor. "
        "“The wiring is still unsafe,” she said."
    )
    assert speaker_holding(text, "The wiring is still unsafe") == "an inspector"
