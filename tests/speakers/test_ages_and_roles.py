"""Descriptions by age ("the 29-year-old") and by a role no word list holds ("the epidemiologist"), read as
other outlets write them (speakers/introductions.py, candidates.py, descriptions.py, described.py;
attribution/nounphrases.py for "The 29-year-old said" as a subject)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

_SINGER = (
    "Singer returns\n\nLana Rivera, 29, said on Tuesday that she felt ready to tour.\n\n"
    "Her doctor, Michael Chen, said the recovery had been slow.\n\n"
)


def test_the_age_given_after_a_name_is_how_a_later_description_finds_the_person():
    text = _SINGER + '"I used to treat my voice like it was indestructible," the 29-year-old told People.'
    assert [s for m, s, _ in speakers_of(text) if m == "the 29-year-old"] == ["Lana Rivera"]


def test_an_age_before_a_role_finds_the_person_of_that_age_not_the_last_one_named():
    text = _SINGER + "The 29-year-old singer added that she was grateful."
    assert [s for m, s, _ in speakers_of(text) if m == "The 29-year-old singer"] == ["Lana Rivera"]


def test_an_age_description_is_a_subject_of_its_own():
    text = _SINGER + "The 29-year-old said the rich nations were hiding."
    assert [s for m, s, _ in speakers_of(text) if m == "The 29-year-old"] == ["Lana Rivera"]


def test_an_age_in_brackets_and_another_age_tell_two_people_apart():
    text = (
        "Head\n\nMaria Lopez (62) said the police were slow. Tom Reed, 35, said they came at once.\n\n"
        '"He was kind," the 62-year-old said.'
    )
    assert [s for m, s, _ in speakers_of(text) if m == "the 62-year-old"] == ["Maria Lopez"]


def test_a_role_the_article_introduced_is_a_description_of_that_person():
    text = (
        "WHO warns\n\nGrace Mwamba, an epidemiologist at the University of Kinshasa, said cases were rising.\n\n"
        "John Kamau, the health minister, said the outbreak was under control.\n\n"
        "The epidemiologist said the true number of cases was probably far higher."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "The epidemiologist"] == ["Grace Mwamba"]


def test_an_unknown_head_that_nobody_was_introduced_with_stays_anonymous():
    text = "Head\n\nGrace Mwamba, an epidemiologist, said cases were rising.\n\nThe carpenter said the roof would hold."
    assert [s for m, s, _ in speakers_of(text) if m == "The carpenter"] == ["the carpenter"]


def test_a_name_set_off_after_a_description_with_a_lower_case_title_is_the_speaker():
    text = (
        "Head\n\nProsecutor Paul Renner, an attorney for the county, said the evidence was strong.\n\n"
        "The suspect's lawyer, public defender Janine Cobb, urged jurors to keep an open mind."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "The suspect's lawyer"] == ["Janine Cobb"]


def test_a_spokesperson_for_a_body_the_article_names_nowhere_else_speaks_for_that_body():
    text = "EU fines Lumora\n\nA spokesperson for Lumora said the company had complied with every rule."
    assert [s for m, s, _ in speakers_of(text) if m == "A spokesperson for Lumora"] == ["Lumora"]


def test_a_spokesperson_for_a_place_or_a_person_s_name_is_no_body_of_that_name():
    text = "Head\n\nA spokesman for Texas said the state would sue. A spokesman for Mary said she was away."
    speakers = [s for _, s, _ in speakers_of(text)]
    assert "Texas" not in speakers and "Mary" not in speakers


def test_a_nationality_in_a_description_finds_the_person_introduced_with_that_country():
    text = (
        "Head\n\nMarina Silva, Brazil’s environment minister, said the deal was weak.\n\n"
        "Jennifer Lange-Ortiz, Germany’s climate minister, said the talks had moved.\n\n"
        "The Brazilian minister said the numbers were an insult."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "The Brazilian minister"] == ["Marina Silva"]


def test_two_roles_joined_by_and_after_a_name_are_both_the_person_s():
    text = (
        "Head\n\nMukhtar Babayev, Azerbaijan’s ecology minister and the summit’s president, told delegates that a "
        "text would come.\n\nWopke Hoekstra, the EU's climate commissioner, said Europe would pay.\n\n"
        "The summit’s president said the text was final."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "The summit’s president"] == ["Mukhtar Babayev"]


def test_a_name_set_off_after_a_description_with_the_and_a_title_is_the_speaker():
    text = (
        "Head\n\nMarguerite Osei opened her first restaurant in 2009.\n\n"
        "Her business partner, the restaurateur Felix Amankwah, says the kitchen was chaos."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "Her business partner"] == ["Felix Amankwah"]


def test_the_head_of_a_recent_unnamed_source_takes_it_up_again():
    text = (
        "Head\n\nA Department of Health and Social Care spokesperson said the offer was fair.\n\n"
        "Union leader Pat Cullen said nurses would strike.\n\n"
        '"We have made a fair offer," the spokesperson said.\n\n'
        "One engineer on the data platform team, who spoke on the condition of anonymity, said the cuts were sudden.\n\n"
        '"There was no call," the engineer said.'
    )
    said = dict((m, s) for m, s, _ in speakers_of(text))
    assert said["the spokesperson"] == "Department of Health and Social Care"
    assert said["the engineer"] == said["One engineer on the data platform team"]


def test_she_never_goes_to_the_only_man_named_before():
    text = 'Head\n\nDr Robert Laurenson said the row could end.\n\n"We cover for each other," she said.'
    assert [(s, how) for m, s, how in speakers_of(text) if m == "she"] == [(None, "unresolved")]


def test_an_organisation_set_off_as_a_company_based_somewhere_is_the_company():
    text = (
        "Cloudvine to cut jobs\n\nCloudvine, the enterprise software company based in San Jose, California, will "
        "lay off 1,800 employees.\n\nThe company said the cuts were needed."
    )
    assert [s for m, s, _ in speakers_of(text) if m == "The company"] == ["Cloudvine"]


def test_a_kind_set_off_before_an_organisation_s_name_is_its_kind():
    text = (
        "Singer returns\n\nLana Rivera cancelled her tour in March.\n\n"
        "Her label, Meridian Records, confirmed the new dates on Tuesday.\n\n"
        '"Lana has never sounded better," the label said.'
    )
    assert [s for m, s, _ in speakers_of(text) if m == "the label"] == ["Meridian Records"]


def test_a_british_paper_s_lower_case_local_body_is_an_organisation():
    text = (
        "Head\n\nA proposal by Leeds city council would sell the site.\n\nThe council says the land is underused.\n\n"
        "Camden council said it would appeal.\n\nKent police said two men were arrested."
    )
    said = dict((m, s) for m, s, _ in speakers_of(text))
    assert said["The council"] == "Leeds city council"
    assert said["Camden council"] == "Camden council"
    assert said["Kent police"] == "Kent police"


def test_analysts_at_a_firm_named_like_a_person_speak_for_the_firm():
    text = (
        "Head\n\nAnalysts at Morgan Stanley wrote in a note that margins would improve.\n\n"
        '"The reset is overdue," the analysts wrote.'
    )
    assert {s for _, s, _ in speakers_of(text)} == {"Morgan Stanley"}


def test_sports_and_local_government_roles_are_titles_and_roles():
    text = (
        "Chiefs win\n\nQuarterback Jalen Brooks said the offense found a rhythm.\n\n"
        "County Supervisor Rich Delgado said shelters were open.\n\n"
        '"I never heard it that loud," the quarterback said.'
    )
    said = dict((m, s) for m, s, _ in speakers_of(text))
    assert said["Quarterback Jalen Brooks"] == "Jalen Brooks"
    assert said["County Supervisor Rich Delgado"] == "Rich Delgado"
    assert said["the quarterback"] == "Jalen Brooks"
