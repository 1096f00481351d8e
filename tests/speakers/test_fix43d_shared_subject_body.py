"""A second verb shares its subject with the first: "Economists at a bank said A but called B" credits B to whom A
was credited (the bank their unnamed people speak for), not to the bare head "economists". Short passages
written for the test."""

from tests.speakers.examples import speaker_holding


def test_unnamed_people_of_a_body_keep_the_body_for_the_second_verb():
    body = (
        "Brisko Foods cut its profit forecast on Thursday. Economists at Marlowe Securities said in a report that "
        'the warning was "worse than feared" but called the fall in the shares "an overreaction by nervous funds."'
    )
    assert speaker_holding(body, "worse than feared") == "Marlowe Securities"
    assert speaker_holding(body, "overreaction by nervous") == "Marlowe Securities"


def test_an_official_of_a_named_body_keeps_it_for_the_second_verb():
    body = (
        "An official at the Eastgate Water Company, who spoke on condition of anonymity, said the supply would "
        "return but warned that the pressure would stay low for days."
    )
    assert speaker_holding(body, "pressure would stay low") == "Eastgate Water Company"
