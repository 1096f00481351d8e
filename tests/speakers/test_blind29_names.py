"""Names of blind round 29 (sets o, p, q, r): where a name ends and what it is (speakers/connectors.py,
speakers/titles.py, speakers/names.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs
from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def _runs(sentence: str) -> list[tuple[str, str]]:
    return [(r.name, r.kind) for r in name_runs(tokenize(sentence), 0, 0)]


def test_a_person_after_a_portfolio_title_never_runs_into_of_the_party():
    runs = _runs("The bill was sponsored by Religious Services Minister Yitzhak Ben-Moshe of the Shas party.")
    assert ("Yitzhak Ben-Moshe", "person") in runs
    assert not any("Shas" in name and "Yitzhak" in name for name, _ in runs)
    body = (
        "The bill was sponsored by Religious Services Minister Yitzhak Ben-Moshe of the Shas party. "
        '"We need judges," the minister said. Shas said the bill was "a disgrace".'
    )
    assert _speakers(body) == ["Yitzhak Ben-Moshe", "Shas"]


def test_mk_is_a_parliamentary_title_and_a_party_before_it_is_no_part_of_the_name():
    body = 'Yesh Atid MK Orly Friedman spoke. "You have never sat with one of these women," Friedman said.'
    assert _speakers(body) == ["Orly Friedman"]
    body = 'Likud MK Hila Vazana spoke. "It is closed and self-selecting," the MK wrote.'
    assert _speakers(body) == ["Hila Vazana"]


def test_a_plural_title_in_initials_before_two_names_is_their_title_not_their_name():
    for title in ("United Torah Judaism MKs", "Labour MPs"):
        body = f'{title} Moshe Gafni and Yaakov Tesler backed the bill. They said it was "a first step."'
        assert set(_speakers(body)) == {"Moshe Gafni and Yaakov Tesler"}  # ("backed" may read as a report too)


def test_a_title_word_that_is_a_common_first_name_before_an_introduced_surname_is_that_first_name():
    body = (
        "Liam Garside, 34, died at the scene. Dean Garside, 37, said he had been trying to calm down a row. "
        '"He was not a fighter," the 37-year-old said.'
    )
    assert _speakers(body) == ["Dean Garside", "Dean Garside"]
    runs = _runs("Prince Harry, 39, said the rules were clear.")  # (a first name after it: the title stays)
    assert ("Harry", "person") in runs


def test_two_unlisted_name_words_opening_a_clause_before_a_past_verb_are_a_person_for_he():
    for sentence in ("Maheesh Jayasuriya took four wickets.", "Then Maheesh Jayasuriya removed the opener."):
        body = f'{sentence} "We worked hard," he said.'
        assert _speakers(body) == ["Maheesh Jayasuriya"]
