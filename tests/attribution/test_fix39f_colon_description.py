"""Blind round 39 (fix39f): a clause with no verb of saying, a colon and a quotation ('X was blunt: “C”') credits the
quotation to a described person too ("A senior aide was blunt:", whose head is a role noun), and past a participle's
aside between commas ("A senior aide, speaking on condition of anonymity, was blunt:").
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_described_person_with_a_participle_aside_before_the_colon():
    found = attributions(
        "The ministry has said little. A senior aide, speaking on condition of anonymity, was more candid: "
        "“If the budget fails this week, the minister will have to go.”"
    )
    (a,) = [a for a in found if "the minister will have to go" in a["pieces"][0]]
    assert a["speaker"] == "a senior aide"
    assert a["kind"] == "direct"
    assert a["rule"] == "source-first (clause + colon)"


def test_a_thing_before_the_colon_is_still_no_speaker():
    found = attributions(
        "The result, announced late on Sunday, was clear: “We have lost the north and we have lost the coast.”"
    )
    assert all(a["rule"] != "source-first (clause + colon)" for a in found)
