"""A spokesperson for the office of a role ("the mayor's office") speaks for that office, an organisation named by
the phrase; a spokesperson for the role's holder ("the Chief Minister") stays unnamed. Short passages written for
the test."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_for_a_roles_office_speaks_for_the_office():
    body = (
        "Mayor Iris Fenn missed the vote. In a statement, a spokesman for the mayor's office said the city "
        '"will not sell the park" this year.'
    )
    assert speaker_holding(body, "will not sell the park") == "mayor's office"


def test_spokesperson_for_a_named_office_keeps_the_full_name():
    body = "A spokeswoman for the district attorney's office said the inquiry was over."
    assert speaker_holding(body, "inquiry was over") == "district attorney's office"


def test_spokesperson_for_a_role_stays_unnamed():
    said = speaker_holding("A spokeswoman for the Chief Minister said the harvest was poor.", "harvest was poor")
    assert said == "a spokeswoman for the Chief Minister"
