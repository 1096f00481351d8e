"""Blind round 27 (set i): a utility's "X Gas and Electric" is one name; a non-politician's "camp" is his or her
people, no campaign (speakers/nameparts.py FIELD_WORDS, speakers/owned.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_utility_s_gas_and_electric_name_stays_whole():
    body = "Kansas Gas and Electric said 8,000 homes had no power. Arbor Water and Light said mains were intact."
    assert _speakers(body) == ["Kansas Gas and Electric", "Arbor Water and Light"]


def test_a_footballer_s_camp_is_no_campaign():
    body = "Dean Moss, the striker, left the club in May. Moss's camp said the claims were false."
    assert _speakers(body) == ["the Moss camp"]


def test_a_candidate_s_camp_is_the_campaign():
    body = "Senator Ann Pryor, the candidate, spoke in Iowa. The Pryor camp said the polls were wrong."
    assert _speakers(body) == ["the Pryor campaign"]
