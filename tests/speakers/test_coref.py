"""Clause-opening role descriptions as mentions: quotelens/speakers/coref.py."""

from __future__ import annotations

from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.coref import role_mentions
from quotelens.speakers.mentions import Cast
from tests.speakers.examples import speakers_of
from tests.test_attribution import attributions


def described(text: str) -> list[tuple[str, str]]:
    cast = Cast(text, segment_sentences(text, segment_paragraphs(text)), lambda pos: False)
    cast.collect()
    role_mentions(cast)
    return [(text[m.start : m.end], cast.entities[m.entity].name) for m in cast.mentions if m.how == "alias"]


def test_the_president_opening_a_clause_is_the_one_introduced_as_president():
    text = "Headline\n\nPresident Barack Obama met Jo Hale. Speaking in Ohio, the president framed it as a test."
    assert described(text) == [("the president", "Barack Obama")]


def test_two_people_of_that_role_or_a_role_with_a_post_modifier_add_nothing():
    two = "Headline\n\nSenator Jo Hale met Senator Ann Ortiz. The senator left early."
    assert described(two) == []
    of = "Headline\n\nPresident Barack Obama spoke. The president of Mexico answered."
    assert described(of) == []
    nominee = "Headline\n\nPresidential nominee Jo Hale spoke. The president answered."  # not "presidential"
    assert described(nominee) == []


def test_a_possessive_role_description_is_a_mention_of_its_person():
    text = "Headline\n\nPresident Barack Obama met Jo Hale. Meanwhile, the president’s plan was ready."
    assert described(text) == [("the president", "Barack Obama")]


def test_a_pronoun_after_a_role_description_that_is_no_source_finds_its_person():
    body = (
        "President Barack Obama spoke on Saturday.\n\n"
        "Governor Paul Ortiz said the state would help the families.\n\n"
        "After a visit to the library, the president laid a wreath at the memorial.\n\n"
        "He said the nation would not give in to fear."
    )
    said = [q for q in attributions(body) if q["cue"] == "said"]
    assert [a["speaker"] for a in said] == ["Paul Ortiz", "Barack Obama"]


def test_the_writers_he_and_she_join_the_chain_of_the_person_they_stand_for():
    from quotelens import load_article

    body = (
        "Mayor Paul Hale met Senator Mark Ortiz in Dayton on Monday.\n\n"
        "Hale toured the plant afterwards, and Ortiz waited outside. He met the workers there. "
        "He then visited the school, where he told them “he is a friend of ours.”\n\n"
        "“The plant will stay open,” he said."
    )
    art = load_article("Headline For The Test\n\n" + body)
    pronouns = art.mentions[art.mentions["how"] == "pronoun"]
    quoted = art.text.index("he is a friend")
    # the three "he"s of the writer's text are Hale's mentions; the quoted "he" is someone else's word
    chained = pronouns[pronouns["start"] != art.quotes["mention_start"].iloc[0]]
    assert chained["speaker"].tolist() == ["Paul Hale"] * 3
    assert quoted not in set(pronouns["start"])


def test_a_she_opening_a_sentence_is_the_only_woman_named_in_its_paragraph():
    text = (
        'Headline\n\n"It is a model," Sabrina Coleman said.\n\n'
        "For Denise Harwood, the appeal worked. She still owes money.\n\n"
        '"I will pay," she said.'
    )
    assert speakers_of(text)[-1][1] == "Denise Harwood"
