"""A body's name ending in a role word after "of" and a kind of body ("the Department of Justice": "justice" is
also a judge's title) is a name, no person's role: it speaks for that body (speakers/descriptions.py,
_kind_of_name), named without its article, "the" or "The", so both mentions are one body (speakers/named.py,
_opening_article)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_department_of_justice_said_is_the_department():
    body = (
        "Two Korvan shipping firms agreed on Friday to pay fines over falsified cargo records.\n\n"
        "The Department of Justice said the settlement would be reviewed by a judge next month."
    )
    assert speaker_holding(body, "reviewed by a judge") == "Department of Justice"


def test_a_lower_case_article_first_then_a_capital_one_is_one_body():
    body = (
        "Two ferry operators were fined on Monday over safety lapses on the island routes.\n\n"
        'In a short statement, the Department of Justice said the fines were "proportionate to the risk".\n\n'
        'The Department of Justice said later that the operators had "thirty days to appeal".'
    )
    assert speaker_holding(body, "proportionate") == "Department of Justice"
    assert speaker_holding(body, "thirty days") == "Department of Justice"
