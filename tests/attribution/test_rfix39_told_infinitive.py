"""Review of round 39: "told" + listener + infinitive is a directive only when the infinitive follows the
listener at once ("told residents not to drink"); a clause after the listener ("told reporters the
government needs to cut spending") keeps the listener out of the words, and a purpose infinitive after an
object ("told investors stories to keep the money flowing") is no directive. Passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_clause_after_the_listener_keeps_the_listener_out_of_the_words():
    found = attributions("Finance minister Ravi Menon told reporters the government needs to cut spending.")
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"][0].startswith("the government needs")


def test_a_purpose_infinitive_after_an_object_is_no_directive():
    found = attributions("At the fundraiser, Hale told jokes to break the ice before the speeches began.")
    assert not [a for a in found if a["cue"] == "told"]


def test_a_directive_right_after_the_listener_is_still_read():
    found = attributions("The coach told his players to keep their heads up after the loss.")
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"][0].startswith("his players to keep")
