"""Blind round 36 (fix36a): after "according to", a relative clause ("who spoke on condition of
anonymity") describes the source; the source's phrase ends before it. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_source_after_according_to_ends_before_who():
    (a,) = attributions(
        "Crews cut power to the substation on Monday, according to an official close to the inquiry who asked"
        " not to be named because the inquiry is still open."
    )
    assert a["mention"] == "an official close to the inquiry"
    assert a["kind"] == "indirect"


def test_a_named_source_before_which_keeps_its_name():
    (a,) = attributions("Rents rose 9 percent last year, according to the Harbour Institute, which tracks leases.")
    assert a["mention"] == "the Harbour Institute"
