""""..., her lawyer said." in the lede is the lawyer named a paragraph or two later ("Ivanova's lawyer Oleg
Marin"), when nobody before has that role (speakers/forward.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_her_lawyer_in_the_lede_is_the_lawyer_named_soon_after():
    body = (
        "A court in Kazan on Monday fined Irina Ivanova, a blogger, for criticising the regional governor, "
        "her lawyer said.\n\n"
        "Ivanova, 35, was arrested in March after a series of videos about hospital closures.\n\n"
        '"This is a punishment for asking questions," Ivanova\'s lawyer Oleg Marin told reporters.'
    )
    assert speaker_holding(body, "fined Irina Ivanova") == "Oleg Marin"
