"""Sports' positions and athletes ("the cornerback", "the seamer", "the golfer") are role nouns: a definite one
is the player of the paragraph, not an anonymous source (speakers/rolewords.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_cornerback_is_the_player_introduced_so():
    body = (
        "Safety Omar Diallo (ankle) and cornerback Devin Marsh (groin) sat out practice on Thursday.\n\n"
        "Diallo said he expected to play. Marsh was more cautious. Asked about his groin, the cornerback said "
        "only that he was taking it one day at a time."
    )
    assert speaker_holding(body, "one day at a time") == "Devin Marsh"


def test_the_seamer_is_the_bowler_of_the_sentence():
    body = (
        "Tom Bracken top-scored with 71 as the visitors reached 244.\n\n"
        "Niall Keogh was the pick of the bowlers with 4 for 38, and the seamer said the attack had stuck to "
        "its plans on a slow pitch."
    )
    assert speaker_holding(body, "the attack had stuck to") == "Niall Keogh"
