"""Blind round 37 (fix37f): after an addressee verb and its listener ("told the panel that ..."),
"that" opens the words, not a relative clause whose verb's object moved ("the plan that he denied"),
even when the clause ends in a cue verb ("... that it could not comment."). Short passages written
for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_that_after_a_told_listener_is_a_complementiser():
    found = attributions("Mayor Ines Duarte told the council that she would not speculate.")
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"] == ["that she would not speculate."]
    assert not any(a["pieces"] == ["that"] for a in found)


def test_a_relative_that_after_a_plain_noun_is_still_a_gap():
    found = attributions("Voters rejected the plan that the mayor had proposed.")
    assert any(a["pieces"] == ["that"] and a["cue"] == "proposed" for a in found)
