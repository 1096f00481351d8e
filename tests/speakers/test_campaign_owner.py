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
