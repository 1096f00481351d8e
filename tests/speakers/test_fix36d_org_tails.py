"""A bare "the <noun>" whose noun ends the name of the one organisation named before, however far back, is
that organisation, when no nearer one of its kind ranks ("the district", "the confederation")
(speakers/orgkinds.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_district_named_paragraphs_before():
    body = (
        "Bus drivers in Harlow walked out on Tuesday, leaving every route of the Harlow Valley Transit District idle.\n\n"
        'Union leader Pam Steele said members were tired. "We have waited two years," she said.\n\n'
        "Riders crowded the few private shuttles. Commuter Ben Adeyemi said his trip took three hours.\n\n"
        "Steele said talks could resume this week if the offer improved.\n\n"
        "Shop owners downtown said takings had halved since the morning.\n\n"
        "The district said in a statement that extra trains would run on the valley line until Friday."
    )
    assert speaker_holding(body, "extra trains would run") == "Harlow Valley Transit District"


def test_the_confederation_not_in_the_word_list():
    body = (
        "The Andean Rugby Confederation met in Lima on Monday to discuss the new calendar.\n\n"
        'Coach Rafael Ibarra said the change was rushed. "Nobody asked the players," he said.\n\n'
        "The confederation said it would publish the final fixtures next month."
    )
    assert speaker_holding(body, "publish the final fixtures") == "Andean Rugby Confederation"
