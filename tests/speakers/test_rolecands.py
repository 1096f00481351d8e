"""Which candidates a role description may be: quotelens/speakers/rolecands.py."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_a_role_nobody_was_given_is_the_roleless_person_who_spoke_just_before():
    body = (
        "His counterpart at Sony, Josh Greenstein, told Variety that the studio would move its film. "
        'The executive said the decision was made "fast."'
    )
    assert speaker_of(body, "said") == "Josh Greenstein"


def test_the_official_is_not_a_speaker_introduced_with_another_role():
    body = 'Senator Ann Hale, the committee chair, told reporters the bill was ready. The official said it was "late."'
    assert speaker_of(body, "said") != "Ann Hale"
