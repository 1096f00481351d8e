"""Blind round 35 (fix35a): right after "told" (an addressee verb) a cue form is the listener's first word
("told *state* television", "told *news* site Axios"), not a second verb that ends the search for "that".
Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz told state television on Monday that the border would reopen within a week.",
        "Ana Ruiz told news site Axios late on Monday that the border would reopen within a week.",
    ],
)
def test_a_cue_form_opening_the_listener_keeps_the_that_clause(body):
    found = [a for a in attributions(body) if a["cue"] == "told"]
    assert found and found[0]["mention"] == "Ana Ruiz"
    assert found[0]["pieces"] == ["that the border would reopen within a week."]
