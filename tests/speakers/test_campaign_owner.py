"""'the former official' is the unnamed official when nobody named was introduced as former; 'the team'
of a footballer is no campaign."""

from tests.speakers.examples import speaker_holding


def test_former_official_is_the_unnamed_one():
    body = (
        "Trent Ostrowski, the agency's director, could not be reached. A former FEMA official said the backlog "
        "was enormous. “We saw forty or fifty applications a day,” the former official said."
    )
    assert speaker_holding(body, "forty or fifty") == "a former FEMA official"


def test_team_of_a_player_is_no_campaign():
    body = (
        "Striker Marcus Okafor scored twice. “It was fun,” he said. The team said the midfielder would miss the game."
    )
    assert speaker_holding(body, "midfielder would miss") != "the Okafor campaign"


def test_campaign_of_a_candidate_stays():
    body = "Senator Mary Byrne, the Democratic candidate, spoke in Ohio. Her campaign said it would appeal."
    assert speaker_holding(body, "it would appeal") == "the Byrne campaign"


def test_team_of_a_person_with_no_role_outside_an_election_is_no_campaign():
    body = "Daniel Okonkwo said the study was wrong. The team says it has no ties to the company."
    assert speaker_holding(body, "no ties") != "the Okonkwo campaign"


def test_bare_advisers_of_a_banker_are_no_campaign():
    body = "Fiona Blake spoke at the meeting. The lenders' advisers argue that the alternative was worse."
    assert speaker_holding(body, "alternative was worse") != "the Blake campaign"


def test_bare_aides_in_an_election_story_stay_the_campaign():
    body = "Jo Hale won the primary on Tuesday. Aides say the open affection of her family helps with voters."
    assert speaker_holding(body, "open affection") == "the Hale campaign"
