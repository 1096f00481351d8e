"""A ministry named for a list of fields stays one name through its commas: "Ministry of Housing, Communities
and Local Government", "Department for Environment, Food and Rural Affairs", "Department for Culture, Media and
Sport" (speakers/nameparts.py, FIELD_WORDS: communities, government, food, media are fields too)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_housing_communities_and_local_government():
    body = (
        "The Ministry of Housing, Communities and Local Government said in a statement that the plan would "
        '"build the homes families need" within a decade.'
    )
    assert speaker_holding(body, "build the homes") == "Ministry of Housing, Communities and Local Government"


def test_environment_food_and_rural_affairs():
    body = 'The Department for Environment, Food and Rural Affairs said the ban was "a proportionate step".'
    assert speaker_holding(body, "a proportionate step") == "Department for Environment, Food and Rural Affairs"


def test_culture_media_and_sport():
    body = 'The Department for Culture, Media and Sport said the review would be "thorough and fair".'
    assert speaker_holding(body, "thorough and fair") == "Department for Culture, Media and Sport"


def test_a_list_of_people_after_a_ministry_is_no_field():
    body = 'The Ministry of Housing, Jane Porter and Tom Ellis said the rules were "too slow to change".'
    assert speaker_holding(body, "too slow to change") != "Ministry of Housing, Jane Porter and Tom Ellis"
