"""An unnamed official named by a body's whole name taken for a person's ("A Harwick Housing official": two words,
no first name) speaks for that body (speakers/spokespeople.py, _opens_a_body_taken_for_a_person)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_official_named_by_the_whole_name_speaks_for_the_body():
    body = (
        "Harwick Housing fined two tenants for keeping boats in the car park.\n\n"
        "Harwick Housing published the fines on Monday.\n\n"
        "A Harwick Housing official said the tenants had been warned twice by letter."
    )
    assert speaker_holding(body, "warned twice by letter") == "Harwick Housing"
