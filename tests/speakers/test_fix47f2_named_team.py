"""Blind round 47 (fix47f2): "the <Name> team" where the name is no person's is a body of that name, never
the campaign of whoever the article last spoke of. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_named_team_is_no_ones_campaign():
    found = attributions(
        "Goalkeeper Tomas Brenner, a candidate in the club's board election, said he had done nothing wrong.\n\n"
        "The Harwick Rovers team said in a statement that the fine was unjust."
    )
    (a,) = [a for a in found if "fine was unjust" in " ".join(a["pieces"])]
    assert "campaign" not in (a["speaker"] or "")
    assert "Rovers" in (a["speaker"] or "")
    assert "Brenner" not in (a["speaker"] or "")
