"""Round 41 (span41s): a report inside a sentence's opening adverbial clause ("While X has said that C, the
mayor wants ...") ends where the main clause, with its own subject and verb, begins; a conditional inside
the content keeps its own comma. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "While the council members say the city must play a larger role in transit, they differ by degree "
            "in their support for a new tax.",
            "the city must play a larger role in transit",
        ),
        (
            "Even though the nurses argue the new rota leaves wards short at night, they have agreed to try it "
            "for a month before the board meets again.",
            "the new rota leaves wards short at night",
        ),
    ],
)
def test_a_report_in_an_opening_clause_ends_at_the_main_clause(body, content):
    (a,) = [a for a in attributions(body) if a["cue"] in {"say", "argue"}]
    assert a["pieces"] == [content]


def test_the_main_clauses_report_is_not_cut():
    (a,) = attributions("If the vote fails, Ana Ruiz said the council will cut the bus budget.")
    assert a["pieces"] == ["the council will cut the bus budget."]
