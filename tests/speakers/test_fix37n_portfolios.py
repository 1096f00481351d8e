"""A title and its portfolio joined by "on" or "for" before a name ("Opposition Spokesperson on Transport Nadine
Reid", "Shadow Minister for Rural Affairs Tom Hale"): the portfolio's last word is no part of the name
(speakers/titles.py, speakers/connectors.py)."""

from __future__ import annotations

from quotelens.speakers.titles import portfolio_start
from tests.speakers.examples import speaker_holding


def test_a_portfolio_after_on_is_no_part_of_the_name():
    body = (
        "Opposition Spokesperson on Aviation Corinne Mbeki-Shaw said the tender papers were incomplete.\n\n"
        "“We have asked for the scoring sheets twice,” Mbeki-Shaw said."
    )
    assert speaker_holding(body, "tender papers were incomplete") == "Corinne Mbeki-Shaw"


def test_where_the_name_starts():
    assert portfolio_start("Shadow Minister for Rural Affairs Tom Hale".split()) == 5
    assert portfolio_start("Spokesperson on Transport Nadine Reid".split()) == 3


def test_an_organisation_joined_by_for_is_no_portfolio():
    assert portfolio_start("Director of the Center for American Progress Neera Tanden".split()) == 0
    assert portfolio_start("Students for Fair Admissions Edward Blum".split()) == 0
