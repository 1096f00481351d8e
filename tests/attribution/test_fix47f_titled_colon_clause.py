"""Blind round 47 (fix47f): a description headed by a title ("the port authority *chief* was curt:") before a
colon and a quotation is a person's: the quotation is that person's, as after "a senior aide was blunt:".
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_titled_description_before_a_colon_speaks_the_quotation():
    found = attributions(
        "The ferry timetable slipped again in March. The port authority chief was curt: “The "
        "ships are ready. The crews are not.”\n\nThe ferries resume in May."
    )
    (a,) = [a for a in found if any("ships are ready" in p for p in a["pieces"])]
    assert a["kind"] == "direct"
    assert "chief" in a["speaker"]
