""" "A spokesperson for the <kind>" speaks for the organisation "the <kind>" alone would be: the organisation of no
other kind quoted just before ("Crestmoor Bank ... said ... A spokesperson for the bank")."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_for_the_kind_is_the_organisation_quoted_just_before():
    body = (
        "A retired couple in Leeds lost their savings to a phone scam last month.\n\n"
        'Crestmoor Bank, which held the account, said on Monday that it was "looking at the case with care."\n\n'
        "A spokesperson for the bank later said that staff had flagged the transfer."
    )
    assert speaker_holding(body, "staff had flagged") == "Crestmoor Bank"
