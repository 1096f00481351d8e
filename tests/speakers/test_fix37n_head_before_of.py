"""An organisation named in full with "of" ("the Joint Staff of the Republic's Defence Forces") and later by the
words before its "of" ("the Joint Staff said"): the short form is that organisation (speakers/namehints.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_words_before_of_stand_for_the_full_name():
    body = (
        "The Joint Staff of the Republic's Defence Forces reported 40 clashes along the border on Sunday.\n\n"
        "Most of the attacks came near the river crossing, the Joint Staff said, adding that troops had "
        '"held every position overnight."'
    )
    assert speaker_holding(body, "held every position") == "Joint Staff of the Republic's Defence Forces"
