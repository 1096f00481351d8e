"""An office is no organisation and owns no campaign ("a spokesman for the First/Prime Minister"); an
initial opens a name ("K. Lakshmi Devi"), a position opening the sentence does not ("Guard Tomás Ibarra"); a
cooperative that released a statement is its author."""

from quotelens.article import load_article


def _speaker_of(body: str, words: str) -> str | None:
    q = load_article("Headline\n\n" + body).quotes
    hit = q[q["text"].str.contains(words, regex=False)]
    assert not hit.empty
    value = hit.iloc[0]["speaker"]
    return value if isinstance(value, str) else None


def test_spokesman_for_an_office_stays_the_description():
    for office in ("First Minister", "Prime Minister"):
        said = _speaker_of(f"A spokesman for the {office} said the loss was great.", "loss was great")
        assert said == f"a spokesman for the {office}"


def test_spokesman_for_a_named_body_speaks_for_it():
    assert _speaker_of("A spokeswoman for Lumora said the loss was great.", "loss was great") == "Lumora"


def test_an_initial_opens_the_name():
    assert _speaker_of("K. Lakshmi Devi said the allocation was inadequate.", "allocation") == "K. Lakshmi Devi"


def test_statement_released_by_a_cooperative_is_the_cooperative():
    body = "According to a statement released by Prairie Cooperative, the company was cooperating fully."
    assert _speaker_of(body, "cooperating fully") == "Prairie Cooperative"


def test_a_position_opening_the_sentence_is_no_part_of_the_name():
    assert _speaker_of("Guard Tomás Ibarra said the team was tired.", "team was tired") == "Tomás Ibarra"
    assert _speaker_of("General Mark Milley said the war was over.", "war was over") == "Mark Milley"


def test_an_office_alone_is_nobody_named():
    people = load_article(
        "Headline\n\nThe Special Adviser to the President, Mr Olumide Adebanjo, said supply would resume. "
        "Niamh Doherty, the Labour MP for Bristol West, said it would not."
    ).speakers
    names = set(people[people["type"] == "person"]["name"])
    assert {"Olumide Adebanjo", "Niamh Doherty"} <= names
    assert not names & {"Special Adviser", "Labour MP"}
