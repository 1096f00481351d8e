""" "A Halvorsen spokesperson" speaks for the body named in full before whose name opens with that word
("Halvorsen Brewing"), even when that name was taken for a person's; a spokesman named by a person's last name
("A Carter spokesman") or first name stays no body's. Short passages written for the test."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_named_by_a_companys_first_word_speaks_for_it():
    body = (
        "Greta Sorvik started Halvorsen Brewing in a garage in 2014 and still owns most of it. She says beer "
        'prices will rise. A Halvorsen spokesperson said on Monday that the brewery "has no plan to shut the '
        'taproom."'
    )
    assert speaker_holding(body, "no plan to shut") == "Halvorsen Brewing"


def test_spokesman_named_by_a_persons_name_stays_no_bodys():
    body = "Governor Tom Carter spoke first. A Carter spokesman said the bill was dead."
    assert speaker_holding(body, "bill was dead") != "Tom Carter"
    body = "Carter Holloway-Reed spoke first. A Carter spokesman said the bill was dead."
    assert speaker_holding(body, "bill was dead") != "Carter Holloway-Reed"
