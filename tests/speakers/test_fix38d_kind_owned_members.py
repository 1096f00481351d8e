"""Members owned by a kind of organisation ("the institute's economists", "the union's officials") speak for
the organisation of that kind named before, as "the institute economists" do (speakers/members.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_institutes_economists():
    body = (
        "According to a report published on Monday by the Calder Institute for Labour Studies, wages rose "
        "2.8% in the year to March. Hiring has “slowed enough to ease the pressure on prices,” the "
        "institute’s economists wrote."
    )
    assert speaker_holding(body, "slowed enough to ease") == "Calder Institute for Labour Studies"
