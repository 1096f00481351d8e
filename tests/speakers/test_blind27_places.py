"""Places of world news (blind round 27, set g): countries, territories and cities from data/places.txt are
places, so a possessive before a ministry is its owner ("Sudan's Ministry of Health" is the Ministry of
Health), and any "X's Ministry of ..." is a government's ministry of its own name; a one-word place that is
also a first name is left out (speakers/lexicon.py, speakers/names.py)."""

from __future__ import annotations

from quotelens.speakers.lexicon import PLACES
from tests.speakers.examples import speakers_of


def test_a_ministry_after_a_place_s_possessive_is_the_ministry():
    text = (
        "Headline\n\nSudan's Ministry of Health said 12 clinics had closed. The ministry said fuel had run out. "
        "Hamas's Ministry of Interior said the crossing was shut."
    )
    assert [s for _, s, _ in speakers_of(text)] == ["Ministry of Health", "Ministry of Health", "Ministry of Interior"]


def test_world_places_are_places_but_no_first_names():
    assert {"gaza", "west bank", "sudan", "tigray", "darfur", "kyiv"} <= PLACES
    assert not {"sydney", "sofia", "milan"} & PLACES
