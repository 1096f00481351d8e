""" "A spokesperson for the <kind>" speaks for the organisation "the <kind>" alone would be: the organisation of no
other kind quoted just before ("Bluepeak Air ... the airline said ... A spokesperson for the airline")."""

from tests.speakers.examples import speaker_holding


def test_spokesperson_for_the_kind_is_the_organisation_quoted_just_before():
    body = (
        "A passenger was removed from a flight in Tulsa on Friday after a row over a seat.\n\n"
        'Bluepeak Air, which runs the route, said on Saturday that it was "sorry for the distress caused."\n\n'
        "A spokesperson for the airline later told reporters that the crew had followed its rules."
    )
    assert speaker_holding(body, "crew had followed") == "Bluepeak Air"
