"""First names of speakers/lexicon.py: common given names of more countries (data/world_first_names.tsv), and
two capitalised first names joined by a hyphen are one ("Pieter-Jan", "Anne-Marie")."""

from __future__ import annotations

from quotelens.speakers.lexicon import is_first_name, sex_of_first_name
from tests.speakers.examples import speakers_of


def test_given_names_of_more_countries_say_a_sex():
    assert [sex_of_first_name(n) for n in ("Annelie", "Pieter", "Thabo", "Nomvula", "Piotr", "Jelena")] == [
        "f",
        "m",
        "m",
        "f",
        "m",
        "f",
    ]


def test_two_first_names_joined_by_a_hyphen_are_one():
    assert is_first_name("Pieter-Jan") and sex_of_first_name("Pieter-Jan") == "m"
    assert sex_of_first_name("Anne-Marie") == "f"
    assert not is_first_name("Jae-myung")  # (a Korean given name's syllables: the second in lower case)


def test_she_goes_to_the_woman_named_by_a_world_first_name():
    body = (
        "Pieter-Jan Oosthuizen said the party would fight. Chief whip Annelie Swanepoel went further. "
        'She accused the government of using the utility "as a piggy bank".'
    )
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)][-1] == "Annelie Swanepoel"


def test_a_chief_whip_is_a_role_the_whip_finds_again():
    body = (
        "Pieter-Jan Oosthuizen, the party's spokesperson, said it would fight. "
        "His colleague, DA chief whip Annelie Swanepoel, went further and called for hearings.\n\n"
        "Later the governing party hit back at the opposition.\n\n"
        '"We will go to court," the chief whip said.'
    )
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)][-1] == "Annelie Swanepoel"


def test_common_given_names_of_south_east_asia_are_first_names_with_their_sex():
    assert all(is_first_name(n) for n in ("Siti", "Budi", "Agus", "Dewi", "Somchai", "Maricel", "Trung"))
    assert [sex_of_first_name(n) for n in ("Siti", "Dewi", "Budi", "Agus")] == ["f", "f", "m", "m"]


def test_one_confidant_ally_or_associate_of_a_named_person_is_unnamed():
    for noun in ("confidant", "ally", "associate"):
        text = (
            f'Headline\n\nMaria Delgado spoke in Ohio on Monday. One Delgado {noun} said the campaign was "in trouble."'
        )
        ((_, speaker, resolution),) = speakers_of(text)
        assert (speaker, resolution) == (f"one Delgado {noun}", "anonymous"), noun


def test_an_occupation_after_a_named_speaker_describes_that_speaker():
    for noun in ("retired schoolteacher", "local pharmacist"):
        body = f'Marta Keane, 71, said she feared trucks. "This is a quiet road," the {noun} said.'
        assert [s for _, s, _ in speakers_of("Headline\n\n" + body)] == ["Marta Keane", "Marta Keane"], noun


def test_russian_persian_ethiopian_and_spanish_given_names_say_a_sex():
    names = ("Gleb", "Alexei", "Mikhail", "Oksana", "Reza", "Shirin", "Tsegaye", "Tigist", "Ximena")
    assert [sex_of_first_name(n) for n in names] == ["m", "m", "m", "f", "m", "f", "m", "f", "f"]


def test_a_pronoun_goes_to_a_man_first_named_with_a_russian_given_name():
    body = 'Gleb Nikitin and Alexei Dyumin met Mikhail Mishustin. Nikitin is a critic. He warned that it would "undo work."'
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Gleb Nikitin"]


def test_an_organisation_s_word_in_spanish_french_or_italian_makes_an_organisation():
    from quotelens.speakers.namekinds import kind_of

    for name in ("Consejo Coordinador Empresarial", "Instituto Nacional Electoral", "Parti Socialiste"):
        assert kind_of(name.split(), []) == "organisation", name
    body = 'The main business lobby, the Consejo Coordinador Empresarial, said it was "freezing investment."'
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Consejo Coordinador Empresarial"]


def test_a_person_of_a_large_world_city_is_the_speaker_not_the_city():
    body = 'Gleb Nikitin of Nizhny Novgorod said the cuts would "undo five years of work."'
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Gleb Nikitin"]
