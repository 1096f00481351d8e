"""A body's name ending in a role word after "of" and a kind of body ("the Department of Justice": "justice" is
also a judge's title) is a name, no person's role: it speaks for that body, named without its article
(speakers/descriptions.py, _kind_of_name; named.py, unintroduced)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_department_of_justice_said_is_the_department():
    body = (
        "Two Korvan shipping firms agreed on Friday to pay fines over falsified cargo records.\n\n"
        "The Department of Justice said the settlement would be reviewed by a judge next month."
    )
    assert speaker_holding(body, "reviewed by a judge") == "Department of Justice"
