"""Descriptions, members of organisations and documents: quotelens/speakers/described.py."""

from __future__ import annotations

from quotelens import load_article
from tests.speakers.examples import speaker_holding, speaker_of


def test_campaign_officials_speak_for_the_campaign_named_before():
    body = (
        "Hillary Clinton's team said on Monday that the race was tight.\n\n"
        "Campaign officials argued that the delegates were already won."
    )
    assert speaker_of(body, "argued") == "the Clinton campaign"


def test_a_former_staffer_speaks_for_nobody():
    body = (
        "Hillary Clinton's team said on Monday that the race was tight.\n\n"
        "One former campaign staffer argued that the delegates were already won."
    )
    assert speaker_of(body, "argued") is None


def test_the_campaign_of_a_named_person_is_that_persons_campaign():
    body = "The campaign of presumptive Democratic nominee Hillary Clinton said it would not comment on the case."
    assert speaker_of(body, "said") == "the Clinton campaign"


def test_a_surname_before_camp_names_a_person_and_the_camp_is_their_campaign():
    body = (
        "Karl Rove attacked the front-runner on Sunday.\n\n"
        "Like Rove, the Sanders camp has said that Wall Street money is her weakness."
    )
    assert speaker_of(body, "said") == "the Sanders campaign"


def test_a_campaign_ad_is_the_campaigns():
    body = (
        "Ted Cruz spoke in Iowa on Monday. His campaign said it would spend more on television.\n\n"
        "A campaign TV ad released Thursday says that Trump cannot be trusted."
    )
    assert speaker_of(body, "says") == "the Cruz campaign"


def test_the_groups_are_the_organisations_named_together_before():
    body = "CREDO Action and MoveOn wrote to the senator on Thursday.\n\nThe groups said the letter was only a start."
    assert speaker_of(body, "said") == "CREDO Action and MoveOn"


def test_members_of_a_named_organisation_speak_for_it_and_a_partys_for_the_party_not_the_committee():
    """(A party's officials, all of them, speak for the party, as the canonical readings count them:
    "Democratic officials", "Party leaders", "The GOP leaders"; some of them speak for nobody: parties.py.)"""
    body = (
        "The Republican National Committee (RNC) met on Monday.\n\n"
        "A slew of RNC leaders said the convention would go on.\n\n"
        "Republican officials argued that the rules were clear.\n\n"
        "Some Republican officials insisted that the rules were not clear."
    )
    assert speaker_of(body, "said") == "Republican National Committee"
    assert speaker_of(body, "argued") == "the Republican Party"
    assert speaker_of(body, "insisted") is None


def test_a_staffer_of_an_organisation_named_by_its_opening_words_speaks_for_it():
    art = load_article(
        "Server\n\nPlatte River Networks, a Colorado company, managed the server.\n\n"
        "A spokesman for Platte River said the company had no comment."
    )
    q = art.quotes.drop_duplicates("group")
    assert set(q["speaker"]) == {"Platte River Networks"}


def test_a_short_name_opening_an_organisations_name_is_that_organisation():
    art = load_article(
        "Bets\n\nThe fund Pershing Square Capital Management bought the shares in 2015.\n\n"
        "Pershing Square said it had lost money on the bet."
    )
    assert set(art.quotes["speaker"]) == {"Pershing Square Capital Management"}


def test_bare_aides_are_the_organisation_of_the_person_in_view():
    art = load_article(
        "Convention\n\nDonald Trump arrived in Cleveland on Monday for the convention.\n\n"
        "Aides said the speech would focus on the economy."
    )
    assert set(art.quotes["speaker"]) == {"the Trump campaign"}


def test_an_unnamed_employee_of_a_named_firm_is_nobody_in_particular():
    body = (
        "Hillary Clinton hired Platte Data Systems to run her server. Cheryl Mills, a top aide, sent the firm "
        "a request.\n\nThe Platte Data employee told agents that he had deleted the files."
    )
    assert speaker_of(body, "told") is None


def test_a_former_executive_of_a_named_company_speaks_for_nobody():
    body = "Ann Lee praised Acme Corp. on Monday.\n\nThe former Acme executive said that the company had lost its way."
    assert speaker_of(body, "said") is None


def test_an_employee_is_the_person_introduced_with_the_organisation_in_a_title():
    body = (
        "The Harbor Group hired Ann Lee last year. Harbor Group analyst Mia Cole wrote the report.\n\n"
        "The Harbor Group employee said that the report was accurate."
    )
    assert speaker_of(body, "said") == "Mia Cole"


def test_the_committee_chairmen_are_the_people_introduced_as_chairmen():
    body = (
        "Oversight Committee Chairman Ann Lee and Judiciary Committee Chairman Jo Hale wrote to the Springfield "
        "Housing Agency on Monday. Mayor Mia Cole did not answer.\n\n"
        "The committee chairmen said that the agency had misled them."
    )
    assert speaker_of(body, "said") == "Ann Lee and Jo Hale"


