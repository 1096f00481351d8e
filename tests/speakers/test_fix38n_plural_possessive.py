"""A plural possessive inside an organisation's name ("the Northfield Dock Workers' Union", "the Teachers’
Federation") is part of the name, not its end (quotelens/speakers/names.py, _raw_runs)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_a_unions_name_with_a_plural_possessive():
    body = (
        "The Northfield Dock Workers' Union, which represents about 2,000 members, said it would seek "
        "guarantees on pay."
    )
    assert speaker_of(body, "said") == "Northfield Dock Workers' Union"


def test_a_curly_apostrophe():
    body = "The Riverside Teachers’ Federation said the new timetable was unworkable."
    assert speaker_of(body, "said") == "Riverside Teachers’ Federation"
