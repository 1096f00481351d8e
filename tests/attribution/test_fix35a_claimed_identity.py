"""Blind round 35 (fix35a): "a user claiming to be a nurse wrote that C" is the user's report, the claimed
identity part of the subject; "claiming to be" there is who the writer is, no report of its own.
Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (
            "On the forum, a user claiming to be a nurse wrote that the ward had been shut for weeks.",
            "a user claiming to be a nurse",
        ),
        (
            "A caller purporting to be a bank clerk said the account had been frozen.",
            "A caller purporting to be a bank clerk",
        ),
    ],
)
def test_the_claimed_identity_belongs_to_the_subject(body, mention):
    (a,) = attributions(body)
    assert a["mention"] == mention
    assert a["cue"] in {"wrote", "said"}
    assert a["kind"] == "indirect"