def test_the_group_is_the_organisation_introduced_with_that_kind_before_its_name():
    body = (
        "The conservative group Club for Growth backed Ann Lee.\n\n"
        "Senate Democrats said that the plan was wrong.\n\nThe group argued that the plan was fine."
    )
    assert speaker_of(body, "argued") == "Club for Growth"


def test_the_second_official_is_one_more_unnamed_official():
    body = (
        "Donald Trump met Paul Manafort on Monday.\n\n"
        "One official said the meeting was short.\n\nThe second official argued that it was tense."
    )
    assert speaker_of(body, "argued") is None


def test_a_name_set_off_after_a_description_speaks_though_a_workplace_follows_it():
    body = "“There will be a whole term,” said another veteran lawyer, Andrew J. Pincus of the law firm Mayer Brown."
    assert speaker_of(body, "said") == "Andrew J. Pincus"


def test_a_clause_taken_as_a_source_speaks_through_the_one_person_named_in_it():
    """("The conversation ended with Maddow asking Clinton whether ...": the frame took the clause whole.)"""
    body = (
        "Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\n"
        "The conversation ended with Maddow asking Clinton whether she would consider a woman as a running mate."
    )
    assert speaker_of(body, "asking") == "Rachel Maddow"


def test_a_share_of_people_is_nobody_even_with_a_name_inside():
    body = "More than half of respondents in the Jo Hale survey said the nation needs a third party."
    assert speaker_of(body, "said") is None


def test_both_sides_is_no_pair_made_of_the_last_two_people_named_apart():
    art = load_article(
        "Pensions\n\nMarie Dupont spoke at the rally. Sandrine Moreau spoke too.\n\nThe report was cited by both sides."
    )
    assert "Marie Dupont and Sandrine Moreau" not in set(art.quotes["speaker"])


def test_both_sides_is_the_pair_named_together_before():
    art = load_article("Plan\n\nJo Hale and Ann Lee debated the plan. Both sides said the talks had been useful.")
    assert art.quotes["speaker"].iloc[-1] == "Jo Hale and Ann Lee"


def test_one_of_the_officials_is_one_unnamed_official_not_the_named_people_with_that_role():
    body = (
        "Governor Ann Dale met Treasurer Paul Greer on Monday.\n\n"
        "Officials close to the talks said the deal had stalled. One of the officials said the governor "
        '"is stalling."'
    )
    q = load_article("Headline\n\n" + body).quotes
    (row,) = q[q["text"].str.contains("is stalling")].itertuples()
    assert row.speaker == "one of the officials" and row.resolution == "anonymous"


def test_a_name_set_off_after_a_description_may_carry_a_capitalised_title_and_nationality():
    body = (
        "Peter Okafor, who leads the Unity Front, told supporters the count was wrong.\n\n"
        "The head of the observer mission, former Ghanaian President Ama Mensah Boateng, said the delays "
        'were "no proof of fraud."'
    )
    assert speaker_holding(body, "no proof of fraud") == "Ama Mensah Boateng"
    body = 'The chair of the panel, ex-Prime Minister Ruth Aldane, said the report was "overdue."'
    assert speaker_holding(body, "overdue") == "Ruth Aldane"


def test_the_pair_or_the_aides_take_up_the_unnamed_plural_source_that_just_spoke():
    body = (
        'Karl Weiss said it was bad. Lea Moreau said it was "fine."\n\n'
        'Two envoys said the outcry was overblown. The pair argued that it was "theatre for voters."'
    )
    assert speaker_holding(body, "theatre for voters") == "two envoys"
    body = (
        "Senators Ann Hale and Bob Ortiz met on Monday. Two congressional aides said the vote was close. "
        'The count was "razor thin," the aides said.'
    )
    assert speaker_holding(body, "razor thin") == "two congressional aides"
    body = 'Ann Hale and Bob Ortiz said the plan was good. Three analysts said it was "bad." The pair said it was "fine."'
    assert speaker_holding(body, "fine") == "Ann Hale and Bob Ortiz"  # (three analysts are no pair)


def test_the_official_after_an_unnamed_official_of_a_body_spoke_is_that_body_not_an_official_named_before():
    body = (
        "Prime Minister Abiy Ahmed spoke on Monday. A senior official at the Ministry of Peace told reporters "
        'that a package was ready. The official said it would come "within weeks."'
    )
    assert speaker_holding(body, "within weeks") == "Ministry of Peace"


def test_a_long_definite_description_takes_up_the_unnamed_source_it_repeats():
    body = (
        'A source close to the couple said they were "furious". Harry declined to send a letter. Friends say he '
        'is sad. "He has kept quiet," the source close to the couple said.'
    )
    assert speaker_holding(body, "kept quiet") == "a source close to the couple"
