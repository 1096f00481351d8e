"""Irish and Scottish titles (TD, Tánaiste, Bailie), first names the US census lacks (Aoife, Gráinne), Gaelic
surnames opening with a particle ("Mr Mac Carthy"), and a party's portfolio holder who owns no campaign."""

from tests.speakers.examples import speaker_holding


def test_party_and_title_before_a_name_are_dropped():
    assert speaker_holding("Sinn Féin TD Aoife Ní Bhriain said the plan had failed.", "plan had failed") == (
        "Aoife Ní Bhriain"
    )
    assert speaker_holding("Tánaiste Gráinne Ní Mhurchú said the Government would act.", "would act") == (
        "Gráinne Ní Mhurchú"
    )
    assert speaker_holding("Bailie Catherine Doig said he was a giant.", "was a giant") == "Catherine Doig"


def test_the_taoiseach_is_the_one_introduced_so():
    body = "Taoiseach Micheál Ó Flaithearta spoke in the Dáil. The Taoiseach said the plan would work."
    assert speaker_holding(body, "plan would work") == "Micheál Ó Flaithearta"


def test_gaelic_particle_surname_is_the_person_named_before():
    body = "David Mac Carthy told RTÉ the scheme would work. “It will work,” Mr Mac Carthy said."
    assert speaker_holding(body, "It will work") == "David Mac Carthy"


def test_party_spokeswoman_is_no_campaign():
    body = (
        "Sinn Féin TD Aoife Ní Bhriain said the plan had failed. “It is a scandal,” the Sinn Féin housing "
        "spokeswoman said."
    )
    assert speaker_holding(body, "It is a scandal") == "Aoife Ní Bhriain"
