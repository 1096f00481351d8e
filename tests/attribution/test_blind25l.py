"""Blind test l (2026-12-04, eighth part): general failures of the attribution frames and passes, each
on short sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "piece"),
    [
        (
            'Jones told reporters the plan was "dead on arrival" in the Senate.',
            'the plan was "dead on arrival" in the Senate.',
        ),
        (
            'Jones told the Daily Ledger the agency had "a lot of explaining to do" before the vote.',
            'the agency had "a lot of explaining to do" before the vote.',
        ),
    ],
)
def test_told_a_listener_a_clause_holding_a_quotation_is_the_whole_clause(body, piece):
    (a,) = attributions(body)
    assert (a["speaker"], a["kind"], a["pieces"]) == ("Jones", "mixed", [piece])

