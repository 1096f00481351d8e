"""Blind round 47 (fix47f2): a participle coordinated by "and" with a participle that already reports ("a
notice calling the cut C and urging D") shares that one's speaker, so the quotation after the second participle
is reported with its paraphrase, not left to the next sentence's speaker. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions

NOTICE = (
    "The growers' cooperative put out a notice on Tuesday calling the price cut \"a betrayal\" and urging "
    'members to "hold back their milk." A buyer declined to comment.'
)


def test_the_second_participle_shares_the_first_ones_speaker():
    found = attributions(NOTICE)
    (first,) = [a for a in found if a["cue"] == "calling"]
    (second,) = [a for a in found if "hold back their milk" in " ".join(a["pieces"])]
    assert second["cue"] == "urging"
    assert second["kind"] == "mixed"
    assert second["mention"] == first["mention"]


def test_the_next_sentences_speaker_does_not_take_the_quotation():
    found = attributions(NOTICE)
    assert all(a["mention"] != "A buyer" for a in found if "hold back their milk" in " ".join(a["pieces"]))
