"""Tests of :mod:`quotelens.attribution.frames.nominal` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_nominal_cue_is_not_a_verb_frame():
    quotes = attributions("Officials rejected Putin's claim that the vote was fair in every region.")
    claims = [q for q in quotes if q["cue"] == "claim"]
    # Never a verb frame; only the nominal frame, nested inside the officials' rejection.
    assert all(q["rule"].startswith("nominal") and q["parent"] is not None for q in claims)


def test_a_noun_the_owned_noun_frame_read_is_not_read_again_for_the_reader():
    quotes = attributions(
        "Still, Tillerson acknowledged that Putin's insistence that Russia did not interfere would leave them at odds."
    )
    insistence = [q for q in quotes if q["cue"] == "insistence"]
    assert len(insistence) == 1, insistence
    assert insistence[0]["parent"] is not None
