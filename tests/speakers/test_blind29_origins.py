"""Blind round 29 (set p): a place of origin of several words is one place in origin clashes ("the Bangladesh
captain" is not the one introduced as "the Sri Lanka captain"; "the New York senator" not a New Jersey one)
(speakers/candidates.py::origins)."""

from __future__ import annotations

from quotelens.speakers.agreement import origins
from tests.speakers.examples import speakers_of


def _last_speaker(body: str) -> str | None:
    return speakers_of("Headline\n\n" + body)[-1][1]


def test_the_bangladesh_captain_is_not_the_sri_lanka_captain():
    body = (
        "Dhananjaya Perera, the Sri Lanka captain, scored 112. John Karim was frustrated. "
        "The Bangladesh captain said his side had bowled badly."
    )
    assert _last_speaker(body) == "John Karim"


def test_the_new_york_senator_is_not_the_new_jersey_senator():
    body = "New Jersey Sen. Bob Menendez spoke. Tom Smith was angry. The New York senator said the bill was bad."
    assert _last_speaker(body) == "Tom Smith"


def test_the_same_place_of_several_words_agrees():
    body = "New York Sen. Chuck Schumer spoke. Tom Smith was angry. The New York senator said the bill was bad."
    assert _last_speaker(body) == "Chuck Schumer"


def test_origins_reads_places_of_several_words_and_demonyms():
    assert origins(("sri", "lanka")) == origins(("sri", "lankan")) == {"sri lanka"}
    assert origins(("united", "states")) == origins(("american",))
    assert origins(("new", "york")) == {"new york"}
