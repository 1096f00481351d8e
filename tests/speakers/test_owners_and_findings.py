"""Whose words a possessive or a role stands for: a person's findings, a role's advisers, a body's leaders
(made-up sentences)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers as speakers


def test_a_persons_research_speaks_for_the_person():
    got = speakers(
        "Voters\n\nThe pollster Dana Whitcombe surveyed 900 voters in March.\n\n"
        "But Whitcombe's research suggests that moderates may cross party lines in the fall."
    )
    assert got[-1][1:] == ("Dana Whitcombe", "person")


def test_a_persons_memo_stays_a_document_of_its_own():
    got = speakers("Fuel\n\nDana Whitcombe is a senator from Ohio.\n\nWhitcombe's memo shows that ethanol costs more.")
    assert got[-1][1:] == ("Whitcombe's memo", "document")


def test_the_advisers_of_a_role_are_the_campaign_of_the_one_the_role_stands_for():
    got = speakers(
        "Primary\n\nSenator Dana Whitcombe won the Ohio primary on Tuesday, her third win in a row.\n\n"
        "The senator's advisers said the result showed her strength with working-class voters."
    )
    assert got[-1][1:] == ("the Whitcombe campaign", "organisation")


def test_advisers_to_a_person_named_after_to_are_that_persons_campaign():
    got = speakers(
        "Primary\n\nDana Whitcombe is running for governor of Ohio.\n\n"
        "Advisers to Whitcombe said she would not debate before the primary."
    )
    assert got[-1][1:] == ("the Whitcombe campaign", "organisation")


def test_a_chambers_party_leaders_speak_for_that_leadership_not_the_chamber():
    got = speakers(
        "Court\n\nThe Senate will not hold hearings on the nominee, a spokesman said.\n\n"
        "Senate Republican leaders said the next president should fill the seat."
    )
    assert got[-1][1:] == ("the Senate Republican leadership", "organisation")


def test_a_poll_is_the_one_the_article_says_conducted_it_not_the_outlets_it_is_named_for():
    got = speakers(
        "Primary\n\nAnn Lee leads Jo Hale 50% to 40% among likely voters, according to a KTVX/Herald poll.\n\n"
        "Lee's lead among independents is larger, according to the poll.\n\n"
        "Independents vote less often, said Sam Ortiz, director of the Plains State Polling Institute, which "
        "conducted the KTVX/Herald poll."
    )
    assert [s for _, s, _ in got][:2] == ["Plains State Polling Institute", "Plains State Polling Institute"]


def test_a_role_word_closing_a_name_in_capitals_is_that_organisation_not_a_person_with_the_role():
    got = speakers(
        "Debate\n\nGovernor Ann Lee, the party's leader in the state, spoke on Sunday.\n\n"
        "Yet the coverage was harsh: The Plains County Union Leader said Lee had been rattled by her rival."
    )
    assert got[-1][1:] == ("Plains County Union Leader", "organisation")


def test_a_role_description_in_plain_words_is_still_a_person():
    got = speakers(
        "Debate\n\nGovernor Ann Lee, the party's leader in the state, spoke on Sunday.\n\n"
        "The state party leader said the coverage had been harsh."
    )
    assert got[-1][1:] == ("Ann Lee", "person")


def test_the_party_written_bare_is_the_party_the_article_is_about():
    got = speakers(
        "Convention\n\nThe Democrats meet in Denver next week, and Democratic delegates are arriving.\n\n"
        "For the first time, the Party's platform says that the minimum wage should double."
    )
    assert got[-1][1:] == ("the Democratic Party", "organisation")


def test_an_office_of_somewhere_no_one_named_was_given_is_someone_not_named():
    got = speakers(
        "Budget\n\nMayor Ann Lee met the city council on Monday to discuss the budget.\n\n"
        "The minister of finance of the northern province said the plan would fail."
    )
    assert got[-1][2] == "anonymous"


def test_an_office_of_somewhere_is_the_one_introduced_with_it():
    got = speakers(
        "Budget\n\nAnn Lee, the minister of finance of the northern province, met the city council on Monday.\n\n"
        "The minister of finance of the northern province said the plan would fail."
    )
    assert got[-1][1:] == ("Ann Lee", "person")


def test_both_sides_are_the_two_people_named_together_before():
    got = speakers(
        "Talks\n\nDana Whitcombe met Sam Ortiz on Thursday to settle the dispute over the budget.\n\n"
        "Both sides said the talks had been productive."
    )
    assert got[-1][1:] == ("Dana Whitcombe and Sam Ortiz", "group")


def test_both_sides_with_no_one_named_before_are_nobody_in_particular():
    got = speakers("Talks\n\nThe budget talks resumed on Thursday.\n\nBoth sides said the talks had been productive.")
    assert got[-1][2] == "anonymous"


def test_a_partys_presidential_candidates_with_no_determiner_are_the_field_as_one_group():
    got = speakers(
        "Taxes\n\nThe deficit fell again this year.\n\n"
        "Republican presidential candidates have said that they would cut taxes on the rich."
    )
    assert got[-1][1:] == ("the Republican presidential candidates", "group")


def test_some_presidential_candidates_are_nobody_in_particular():
    got = speakers(
        "Taxes\n\nThe deficit fell again this year.\n\nSome presidential candidates have said that they would cut taxes."
    )
    assert got[-1][2] == "anonymous"


def test_a_shared_surname_is_not_the_one_its_own_clause_names_in_full():
    got = speakers(
        "Rally\n\nMaria Okafor is running for governor, and her husband Tom Okafor, a former mayor, campaigns "
        "for her. Maria Okafor spoke first.\n\n"
        '"No one is better prepared for this job," Okafor declared of Maria Okafor on Sunday.'
    )
    assert got[-1][1] == "Tom Okafor"


def test_a_partys_base_or_field_is_nobody_in_particular_not_the_party():
    got = speakers(
        "Court\n\nDemocrats hope for a Democratic Senate in the fall.\n\n"
        "The Democratic base says the court is wrong, and a crowded GOP field has promised to fight it."
    )
    assert [(source, kind) for source, _, kind in got][-2:] == [
        ("The Democratic base", "anonymous"),
        ("GOP field", "anonymous"),
    ]


def test_one_of_them_set_off_before_an_organisations_name_is_that_organisation():
    got = speakers(
        "Insurers\n\nThe shortfall angered the big insurers that sell plans on the exchanges. "
        "One of them, Meridian Health Group, has threatened to leave the exchanges."
    )
    assert got[-1][1:] == ("Meridian Health Group", "organisation")


def test_they_with_nothing_named_before_is_the_government_whose_officials_were_just_spoken_of():
    got = speakers(
        "Trade\n\nThe tariffs took effect on Monday.\n\n"
        "Mexican officials met with exporters last week. The tariffs, they said, would hurt both countries."
    )
    assert got[-1][1:] == ("the Mexican government", "organisation")


def test_they_after_american_officials_is_still_nobody_in_particular():
    got = speakers(
        "Trade\n\nThe tariffs took effect on Monday.\n\n"
        "American officials met with exporters last week. The tariffs, they said, would help both countries."
    )
    assert got[-1][2] == "anonymous"


def test_a_document_cut_before_issued_by_is_the_administrations_that_issued_it():
    got = speakers(
        "Pay\n\nEmployers have been waiting for months.\n\n"
        "Guidelines recently issued by the Obama administration, telling employers to pay overtime, have sparked "
        "lawsuits."
    )
    assert got[-1][1:] == ("the Obama administration", "organisation")


def test_a_document_issued_by_an_administration_is_the_administrations_not_the_presidents_name():
    got = speakers(
        "Pay\n\nEmployers have been waiting for months.\n\n"
        "Guidance recently issued by the Obama administration says that overtime rules will change in the fall."
    )
    assert got[-1][1:] == ("the Obama administration", "organisation")
