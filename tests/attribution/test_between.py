"""What stands between a subject and its verb: quotelens/attribution/between.py (through the engine)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_long_after_an_auxiliary_is_an_adverb_not_part_of_the_subject():
    (row,) = attributions("Players have long complained that the finishes are late.")
    assert (row["mention"], row["cue"]) == ("Players", "complained")
