""" "Pro Tem" after a title ("Mayor Pro Tem", "President Pro Tempore") is the title's, no part of the name that
follows it (speakers/titles.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_pro_tem_belongs_to_the_title():
    body = (
        "Council Member Oscar Lind backed the plan. Mayor Pro Tem Janelle Ortega, who represents the east side, "
        'voted against it. "This budget forgets whole neighborhoods," Ortega said.'
    )
    assert speaker_holding(body, "This budget forgets") == "Janelle Ortega"


def test_president_pro_tempore_is_a_title():
    body = 'Senate President Pro Tempore Walter Brandt said the bill would pass. "We have the votes," Brandt said.'
    assert speaker_holding(body, "We have the votes") == "Walter Brandt"
