"""Names typed by their last word (blind round 27, sets g and h, errors outside the expectations): "Corvid
Labs" is a company, "the Central Business District" an area's administration, never people
(speakers/lexicon.py ORG_WORDS, PLACE_HEADS)."""

from __future__ import annotations

from tests.speakers.test_mentions import cast_of


def test_labs_and_districts_are_no_people():
    cast = cast_of(
        "Headline\n\nThe firm agreed to acquire networking startup Velmora Labs. "
        "She walked to her office in the Central Business District."
    )
    types = {e.name: e.type.value for e in cast.entities}
    assert types == {"Velmora Labs": "organisation", "Central Business District": "organisation"}
