"""The shared subject of a second verb keeps a name's inner "for" (attribution/clauses.py)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_name_with_for_stays_whole_for_the_second_verb() -> None:
    got = attributions("Parents for Safer Streets welcomed the announcement but said it did not go far enough.")
    said = [a for a in got if a["cue"] == "said"]
    assert [(a["mention"], a["pieces"]) for a in said] == [("Parents for Safer Streets", ["it did not go far enough."])]
