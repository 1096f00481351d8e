""""A Quarrow spokesperson" speaks for the body named in full before whose name opens with that word
("Quarrow Haulage"), even when that name was taken for a person's; a spokesman named by a person's last name
("A Warren spokesman") or first name stays no body's."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_named_by_a_companys_first_word_speaks_for_it():
    body = (
        "Lena Dorsey, 52, is the founder of Quarrow Haulage, which runs about 900 trucks. She says the board "
        'sets the timetable. A Quarrow spokesperson later said the company "has made no decision about a sale."'
    )
    assert speaker_holding(body, "has made no decision") == "Quarrow Haulage"


def test_spokesman_named_by_a_persons_name_stays_no_bodys():
    body = "Senator Elizabeth Warren spoke first. A Warren spokesman said the bill was dead."
    assert speaker_holding(body, "bill was dead") != "Elizabeth Warren"
    body = "Warren Delacroix-Pym spoke first. A Warren spokesman said the bill was dead."
    assert speaker_holding(body, "bill was dead") != "Warren Delacroix-Pym"
