"""Names as other outlets write them (blind round 25): titles of ranks and of the Arab and Muslim world,
accented and East Asian names, lower-case particles, whole organisation names, abbreviations in brackets
and nationality words (quotelens/speakers/names.py, nameparts.py, mentions.py, lexicon.py, connectors.py).
"""

from __future__ import annotations

from tests.speakers.examples import speakers_of
from tests.speakers.test_mentions import cast_of, entity


def _people(text: str) -> list[str]:
    return [e.name for e in cast_of("Headline\n\n" + text).entities if e.type.value == "person"]


def test_a_rank_abbreviation_gives_its_role_word_and_the_rank_refers_back():
    cast = cast_of("Headline\n\nIt was cheap. Det. Mark Hale said it was cheap. Insp. Jo Reed spoke.")
    assert "detective" in entity(cast, "Mark Hale").roles
    assert "inspector" in entity(cast, "Jo Reed").roles
    text = (
        "Headline\n\nThe knife was found, according to Sgt. Lena Ortiz, a spokesperson for the Westfield Police "
        "Department.\n\nThe sergeant added that detectives had recovered a folding knife."
    )
    assert ("The sergeant", "Lena Ortiz", "alias") in speakers_of(text)


def test_sheikh_imam_and_ayatollah_are_titles_not_names():
    found = _people("Sheikh Mohamed bin Zayed Al Nahyan said it was slow. Ayatollah Ali Khamenei said it was bad.")
    assert found == ["Mohamed bin Zayed Al Nahyan", "Ali Khamenei"]


def test_an_accented_first_name_opens_the_name_and_a_two_word_surname_is_the_same_person():
    cast = cast_of(
        "Headline\n\nPresident Andrés Manuel López Obrador said it was slow.\n\nLópez Obrador said it was fine."
    )
    assert [e.name for e in cast.entities] == ["Andrés Manuel López Obrador"]
    assert entity(cast, "Andrés Manuel López Obrador").roles == {"president"}


def test_an_unknown_capitalised_word_after_a_title_is_the_name_s_own():
    cast = cast_of("Headline\n\nPresident Yoon Suk Yeol said it was slow. Yoon said it was fine.")
    assert [e.name for e in cast.entities] == ["Yoon Suk Yeol"]
    assert _people("He called her Crooked Hillary Clinton again.") == ["Hillary Clinton"]
    assert _people("Labour MP Diane Okoro said it was fine.") == ["Diane Okoro"]  # (an abbreviation ends a title)


def test_a_lower_case_particle_joined_to_the_surname_is_part_of_the_name():
    cast = cast_of(
        "Headline\n\nPresident Abdel Fattah el-Sisi told leaders it was slow.\n\n"
        "Sisi said it was fine. El-Sisi said it was late. Later el-Sisi left."
    )
    assert [e.name for e in cast.entities] == ["Abdel Fattah el-Sisi"]
    assert {"Sisi", "El-Sisi", "el-Sisi"} <= set(entity(cast, "Abdel Fattah el-Sisi").aliases)
    assert _people("Bashar al-Assad said so. Ahmad ibn Hanbal wrote it.") == ["Bashar al-Assad", "Ahmad ibn Hanbal"]


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type.value) for e in cast_of("Headline\n\n" + text).entities]


def test_ministry_department_or_office_of_capitalised_words_is_one_organisation():
    assert _typed("China’s Ministry of Foreign Affairs did not explain the absence.") == [
        ("Ministry of Foreign Affairs", "organisation")
    ]
    assert _typed("The Department of Homeland Security said so.") == [
        ("Department of Homeland Security", "organisation")
    ]
    found = _typed("Department of Homeland Security Secretary Jeh Johnson said so.")
    assert found == [("Jeh Johnson", "person")]
    assert _typed("The Clark County Coroner's Office said so.") == [("Clark County Coroner's Office", "organisation")]


def test_names_ending_in_an_organisation_s_head_are_organisations():
    text = (
        "The European Parliament said so. The Harlan County Jail said so. Meridian Records did. Paramount Pictures did."
    )
    assert {t for _, t in _typed(text)} == {"organisation"}


def test_an_abbreviation_in_brackets_after_an_organisation_is_its_alias():
    cast = cast_of(
        "Headline\n\nThe Alliance of Small Island States (AOSIS) said the draft was bad. AOSIS said it was a death "
        "sentence. The World Health Organization (WHO) said the virus spread. Later, WHO said it was bad."
    )
    assert [e.name for e in cast.entities] == ["Alliance of Small Island States", "World Health Organization"]
    assert "AOSIS" in entity(cast, "Alliance of Small Island States").aliases
    assert "WHO" in entity(cast, "World Health Organization").aliases
    assert _typed("The book, which WHO NEVER read, sold.") == []  # (no organisation: no name)


def test_a_nationality_after_an_article_is_never_a_speaker():
    text = "Andreas Schwab, a German conservative, and Stéphanie Yon-Courtin, a French liberal, welcomed the fine."
    assert _people(text) == ["Andreas Schwab", "Stéphanie Yon-Courtin"]
    assert _people("German Ortega and Freddy Ortega sued. German said so.")[:1] == ["German Ortega"]


def test_a_person_s_role_in_apposition_keeps_a_name_with_no_census_first_name_a_person():
    text = "Olaf Scholz, the German chancellor, said the text was “not what Germany would have written on its own.”"
    assert _typed(text) == [("Olaf Scholz", "person")]


def test_premier_is_a_title_and_a_british_time_zone_no_organisation():
    assert _people("He sent Premier Li Qiang in his place.") == ["Li Qiang"]
    assert _typed("The Premier League said so.") == [("Premier League", "organisation")]
    assert _typed("It was 09.00 BST when he left.") == []
