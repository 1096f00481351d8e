"""A person introduced with initials before given name and surname ("R. Vijay Kumar") is the same person when
later called by the given name and surname alone ("Mr. Vijay Kumar"): the initials stand for further given names
(speakers/namehints.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_initials_before_a_two_word_name():
    body = (
        "Opposition whip T. Vijay Kumar, whose party abstained, said the motion was rushed. "
        '"No one in this House has read the schedule," said Mr. Vijay Kumar.'
    )
    assert speaker_holding(body, "No one in this House") == "T. Vijay Kumar"
