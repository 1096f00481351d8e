"""A second verb shares its subject with the first: "Analysts at a bank said A but called B" credits B to whom A
was credited (the bank their unnamed people speak for), not to the bare head "analysts"."""

from tests.speakers.examples import speaker_holding


def test_unnamed_people_of_a_body_keep_the_body_for_the_second_verb():
    body = (
        "Brindle Motors posted weaker sales on Tuesday. Analysts at Corrow Capital said in a note that the "
        'outlook was "weaker than hoped" but called the drop "a passing blip in orders."'
    )
    assert speaker_holding(body, "weaker than hoped") == "Corrow Capital"
    assert speaker_holding(body, "passing blip") == "Corrow Capital"


def test_an_official_of_a_named_body_keeps_it_for_the_second_verb():
    body = (
        "An official at the Harbour Transit Authority, who asked not to be named, said the line would reopen "
        "but warned that the repairs would take weeks."
    )
    assert speaker_holding(body, "repairs would take") == "Harbour Transit Authority"
