"""Blind round 47 (fix47f): a description headed by a title ("the county fire *chief* had one answer for them:")
before a colon and a quotation is a person's: the quotation is that person's, as after "a senior aide was
blunt:". Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_titled_description_before_a_colon_speaks_the_quotation():
    found = attributions(
        "Residents packed the village hall to save the old fire station on Thursday night. The county fire chief "
        "had one answer for them: “The new engines do not fit through its doors, and it closes in May.”\n\n"
        "A petition has 900 names."
    )
    (a,) = [a for a in found if any("do not fit through" in p for p in a["pieces"])]
    assert a["kind"] == "direct"
    assert "chief" in a["speaker"]
