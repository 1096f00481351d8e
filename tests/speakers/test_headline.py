"""A full name only the headline gives: quotelens/speakers/headline.py (through the pipeline)."""

from __future__ import annotations

from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.headline import headline_people
from quotelens.speakers.mentions import Cast
from tests.speakers.examples import speakers_of

_ARTICLE = (
    "Theresa Hale vows to press on with the plan\n\n"
    "LONDON — The prime minister pressed on with her plan on Monday.\n\n"
    "Mrs Hale said that the plan would go ahead. “We will deliver,” she said.\n"
)


def test_a_headline_name_is_the_full_name_of_the_bodys_titled_surname():
    found = speakers_of(_ARTICLE)
    assert ("Mrs Hale", "Theresa Hale", "short name") in found
    assert {speaker for _, speaker, _ in found} == {"Theresa Hale"}


def test_a_title_case_headline_gives_the_name_without_the_capitalised_verb_after_it():
    text = "Jo Hale Wins The Primary In An Upset\n\nThe race was close.\n\nHale said that the voters had spoken.\n"
    assert speakers_of(text) == [("Hale", "Jo Hale", "short name")]


def test_a_headline_name_whose_surname_the_body_never_uses_is_not_added():
    text = "Jo Hale wins the primary\n\nThe race was close.\n\nAnn Lee said that the voters had spoken.\n"
    assert [speaker for _, speaker, _ in speakers_of(text)] == ["Ann Lee"]


def test_a_title_case_headlines_words_before_a_name_are_no_title_or_role_of_it():
    text = "Hale Super PAC Chief Praises Ann Lee Donor\n\nThe race was close.\n\nLee said that it was over.\n"
    paragraphs = segment_paragraphs(text)
    cast = Cast(text, segment_sentences(text, paragraphs), lambda _: False)
    headline_people(cast, text, paragraphs[0])
    assert [(e.name, e.roles) for e in cast.entities] == [("Ann Lee", set())]
