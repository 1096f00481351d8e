"""A spokesperson for a body taken for a person ("Brackwater Cement": no first name, a common noun last) speaks for
the body, and the body is an organisation from then on: "the company" after it is that body
(speakers/spokespeople.py, retype_as_a_body)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Builders have sent back bags of cement that set hard in the sack all week.\n\n"
    "Brackwater Cement recalled four batches on Tuesday, the trade standards office said.\n\n"
    "A spokesman for Brackwater Cement said the fault lay in one storage silo, which has been shut.\n\n"
    "The company said refunds would be paid at any merchant that sold the bags."
)


def test_a_spokeswoman_for_a_body_taken_for_a_person_speaks_for_the_body():
    assert speaker_holding(_BODY, "one storage silo") == "Brackwater Cement"


def test_the_company_after_it_is_that_body():
    assert speaker_holding(_BODY, "refunds would be paid") == "Brackwater Cement"


def test_a_spokesman_for_a_person_stays_unnamed():
    body = (
        "Nell Vardy, the council's longest-serving member, missed the vote.\n\n"
        "A spokesman for Nell Vardy said she had been unwell for a week."
    )
    assert speaker_holding(body, "unwell for a week") != "Nell Vardy"
