"""Tests of :mod:`quotelens.attribution.frames.quote_source` (moved from tests/test_attribution.py): a long
description of the speaker between a quotation and its cue."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_a_long_described_speaker_after_a_quotation():
    body = '"It would be a stretch," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.'
    (p,) = proposals(body)
    assert p[1] == "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"


def test_described_source_between_quotation_and_cue():
    (p,) = proposals('"The figures speak for themselves," a spokesman for the county council said.')
    assert p[1:] == ("a spokesman for the county council", "said", ['"The figures speak for themselves,"'])
    (p,) = proposals("“We are worried,” one Acme Mills employee told a local radio station.")
    assert p[1] == "one Acme Mills employee"
    assert p[3] == ["“We are worried,”"]
