"""A listener's own relative clause is skipped on the way to the "that" of the words (frames/source_first.py)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_listener_who_asked_is_no_speaker() -> None:
    got = attributions("She told a voter who asked about jobs that she would fight for every job.")
    assert [(a["mention"], a["cue"], a["pieces"]) for a in got] == [
        ("She", "told", ["that she would fight for every job."])
    ]

