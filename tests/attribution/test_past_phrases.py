"""Past a prepositional phrase after a cue: quotelens/attribution/frames/past_phrases.py (through the engine)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_phrase_after_a_cue_stops_before_a_second_cue_joined_by_but():
    rows = attributions('Harrow declined to comment on specific targets but said the board had been "fantastic".')
    by_cue = {r["cue"]: r["pieces"] for r in rows}
    assert by_cue.get("said") == ['the board had been "fantastic".']
    assert "comment" not in by_cue
