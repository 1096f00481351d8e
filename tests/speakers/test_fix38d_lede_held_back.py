"""An indefinite role in the lede ("..., with a judge describing the attack as 'senseless'") is the person
named soon after with that role ("Mr Justice Ann Doyle said"): a lede holds the name back. An unnamed
source's head ("a spokesman") stays unnamed (speakers/forward.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_judge_in_the_lede_is_the_judge_named_later():
    body = (
        "A 31-year-old man who set fire to a neighbour's car has been jailed for six years, with a judge "
        "describing the attack as “reckless and spiteful”.\n\n"
        "Liam Roche (31), of Oak Park, had pleaded guilty to arson at the house on Mill Road in May last year.\n\n"
        "At the Circuit Criminal Court today, Judge Ann Doyle said the family had been lucky to escape unhurt."
    )
    assert speaker_holding(body, "reckless and spiteful") == "Ann Doyle"


def test_a_spokesman_in_the_lede_stays_unnamed():
    body = (
        "The council will close two libraries next year, a spokesman said on Monday, citing a fall in "
        "visitors since the pandemic.\n\n"
        "Council spokesman Tom Reid said later that staff would be moved to the central branch."
    )
    assert speaker_holding(body, "close two libraries") != "Tom Reid"
