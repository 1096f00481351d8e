"""The word before an unnamed source's head is taken up as a short name for it ("the alternate" after "an
alternate juror") only when that word is no body's kind: "the police" after "a police officer" spoke, or "the
school" after "a school teacher", is the body itself, never the one person (speakers/takenup.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_police_after_a_police_officer():
    body = (
        "A police officer said the bridge would stay shut until the weekend.\n\n"
        "Later, the police said in a statement that three drivers had been treated in hospital."
    )
    assert speaker_holding(body, "three drivers had been treated") != "a police officer"


def test_the_school_after_a_school_teacher():
    body = (
        "A school teacher said children had been sent home before the flood reached the road.\n\n"
        "The school said in a letter to parents that lessons would resume on Thursday."
    )
    assert speaker_holding(body, "lessons would resume") != "a school teacher"


def test_the_alternate_still_taken_up():
    body = (
        "The panel heard from both sides, said an alternate juror who was dismissed before the verdict.\n\n"
        '"Nobody slept through a single witness," the alternate said.'
    )
    assert speaker_holding(body, "Nobody slept through") == "an alternate juror"
