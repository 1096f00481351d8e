"""Names as outlets outside the US write them (blind round 26e): South Asian honorifics, a councillor's and
a constable's abbreviated titles, and a currency's abbreviation before a sum (quotelens/segment.py,
quotelens/lexicon.py, quotelens/speakers/names.py).
"""

from __future__ import annotations

from quotelens.segment import split_sentences
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
