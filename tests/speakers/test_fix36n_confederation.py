"""A confederation is an organisation, as a federation is: "the confederation" later is the one named before
(speakers/lexicon.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_confederation_is_the_one_named_before():
    body = (
        "Senators debated the betting bill on Tuesday. Later, the Chilean Volleyball Confederation (CVC) said it "
        "backed the clubs. The confederation said it would present its own proposal next week."
    )
    assert speaker_holding(body, "present its own proposal") == "Chilean Volleyball Confederation"
