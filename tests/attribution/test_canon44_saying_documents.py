"""Issue 18 (canon44): a document with its post-modifier is the whole subject of a verb of saying it takes ("a
team statement issued on Sunday evening said", "A state review finished in October concluded"), not only of
"show" or "find"; "a state review" is a noun's modifier, not the verb "state". Short passages written for the
test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "cue", "mention"),
    [
        (
            "The league kept quiet after the final, but a team statement issued on Sunday evening said the squad "
            "“felt let down by everyone.”",
            "said",
            "a team statement issued on Sunday evening",
        ),
        (
            "A state review finished in October concluded that the ferry had carried too many cars.",
            "concluded",
            "A state review finished in October",
        ),
    ],
)
def test_the_document_phrase_is_the_subject_of_saying(body, cue, mention):
    found = [a for a in attributions(body) if a["cue"] == cue]
    assert [a["mention"] for a in found] == [mention], attributions(body)


def test_people_who_say_before_a_document_are_no_part_of_it():
    body = "Fans say a ranking published on Monday was unfair to the club."
    assert all(a["mention"] != "Fans say a ranking published on Monday" for a in attributions(body))
