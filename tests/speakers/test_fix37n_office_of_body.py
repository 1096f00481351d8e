"""An office of a body set off after a person's name (", Deputy Chairman of the National Roads Council,"): the
body is an organisation of its own, not one named "Deputy Chairman of ..."; the body said later is that body
(speakers/connectors.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.connectors import split_connectors
from tests.speakers.examples import speaker_holding


def test_the_body_of_an_office_is_its_own_organisation():
    body = (
        "The toll plan was presented in Muscat by Salim Al Harthy, Deputy Chairman of the National Roads "
        "Council, at a meeting with contractors.\n\n"
        "The National Roads Council said it would publish the tender rules within a month."
    )
    assert speaker_holding(body, "publish the tender rules") == "National Roads Council"


def test_where_the_body_starts():
    toks = tokenize("Deputy Chairman of the National Roads Council")
    assert split_connectors(toks, 0, len(toks)) == [(4, 7)]


def test_an_office_of_a_country_or_a_person_is_left_whole():
    toks = tokenize("President of the United States")
    assert split_connectors(toks, 0, len(toks)) == [(0, 5)]
