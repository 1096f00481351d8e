"""Blind round 47 (fix47f): a person's name before "at"/"of"/"from" and an organisation in capitalised words,
with the organisation's place after "in" ("Anna Kestrup at the Institute for Polar Studies in Tromsø says"), is
the subject of the cue: the place and the organisation are where the person works. Short passages written
for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_name_before_an_organisation_and_its_place_speaks():
    found = attributions(
        "Glaciologist Anna Kestrup at the Institute for Polar Studies in Tromsø says the ice shelf lost a fifth of its "
        "mass over the winter.\n\nThe shelf is monitored by satellite."
    )
    (a,) = [a for a in found if "lost a fifth" in a["pieces"][0]]
    assert a["speaker"] == "Anna Kestrup"


def test_an_organisation_in_a_place_keeps_speaking():
    found = attributions("The Institute for Polar Studies in Tromsø says the ice shelf lost a fifth of its mass.")
    (a,) = [a for a in found if "lost a fifth" in a["pieces"][0]]
    assert a["speaker"] != "Tromsø"
