"""A body's title before a name written family name first with a hyphened given name ("Department of Resource
Circulation Director-General Hsu Wen-chieh"): the name is a person's, the body and title no part of it
(quotelens/speakers/titles.py, personal)."""

from __future__ import annotations

from tests.speakers.examples import speaker_of


def test_a_hyphened_given_name_after_a_bodys_title():
    body = "Bureau of Coastal Affairs Director-General Tsai Ming-hsun told reporters the rules would apply in May."
    assert speaker_of(body, "told") == "Tsai Ming-hsun"


def test_a_given_name_first_after_a_bodys_title():
    body = "Ministry of Finance Director-General Lin Mei-hua said the plan would cost less."
    assert speaker_of(body, "said") == "Lin Mei-hua"
