"""Review of merge 43: "A Brindle spokesperson" after "Brindle Ferries" speaks for that body, and the body is
therefore an organisation, however the bare name was typed before: a person's spokesman is named by the last
name ("a Warren spokesman"), and the guidelines credit a spokesperson to an organisation
(speakers/spokespeople.py). Short passages written for the test."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_body_with_a_spokesperson_is_an_organisation():
    text = (
        "Island crossing cut\n\n"
        "Omar Haddad, 47, has run Brindle Ferries since his father retired. He says the winter timetable "
        "is under review. A Brindle spokesperson said on Friday that the night crossing would end in March."
    )
    said = {m: (s, t) for m, s, t in typed_speakers(text)}
    assert said["A Brindle spokesperson"] == ("Brindle Ferries", "organisation")
