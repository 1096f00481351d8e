"""A person introduced by a capitalised title of an office ("the Minister for Transport, Orla Brennock,"; "the
Director of Prisons in the region, Mr Ruairi Tolland,") holds that role: a later "the Minister for Transport" or
"the Director of Prisons" is that person, not an office of nobody (speakers/introductions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_MINISTER = (
    "Commuters in the western suburbs have waited three years for a promised rail link.\n\n"
    "A residents' group has written to the Minister for Transport, Orla Brennock, asking for the tender to be "
    "brought forward.\n\n"
    '"We have been patient for long enough," said the group\'s chairman, Felix Ardagh.\n\n'
    "Speaking at a conference on Tuesday, the Minister for Transport said the tender would be published in "
    "the spring."
)

_DIRECTOR = (
    "Two inmates escaped from a regional prison on Sunday night.\n\n"
    "The Director of Prisons in the region, Mr Ruairi Tolland, said the guards on duty had been suspended.\n\n"
    "The Director of Prisons added that a review of the night shifts would be completed within a month."
)


def test_the_minister_for_a_field_is_the_one_introduced_so():
    assert speaker_holding(_MINISTER, "tender would be published") == "Orla Brennock"


def test_a_titled_office_in_a_place_is_the_one_introduced_so():
    assert speaker_holding(_DIRECTOR, "review of the night shifts") == "Ruairi Tolland"


_INITIALS = (
    "A regional rugby league will cut its season by four rounds to save money, officials said on Friday.\n\n"
    "The league's chief operating officer, Oskar Velten, told clubs in a letter that travel costs had doubled "
    "since 2021.\n\n"
    "The COO also warned that two clubs were at risk of missing their wage payments, saying the league "
    "\u201ccannot keep covering other people's debts\u201d for ever."
)


def test_a_titles_initials_are_the_one_introduced_with_that_title():
    assert speaker_holding(_INITIALS, "covering other people") == "Oskar Velten"
