"""An unnamed official named by a body's whole name taken for a person's ("A Velmar Rowing official": two words,
no first name) speaks for that body (speakers/spokespeople.py, _opens_a_body_taken_for_a_person)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_official_named_by_the_whole_name_speaks_for_the_body():
    body = (
        "Velmar Rowing fined two crews for weighing in late at the spring regatta.\n\n"
        "Velmar Rowing published the fines on Monday.\n\n"
        "A Velmar Rowing official, speaking on condition of anonymity, said the crews had been warned twice."
    )
    assert speaker_holding(body, "warned twice") == "Velmar Rowing"
