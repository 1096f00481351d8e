"""A team's skipper is its captain: "the skipper" describes one introduced as "Captain Ana Sola", and "the
captain" one introduced as the skipper (speakers/candidates.py role synonyms)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_skipper_after_captain_so_and_so():
    body = (
        "The Harbour Kings beat the Valley Reds 24-20 at the Pacific Shield on Saturday.\n\n"
        "Captain Tomasi Vaka scored the late try. Vaka said the forwards had won the game.\n\n"
        "Coach Ben Ruru praised the defence. Ruru said the side had trained hard all week.\n\n"
        "The win lifts the Kings to third on the Pacific Shield table, but the skipper said the playoffs were "
        "still a long way off."
    )
    assert speaker_holding(body, "playoffs were still a long way off") == "Tomasi Vaka"
