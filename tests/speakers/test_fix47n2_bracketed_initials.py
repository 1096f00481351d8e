"""A body's initials in brackets between its name and a role before a person's name ("Federal Roads Agency (FRA)
head Ana Ruiz said") do not cut the phrase: the person speaks, not the body (speakers/named.py, _inner)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_person_after_a_bodys_initials_and_role():
    body = "Northern Water Board (NWB) head Ines Carvalho said the reservoir was still at half its level."
    assert speaker_holding(body, "reservoir was still at half") == "Ines Carvalho"


def test_the_bodys_officials_stay_the_body():
    body = "Northern Water Board (NWB) officials said the reservoir was still at half its level."
    assert speaker_holding(body, "reservoir was still at half") == "Northern Water Board"
