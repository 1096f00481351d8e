"""The subject before a cue: quotelens/attribution/subjects.py (through the engine)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions

_WHOLE = [
    (
        "The dean of Springfield's School of Law said that the claims were false.",
        "The dean of Springfield's School of Law",
    ),
    (
        "In one exchange, an executive at the Hale Foundation in 2009 said that the donor should meet the minister.",
        "an executive at the Hale Foundation",
    ),
    ("A letter from Senator Ann Lee said that the plan was unlawful.", "A letter from Senator Ann Lee"),
]


@pytest.mark.parametrize(("sentence", "mention"), _WHOLE)
def test_the_subject_is_the_whole_description_not_the_name_in_its_post_modifier(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_title_with_of_and_a_phrase_after_a_comma_are_not_widened():
    (row,) = attributions("Secretary of State Jo Hale said that the talks were over.")
    assert row["mention"] == "Secretary of State Jo Hale"
    (row,) = attributions("After a meeting with Ann Lee, Ryan said that they had agreed.")
    assert row["mention"] == "Ryan"


def test_a_secretary_of_state_is_a_subject_though_state_is_a_cue_form():
    (row,) = attributions("The former secretary of state said that the money was gone.")
    assert row["mention"] == "The former secretary of state"


def test_an_infinitive_post_modifier_keeps_its_head_in_the_subject():
    (row,) = attributions("The last man to mount a third-party presidential race says that the mayor will not run.")
    assert row["mention"] == "The last man to mount a third-party presidential race"
