"""A kind noun that is also a position ("the center", a basketball player's) names the person introduced with
it ("Veteran center Ola Sandvik") when no organisation of the article is named with that noun
(speakers/positions.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_center_after_a_veteran_center():
    body = (
        "The Harbor City Owls beat the Lakeside Pumas 101-97 on Saturday behind 30 points from Joel Ekwueme.\n\n"
        "Veteran center Ola Sandvik, who had 12 rebounds, said the team had finally found its rhythm.\n\n"
        'Sandvik and Ekwueme were both asked about the coach. The center said he had "no complaints at all" '
        "and expected to stay."
    )
    assert speaker_holding(body, "no complaints at all") == "Ola Sandvik"


def test_the_center_when_a_center_is_named():
    body = (
        "The Brookfield Center for Labor Studies released a survey of warehouse workers on Monday.\n\n"
        "Veteran organizer Ola Sandvik, a former center fielder, said the findings were no surprise.\n\n"
        'The center said the heat "has become the main complaint" among night-shift workers.'
    )
    assert speaker_holding(body, "has become the main complaint") == "Brookfield Center for Labor Studies"
