"""Organisations counted and not named are a group of their own: quotelens/speakers/described.py."""

from __future__ import annotations

import pytest

from quotelens.speakers.described_plurals import counted_organisations
from quotelens.speakers.descriptions import classify
from tests.speakers.examples import typed_speakers

_ARTICLE = (
    "Groups urge the senator to stop\n\n"
    "The race is close.\n\n"
    "Eleven progressive and Muslim organizations are asking Senator Ann Lee to stop, the Springfield Herald reported.\n\n"
    "The groups said that the words were dangerous.\n"
)


def test_counted_organisations_speak_as_a_group_named_by_the_phrase_and_the_groups_refer_back_to_it():
    found = typed_speakers(_ARTICLE)
    groups = [(mention, speaker) for mention, speaker, type_ in found if type_ == "group"]
    assert groups == [
        ("Eleven progressive and Muslim organizations", "eleven progressive and Muslim organizations"),
        ("The groups", "eleven progressive and Muslim organizations"),
    ]


@pytest.mark.parametrize(
    ("phrase", "counted"),
    [
        ("ten other progressive groups", True),
        ("Eleven progressive and Muslim organizations", True),
        ("several conservative groups", True),
        ("the groups", False),
        ("Gay rights groups", False),
        ("two senators", False),
    ],
)
def test_which_phrases_count_organisations(phrase, counted):
    assert counted_organisations(classify(phrase)) is counted


def test_the_head_of_a_plural_kind_of_organisation_is_that_kind_not_an_earlier_known_noun():
    assert classify("ten other progressive groups").head == "groups"
