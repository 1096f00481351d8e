"""Helpers shared by the speaker tests that read short articles written for the test."""

from __future__ import annotations

from tests.test_attribution import attributions


def speaker_of(body: str, cue: str) -> str | None:
    """The speaker credited with the one report whose cue is ``cue`` (None: an anonymous source)."""
    (a,) = [q for q in attributions(body) if q["cue"] == cue]
    return None if a["resolution"] == "anonymous" else a["speaker"]
