"""Irish and Scottish titles (TD, Tánaiste, Bailie), first names the US census lacks (Aoife, Gráinne), Gaelic
surnames opening with a particle ("Mr Mac Carthy"), and a party's portfolio holder who owns no campaign."""

from quotelens.article import load_article


def _speaker_of(body: str, words: str) -> str | None:
    q = load_article("Headline\n\n" + body).quotes
    hit = q[q["text"].str.contains(words, regex=False)]
    assert not hit.empty
    value = hit.iloc[0]["speaker"]
    return value if isinstance(value, str) else None


def test_party_and_title_before_a_name_are_dropped():
    assert _speaker_of("Sinn Féin TD Aoife Ní Bhriain said the plan had failed.", "plan had failed") == (
        "Aoife Ní Bhriain"
    )
    assert _speaker_of("Tánaiste Gráinne Ní Mhurchú said the Government would act.", "would act") == (
        "Gráinne Ní Mhurchú"
    )
    assert _speaker_of("Bailie Catherine Doig said he was a giant.", "was a giant") == "Catherine Doig"


def test_the_taoiseach_is_the_one_introduced_so():
    body = "Taoiseach Micheál Ó Flaithearta spoke in the Dáil. The Taoiseach said the plan would work."
    assert _speaker_of(body, "plan would work") == "Micheál Ó Flaithearta"


def test_gaelic_particle_surname_is_the_person_named_before():
    body = "David Mac Carthy told RTÉ the scheme would work. “It will work,” Mr Mac Carthy said."
    assert _speaker_of(body, "It will work") == "David Mac Carthy"


def test_party_spokeswoman_is_no_campaign():
    body = (
        "Sinn Féin TD Aoife Ní Bhriain said the plan had failed. “It is a scandal,” the Sinn Féin housing "
        "spokeswoman said."
    )
    assert _speaker_of(body, "It is a scandal") == "Aoife Ní Bhriain"
