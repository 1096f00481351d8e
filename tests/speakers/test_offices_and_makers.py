"""An office is no organisation and owns no campaign ("a spokesman for the First/Prime Minister"); an
initial opens a name ("K. Lakshmi Devi"), a position opening the sentence does not ("Guard Tomás Ibarra"); a
cooperative that released a statement is its author."""

from quotelens.article import load_article
from tests.speakers.examples import speaker_holding


def test_spokesman_for_an_office_stays_the_description():
    for office in ("First Minister", "Prime Minister"):
        said = speaker_holding(f"A spokesman for the {office} said the loss was great.", "loss was great")
        assert said == f"a spokesman for the {office}"


def test_spokesman_for_a_named_body_speaks_for_it():
    assert speaker_holding("A spokeswoman for Lumora said the loss was great.", "loss was great") == "Lumora"


def test_an_initial_opens_the_name():
    assert speaker_holding("K. Lakshmi Devi said the allocation was inadequate.", "allocation") == "K. Lakshmi Devi"


def test_statement_released_by_a_cooperative_is_the_cooperative():
    body = "According to a statement released by Prairie Cooperative, the company was cooperating fully."
    assert speaker_holding(body, "cooperating fully") == "Prairie Cooperative"


def test_a_position_opening_the_sentence_is_no_part_of_the_name():
    assert speaker_holding("Guard Tomás Ibarra said the team was tired.", "team was tired") == "Tomás Ibarra"
    assert speaker_holding("General Mark Milley said the war was over.", "war was over") == "Mark Milley"


def test_an_office_alone_is_nobody_named():
    people = load_article(
        "Headline\n\nThe Special Adviser to the President, Mr Olumide Adebanjo, said supply would resume. "
        "Niamh Doherty, the Labour MP for Bristol West, said it would not."
    ).speakers
    names = set(people[people["type"] == "person"]["name"])
    assert {"Olumide Adebanjo", "Niamh Doherty"} <= names
    assert not names & {"Special Adviser", "Labour MP"}


def test_a_relative_opening_the_first_paragraph_never_reaches_into_the_headline():
    body = "Sanders, who endorsed Canova in May and said he would campaign with him, did not show up."
    assert speaker_holding(body, "would campaign with him") == "Sanders"
    assert speaker_holding(body, "Canova in May") == "Sanders"


def test_an_office_after_an_article_is_nobody_named():
    people = load_article(
        "Headline\n\nOne Fianna Fáil TD, who asked not to be named, said the party was asleep. “Every week,” the TD "
        "said. Ms Henderson said she had written to the Lord Mayor. Mr King said he agreed."
    ).speakers
    names = set(people["name"])
    assert not names & {"TD", "Mayor", "Lord Mayor"}
    assert "King" in names  # (a lone surname that is also a title stays a name)
