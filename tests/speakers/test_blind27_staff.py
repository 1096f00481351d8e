"""Staff of a body not named before (blind round 27, set h): "analysts at Jefferies" speak for Jefferies, a
one-word name after "<staff> at" being an employer, not a place (speakers/namecontext.in_context)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def test_staff_at_a_one_word_name_speak_for_it():
    text = (
        "Headline\n\n“It is an inventory correction,” analysts at Brantley wrote in a note. "
        "Economists at Marrowgate said growth would slow."
    )
    assert [s for _, s, _ in speakers_of(text)] == ["Brantley", "Marrowgate"]


def test_a_place_after_staff_at_stays_a_place():
    text = "Headline\n\nWorkers at a plant in Detroit said the line had stopped."
    assert "Detroit" not in [s for _, s, _ in speakers_of(text)]
