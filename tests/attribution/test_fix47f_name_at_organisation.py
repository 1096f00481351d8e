"""Blind round 47 (fix47f): a person's name before "at"/"of"/"from" and an organisation in capitalised words,
with the organisation's place after "in" ("Perpetua Beaulieu from the Society for Vintage Apples in Hereford says"),
is the subject of the cue: the place and the organisation are where the person works. Short passages written
for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_name_before_an_organisation_and_its_place_speaks():
    found = attributions(
        "Perpetua Beaulieu from the Society for Vintage Apples in Hereford says grafting saved three old varieties "
        "this spring, so cuttings can go on sale to gardeners.\n\nThe orchard opens on Sundays."
    )
    (a,) = [a for a in found if "three old varieties" in a["pieces"][0]]
    assert a["speaker"] == "Perpetua Beaulieu"


def test_an_organisation_in_a_place_keeps_speaking():
    found = attributions("The Society for Vintage Apples in Hereford says grafting saved three old varieties.")
    (a,) = [a for a in found if "three old varieties" in a["pieces"][0]]
    assert a["speaker"] != "Hereford"
