"""Review of merge 43: the one asked answers only a plain reply right after the question ("He said it would",
"She replied that ..."). A report moved to another time or place ("He said after the meeting", "She later
told reporters") is the asker's comment on the answers, and stays with the sentence's subject
(speakers/replies.py). Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.speakers.examples import speaker_holding

_ASKED = (
    "Tower plans questioned\n\n"
    "Councillor Ben Ortiz questioned planning chief Leo Vance about the new tower on Monday.\n\n"
    "Ortiz asked Vance whether the fire plans had been checked by an engineer. "
)


@pytest.mark.parametrize(
    "after",
    [
        "He said after the meeting that the replies had been thin and that he would raise the matter with the mayor.",
        "He later told reporters that the replies had been thin.",
        "He told reporters outside the chamber that the replies had been thin.",
    ],
)
def test_a_report_at_another_time_or_place_stays_with_the_asker(after):
    assert speaker_holding(_ASKED + after, "the replies had been thin") == "Ben Ortiz"


def test_a_plain_reply_right_after_the_question_is_the_one_asked():
    assert (
        speaker_holding(_ASKED + "He replied that two engineers had signed them off.", "two engineers") == "Leo Vance"
    )
