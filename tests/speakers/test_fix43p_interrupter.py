"""One who breaks in on a speaker is not the "he" that answers: "When Sen interjected that ..., he said ..." is the
speaker broken in on (speakers/replies.py), even when the interrupter is the nearer, better-known name."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_main_clause_he_after_when_x_interjected_is_not_x():
    body = (
        "The tribunal heard the appeal on Monday.\n\n"
        "For the tenants, barrister Tomas Rey argued that the landlord had ignored the repairs. He told the panel "
        "the flats were damp. \"Nobody should live like this,\" Rey said.\n\n"
        "Counsel for the landlord, Keir Mabon, replied that the repairs had been booked and that the damp was "
        "recent. When Rey interjected that no builder had come, he said the work would begin in spring."
    )
    assert speaker_holding(body, "the work would begin in spring") == "Keir Mabon"


def test_a_when_clause_of_another_verb_keeps_its_subject():
    body = (
        "Counsel for the landlord, Keir Mabon, spoke first. Tomas Rey, for the tenants, listened.\n\n"
        "When Rey stood up, he said the flats were damp."
    )
    assert speaker_holding(body, "the flats were damp") == "Tomas Rey"
