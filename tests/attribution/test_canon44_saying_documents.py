"""Issue 18 (canon44): a document with its post-modifier is the whole subject of a verb of saying it takes ("a
union statement issued on Friday night said", "A Harbor Institute inquiry published last spring concluded"),
not only of "show" or "find"; "a state inquiry" is a noun's modifier, not the verb "state". Short passages
written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "cue", "mention"),
    [
        (
            "The mayor stayed silent after the vote, but a union statement issued on Friday night said the members "
            "“will not accept the cuts.”",
            "said",
            "a union statement issued on Friday night",
        ),
        (
            "A state inquiry published last spring concluded that the dam had been poorly maintained.",
            "concluded",
            "A state inquiry published last spring",
        ),
    ],
)
def test_the_document_phrase_is_the_subject_of_saying(body, cue, mention):
    found = [a for a in attributions(body) if a["cue"] == cue]
    assert [a["mention"] for a in found] == [mention], attributions(body)


def test_people_who_say_before_a_document_are_no_part_of_it():
    body = "Voters say a poll released on Tuesday was wrong about the race."
    assert all(a["mention"] != "Voters say a poll released on Tuesday" for a in attributions(body))
