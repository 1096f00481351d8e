"""A spokesperson for the office of a role ("the governor's office") speaks for that office, an organisation
named by the phrase; a spokesperson for the role's holder ("the First Minister") stays unnamed."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_for_a_roles_office_speaks_for_the_office():
    body = (
        "Governor Ada Quill skipped the meeting. In an email, a spokeswoman for the governor's office said "
        'the state "will keep the clinic open" for now.'
    )
    assert speaker_holding(body, "keep the clinic open") == "governor's office"


def test_spokesperson_for_a_named_office_keeps_the_full_name():
    body = "A spokesman for the county attorney's office said the case was closed."
    assert speaker_holding(body, "case was closed") == "county attorney's office"


def test_spokesperson_for_a_role_stays_unnamed():
    said = speaker_holding("A spokesman for the First Minister said the loss was great.", "loss was great")
    assert said == "a spokesman for the First Minister"
