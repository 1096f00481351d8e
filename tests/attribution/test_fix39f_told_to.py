"""Blind round 39 (fix39f): "told residents not to drink the water" is a directive reported as "urged voters to
stay home" is: the listener, then an infinitive, is the content (PolNeAR train: +4 right of +7 predictions).
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_told_a_listener_to_do_something_is_reported_speech():
    found = attributions(
        "Mayor Ana Ruiz, who visited the plant on Friday, told residents not to drink the tap water until the "
        "pipes had been flushed."
    )
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["speaker"] == "Ana Ruiz"
    assert a["kind"] == "indirect"
    assert a["pieces"][0].startswith("residents not to drink the tap water")


def test_told_the_crowd_alone_is_still_no_report():
    found = attributions("Mayor Ana Ruiz told the crowd.")
    assert not [a for a in found if a["cue"] == "told"]
