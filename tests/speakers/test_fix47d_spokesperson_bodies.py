"""A spokesperson for a body taken for a person ("Delmere Cement": no first name, a common noun last) speaks for
the body, and the body is an organisation from then on: "the company" after it is that body
(speakers/spokespeople.py, retype_as_a_body)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Residents of a hill village have complained about night shifts at the cement works for two years.\n\n"
    "Delmere Cement began running the kilns around the clock in 2022, a parish survey found.\n\n"
    'A spokeswoman for Delmere Cement said: "We have fitted new acoustic screens and we are cutting the number '
    'of night shifts from March."\n\n'
    "The company said it would meet residents at the village hall next month."
)


def test_a_spokeswoman_for_a_body_taken_for_a_person_speaks_for_the_body():
    assert speaker_holding(_BODY, "fitted new acoustic screens") == "Delmere Cement"


def test_the_company_after_it_is_that_body():
    assert speaker_holding(_BODY, "meet residents at the village hall") == "Delmere Cement"


def test_a_spokesman_for_a_person_stays_unnamed():
    body = (
        "Nell Vardy, the council's longest-serving member, missed the vote.\n\n"
        "A spokesman for Nell Vardy said she had been unwell for a week."
    )
    assert speaker_holding(body, "unwell for a week") != "Nell Vardy"
