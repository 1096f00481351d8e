"""Names as outlets outside the US write them (blind round 26e): South Asian honorifics, a councillor's and
a constable's abbreviated titles, a currency's abbreviation before a sum (quotelens/segment.py,
quotelens/lexicon.py, quotelens/speakers/names.py); organisations named for fields joined by "and" or a comma
list, and role chains with "and" before a name (speakers/connectors.py, nameroles.py, named.py).
"""

from __future__ import annotations

from quotelens.segment import split_sentences, tokenize
from quotelens.speakers.names import name_runs
from tests.speakers.examples import speakers_of
from tests.speakers.test_mentions import cast_of, entity


def _sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in split_sentences(text, 0, len(text))]


def test_honorifics_and_short_titles_outside_the_us_are_no_part_of_the_name_and_end_no_sentence():
    text = (
        "Headline\n\nShri R. Kumar said it was dry. Smt. Lakshmi Devi said so. Kum. Priya Nair spoke. "
        "It was late, according to Coun. Janice Vaillancourt, who represents the ward. Cllr Jo Reed spoke. "
        "Const. Amy Lee said it was over. Thiru K. Selvam spoke."
    )
    cast = cast_of(text)
    people = [e.name for e in cast.entities if e.type.value == "person"]
    assert sorted(people) == sorted(
        ["R. Kumar", "Lakshmi Devi", "Priya Nair", "Janice Vaillancourt", "Jo Reed", "Amy Lee", "K. Selvam"]
    )
    assert "councillor" in entity(cast, "Janice Vaillancourt").roles
    assert "constable" in entity(cast, "Amy Lee").roles
    assert _sentences("It was late, according to Coun. Janice Vaillancourt, who spoke. Smt. Devi left.") == [
        "It was late, according to Coun. Janice Vaillancourt, who spoke.",
        "Smt. Devi left.",
    ]


def test_sri_lanka_stays_a_place_name():
    assert speakers_of("Headline\n\nSri Lanka said it would respond.")[0][:2] == ("Sri Lanka", "Sri Lanka")


def test_a_currency_abbreviation_before_a_sum_ends_no_sentence():
    text = "He said operators were charging Rs. 1,800 for a load. The cap was Tk. 500. It held."
    assert _sentences(text) == [
        "He said operators were charging Rs. 1,800 for a load.",
        "The cap was Tk. 500.",
        "It held.",
    ]


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in cast_of("Headline\n\n" + text).entities}


def test_an_organisation_named_for_fields_joined_by_and_or_a_comma_list_stays_whole():
    assert _names("Ana Ruiz, a fellow at the Center for Strategic and International Studies, said it.") == {
        "Ana Ruiz": "person",
        "Center for Strategic and International Studies": "organisation",
    }
    assert _names("Japan's Ministry of Economy, Trade and Industry said it would respond.") == {
        "Ministry of Economy, Trade and Industry": "organisation"
    }
    assert _names("In a statement, Manitoba Health, Seniors and Long-Term Care says it is long.") == {
        "Manitoba Health, Seniors and Long-Term Care": "organisation"
    }
    assert _names("Fisheries and Oceans Canada said the stock was low.") == {
        "Fisheries and Oceans Canada": "organisation"
    }
    assert _names("The Department of Health and Human Services said it was fine.") == {
        "Department of Health and Human Services": "organisation"
    }


def test_people_listed_with_commas_and_and_are_still_apart():
    runs = name_runs(tokenize("Smith, Jones and Brown said the plan was dead."), 0, 0)
    assert [r.name for r in runs] == ["Smith", "Jones", "Brown"]
    runs = name_runs(tokenize("The Ministry of Health, Smith and Jones said so."), 0, 0)
    assert [r.name for r in runs] == ["Ministry of Health", "Smith", "Jones"]
    assert speakers_of("Headline\n\nAna Ruiz and Jo Hale said the plan was dead.")[0][2] == "group"


def test_a_role_chain_with_and_before_a_name_is_that_person_s_role():
    text = "Headline\n\nFormer Mayor and DMK legislator Shri R. Kumar opined that the crisis was man-made."
    assert speakers_of(text) == [("Former Mayor and DMK legislator Shri R. Kumar", "R. Kumar", "explicit")]
    cast = cast_of(text)
    assert "former mayor" in entity(cast, "R. Kumar").roles
    text = "Headline\n\nChairman and chief executive Dana Whitcombe said profits rose."
    assert speakers_of(text) == [("Chairman and chief executive Dana Whitcombe", "Dana Whitcombe", "explicit")]
