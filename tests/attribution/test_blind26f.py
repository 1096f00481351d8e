"""Blind test f (2026-12-04): general failures of the engine in four news styles, each on short
sentences written for the test (not the blind articles)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, rule_proposals


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Police said Whitaker followed Boyd outside and fired at least five shots.",
            "Whitaker followed Boyd outside and fired at least five shots.",
        ),
        (
            "The report says the mayor toured the site and opened a new clinic.",
            "the mayor toured the site and opened a new clinic.",
        ),
    ],
)
def test_a_weak_cue_form_after_and_is_the_subjects_next_act(body, content):
    assert rule_proposals(body)[0][3] == [content]
    (a,) = attributions(body)  # (and no record of its own for "fired", "opened")
    assert a["pieces"] == [content]


def test_a_weak_cue_form_with_a_speech_complement_is_a_second_report():
    rows = rule_proposals("Mr. Hale said the vote was fair and fired back that the count was done twice.")
    assert rows[0][3] == ["the vote was fair"]
