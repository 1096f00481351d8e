"""Blind round 35 (fix35a): after an addressee verb and its listener, "to" before an opening quotation mark
is still an infinitive ('urged residents to “stay home”'): the words told are one mixed report, not a
prepositional phrase whose quotation ends at its first comma. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The mayor urged drivers to “stay off the roads tonight.”", "urged"),
        ("In a video on Monday, the mayor urged drivers to “stay off the roads, even if the rain eases.”", "urged"),
        ("The coach warned his players to “forget the score, whatever it is.”", "warned"),
    ],
)
def test_a_quoted_infinitive_after_the_listener_is_one_mixed_report(body, cue):
    (a,) = [a for a in attributions(body) if a["cue"] == cue]
    assert a["kind"] == "mixed"
    assert a["mention"].lower() in {"the mayor", "the coach"}
    assert a["pieces"][0].endswith("”")
    assert "“" in a["pieces"][0] and not a["pieces"][0].startswith("“")


def test_an_unquoted_infinitive_stays_an_indirect_report():
    (a,) = attributions("The mayor urged drivers to stay off the roads, even if the rain eased.")
    assert a["kind"] == "indirect"
    assert a["pieces"][0].startswith("drivers to stay")
