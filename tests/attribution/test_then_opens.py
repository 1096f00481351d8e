""""Then" opening a sentence is an adverb, never a speaker (attribution/words.py INTRO_ADVERBS)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_then_is_no_speaker() -> None:
    got = attributions("Then, says one who was there, they went back to their hotels.")
    assert all(a["mention"] != "Then" for a in got)
