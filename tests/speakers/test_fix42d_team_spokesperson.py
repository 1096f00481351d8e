"""An unnamed spokesperson of a body the article names by a short form ("a Harbor spokesperson" after "the
Portland Harbor") speaks for that body even when its name, with no first name, surname or role, was taken
for a person's (speakers/spokespeople.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_spokesperson_of_a_team_named_by_its_short_form():
    body = (
        "Kessler left Sunday's 17-13 loss to the Tacoma Rainstorm in the third quarter after a late hit.\n\n"
        "Coach Ada Lindgren said the hit should have drawn a flag.\n\n"
        "A Rainstorm spokesperson said the team would not comment while the league reviewed the play."
    )
    assert speaker_holding(body, "would not comment while") == "Tacoma Rainstorm"


def test_a_spokesperson_of_a_person_stays_unnamed():
    body = (
        "Senator Ruth Okafor voted against the bill on Monday.\n\n"
        "An Okafor spokesperson said the senator would explain her vote on Tuesday."
    )
    assert speaker_holding(body, "would explain her vote") != "Ruth Okafor"
