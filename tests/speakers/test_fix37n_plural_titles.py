"""A plural title before the first of two named holders ("Councillors Maria Lopez and Tim Ward", "Judges Ann
Reyes and Paul Ord"): the plural is the title of each, no part of the first one's name (speakers/titles.py)."""

from __future__ import annotations

from quotelens.speakers.titles import split_titles, title_role
from tests.speakers.examples import speaker_holding


def test_a_plural_title_before_two_names_is_no_part_of_the_first():
    body = (
        "The board approved the budget by five votes to two on Tuesday.\n\n"
        "Trustees Maria Lopez and Tim Ward voted against it.\n\n"
        "Lopez said the spending plan ignored the rural schools entirely."
    )
    assert speaker_holding(body, "ignored the rural schools") == "Maria Lopez"


def test_the_plural_title_counts_as_the_singular_role():
    assert split_titles(["Commissioners", "Maria", "Lopez"]) == 1
    assert split_titles(["Senators", "Ann", "Hill"]) == 1
    assert title_role("Commissioners") == "commissioner"


def test_plural_words_that_open_names_are_no_titles():
    assert split_titles(["Kings", "Cross"]) == 0
    assert split_titles(["Queens", "Park", "Rangers"]) == 0
    assert split_titles(["States", "Steel"]) == 0
