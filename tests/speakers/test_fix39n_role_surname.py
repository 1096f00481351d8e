"""A one-word source that is a role noun ("Bishop said") names the person of the article whose surname it is
("Mayor Lydia Bishop"), not whoever was last introduced by a role (speakers/named.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_surname_that_is_a_role_noun():
    body = (
        "Mayor Lydia Bishop said the town hall would stay closed until the inspection was done. "
        "Sgt. Tom Reyes, a spokesperson for the county police, said no one had been hurt. "
        '"We are asking people to stay away from the square," Reyes said.\n\n'
        "Bishop said she had spoken to the owners of the shops nearby. "
        '"They have lost a week of trade, and they will be compensated," Bishop said.'
    )
    assert speaker_holding(body, "she had spoken to the owners") == "Lydia Bishop"
    assert speaker_holding(body, "lost a week of trade") == "Lydia Bishop"
